import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceleratorProblem, setDialShortcutInput } from '../../../../contract/schemas/app';
import { createDialShortcut, type ShortcutHost } from '../../../../main/desktop/dial-shortcut';
import { inEnglish } from '../../../../main/platform/messages';
import { openSettings } from '../../../../main/platform/storage/settings';
import { memoryLogger } from '../../../support/memory-log';
import { useTempDirs } from '../../../support/temp-dirs';

const freshDir = useTempDirs('sb-shortcut-');

function host(taken: string[] = []) {
  const registered = new Set<string>();
  const shortcuts: ShortcutHost = {
    register: (accelerator) => !taken.includes(accelerator) && Boolean(registered.add(accelerator)),
    unregister: (accelerator) => void registered.delete(accelerator),
  };
  return { shortcuts, registered };
}

describe('a global shortcut an operator can use all day', () => {
  it.each(['CommandOrControl+Shift+D', 'Alt+F9', 'Super+Space', 'Ctrl+Alt+1', 'CmdOrCtrl+.'])('takes %s', (accelerator) => {
    expect(acceleratorProblem(accelerator)).toBeUndefined();
  });

  it.each([
    ['D', 'needs CommandOrControl, Alt or Super'],
    ['Shift+D', 'needs CommandOrControl, Alt or Super'],
    ['Control+', 'must end with one key'],
    ['Control+Shift', 'must end with one key'],
    ['Hyper+D', 'has "Hyper", which is not a modifier'],
    ['Control+DD', 'must end with one key'],
  ])('refuses %s', (accelerator, rule) => {
    expect(acceleratorProblem(accelerator)).toContain(rule);
    expect(setDialShortcutInput.safeParse({ accelerator }).success).toBe(false);
  });
});

describe('the dial shortcut', () => {
  it('is off until set, kept in the settings, and registered again at the next start', async () => {
    const dir = freshDir();
    const { shortcuts, registered } = host();
    const shortcut = createDialShortcut({ host: shortcuts, settings: openSettings(dir), log: memoryLogger().log });
    expect(await shortcut.status()).toEqual({ ok: true, value: { available: true, accelerator: null, registered: false } });
    expect(await shortcut.set('Control+Alt+D')).toEqual({ ok: true, value: { available: true, accelerator: 'Control+Alt+D', registered: true } });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ dialShortcut: 'Control+Alt+D' });

    const next = host();
    const restarted = createDialShortcut({ host: next.shortcuts, settings: openSettings(dir), log: memoryLogger().log });
    await restarted.restore();
    expect([...next.registered]).toEqual(['Control+Alt+D']);
    expect([...registered]).toEqual(['Control+Alt+D']);
  });

  it('keeps the old shortcut when the new one is taken, moves to a free one, and turns off', async () => {
    const dir = freshDir();
    const { shortcuts, registered } = host(['Control+Alt+K']);
    const shortcut = createDialShortcut({ host: shortcuts, settings: openSettings(dir), log: memoryLogger().log });
    await shortcut.set('Control+Alt+D');
    expect(await shortcut.set('Control+Alt+K')).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'accelerator',
        rule: 'is taken by another app or the system',
        message: 'Control+Alt+K is taken by another app or the system, so it was not set.',
        hint: 'Choose another combination of keys.',
        say: {
          message: { key: 'desktop.dialShortcut.taken.message', values: { keys: 'Control+Alt+K' } },
          hint: { key: 'desktop.dialShortcut.taken.hint' },
          rule: { key: 'rules.rule.shortcutTaken' },
        },
      },
    });
    const taken = await shortcut.set('Control+Alt+K');
    if (!taken.ok) {
      expect(inEnglish(taken.error.say!.message)).toBe(taken.error.message);
      expect(inEnglish(taken.error.say!.rule!)).toBe(taken.error.rule);
    }
    expect([...registered]).toEqual(['Control+Alt+D']);
    await shortcut.set('Alt+F9');
    expect([...registered]).toEqual(['Alt+F9']);
    expect(await shortcut.set(null)).toEqual({ ok: true, value: { available: true, accelerator: null, registered: false } });
    expect(registered.size).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).not.toHaveProperty('dialShortcut');
  });

  it('says at start that a shortcut another app took meanwhile does not work, keeping the choice', async () => {
    const dir = freshDir();
    await createDialShortcut({ host: host().shortcuts, settings: openSettings(dir), log: memoryLogger().log }).set('Alt+F9');
    const { log, lines } = memoryLogger();
    const restarted = createDialShortcut({ host: host(['Alt+F9']).shortcuts, settings: openSettings(dir), log });
    await restarted.restore();
    expect(await restarted.status()).toEqual({ ok: true, value: { available: true, accelerator: 'Alt+F9', registered: false } });
    expect(lines.join('')).toContain('dial shortcut taken by another app');
  });

  it('is not available without a host (the CLI, the preview), and refuses to be set there', async () => {
    const shortcut = createDialShortcut({ host: undefined, settings: openSettings(freshDir()), log: memoryLogger().log });
    expect(await shortcut.status()).toEqual({ ok: true, value: { available: false, accelerator: null, registered: false } });
    expect(await shortcut.set('Alt+F9')).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        message: 'Only the installed Switchboard app can have a global shortcut.',
        hint: 'Install Switchboard on this computer, then choose one in its Settings.',
        say: { message: { key: 'desktop.dialShortcut.notInstalled.message' }, hint: { key: 'desktop.dialShortcut.notInstalled.hint' } },
      },
    });
  });
});
