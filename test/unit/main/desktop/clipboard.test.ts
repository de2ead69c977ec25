import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  let text = '';
  return {
    clipboard: {
      readText: vi.fn(async () => text),
      writeText: vi.fn(async (next: string) => void (text = next)),
      clear: vi.fn(() => void (text = '')),
    },
  };
});
vi.mock('electron', () => electron);

const { systemClipboard } = await import('../../../../main/desktop/clipboard');
const { createSecretClipboard } = await import('../../../../main/desktop/clipboard-policy');

describe("Electron's clipboard under the secret policy", () => {
  it('writes the secret to the system clipboard, reads it back and clears it there while it is still the one copied', async () => {
    const secrets = createSecretClipboard(systemClipboard);
    await secrets.copy('Sip-Pass-7f3a9c');
    expect(electron.clipboard.writeText).toHaveBeenCalledTimes(1);
    expect((await electron.clipboard.readText()) === 'Sip-Pass-7f3a9c').toBe(true);
    await secrets.clearNow();
    expect(electron.clipboard.clear).toHaveBeenCalledTimes(1);
    expect(await electron.clipboard.readText()).toBe('');
  });
});
