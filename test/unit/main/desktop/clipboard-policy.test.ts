import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryClipboard, createSecretClipboard, SECRET_CLIPBOARD_MS, type SystemClipboard } from '../../../../main/desktop/clipboard-policy';

// Stand-ins, not real passwords; still compared without printing them.
const PASSWORD = 'Sip-Pass-7f3a9c';
const OTHER_PASSWORD = 'Sip-Pass-2b8e41';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function clipboards() {
  const system = createMemoryClipboard();
  return { system, secrets: createSecretClipboard(system) };
}

/** Whether the clipboard holds exactly `text`: a boolean, so a failure prints no password. */
const holds = async (system: SystemClipboard, text: string) => (await system.readText()) === text;

describe('a secret copied to the clipboard', () => {
  it('is on the clipboard, and is cleared after 30 s', async () => {
    const { system, secrets } = clipboards();
    expect(await secrets.copy(PASSWORD)).toEqual({ clearsInMs: 30_000 });
    expect(SECRET_CLIPBOARD_MS).toBe(30_000);
    expect(await holds(system, PASSWORD)).toBe(true);
    await vi.advanceTimersByTimeAsync(SECRET_CLIPBOARD_MS - 1);
    expect(await holds(system, PASSWORD)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(await system.readText()).toBe('');
  });

  it('is left alone once the operator copied something else: that is theirs, not ours', async () => {
    const { system, secrets } = clipboards();
    await secrets.copy(PASSWORD);
    await vi.advanceTimersByTimeAsync(10_000);
    await system.writeText('a note of the operator');
    await vi.advanceTimersByTimeAsync(SECRET_CLIPBOARD_MS);
    expect(await system.readText()).toBe('a note of the operator');
  });

  it('compares the whole text: one that differs only in its last character is left alone', async () => {
    const { system, secrets } = clipboards();
    await secrets.copy(PASSWORD);
    const lookalike = PASSWORD.replace(/.$/, 'X');
    await system.writeText(lookalike);
    await vi.advanceTimersByTimeAsync(SECRET_CLIPBOARD_MS);
    expect(await holds(system, lookalike)).toBe(true);
  });

  it('gets its full time again from a later copy, whose secret the earlier timer does not clear', async () => {
    const { system, secrets } = clipboards();
    await secrets.copy(PASSWORD);
    await vi.advanceTimersByTimeAsync(20_000);
    await secrets.copy(OTHER_PASSWORD);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await holds(system, OTHER_PASSWORD)).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await system.readText()).toBe('');
  });

  it('gets its full time again when the same secret is copied again', async () => {
    const { system, secrets } = clipboards();
    await secrets.copy(PASSWORD);
    await vi.advanceTimersByTimeAsync(20_000);
    await secrets.copy(PASSWORD);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await holds(system, PASSWORD)).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await system.readText()).toBe('');
  });

  it('is cleared at once on quit or a profile switch (clearNow), and no timer is left behind', async () => {
    const { system, secrets } = clipboards();
    await secrets.copy(PASSWORD);
    await secrets.clearNow();
    expect(await system.readText()).toBe('');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clearNow leaves what the operator copied since', async () => {
    const { system, secrets } = clipboards();
    await secrets.copy(PASSWORD);
    await system.writeText('an address to paste');
    await secrets.clearNow();
    expect(await system.readText()).toBe('an address to paste');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clearNow with nothing copied touches nothing', async () => {
    const { system, secrets } = clipboards();
    await system.writeText('unrelated');
    await secrets.clearNow();
    expect(await system.readText()).toBe('unrelated');
  });

  it('is not cleared with an earlier copy whose clearing was reading the clipboard when it came', async () => {
    let release!: () => void;
    const memory = createMemoryClipboard();
    let slowReads = 0;
    // The first read hangs until released, as a busy system clipboard may.
    const system: SystemClipboard = {
      ...memory,
      readText: async () => {
        if (slowReads++ === 0) await new Promise<void>((resolve) => (release = resolve));
        return memory.readText();
      },
    };
    const secrets = createSecretClipboard(system);
    await secrets.copy(PASSWORD);
    const clearing = secrets.clearNow();
    await secrets.copy(OTHER_PASSWORD);
    release();
    await clearing;
    expect(await holds(system, OTHER_PASSWORD)).toBe(true);
    await vi.advanceTimersByTimeAsync(SECRET_CLIPBOARD_MS);
    expect(await system.readText()).toBe('');
  });

  it('takes a shorter time when asked (tests and the e2e harness)', async () => {
    const system = createMemoryClipboard();
    const secrets = createSecretClipboard(system, { clearAfterMs: 1_000 });
    expect(await secrets.copy(PASSWORD)).toEqual({ clearsInMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await system.readText()).toBe('');
  });
});
