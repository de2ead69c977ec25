/**
 * "Dial the number on the clipboard": a global shortcut the operator chooses (none until then),
 * kept in the settings and registered again at each start. Plain Node over the host's global
 * shortcuts (Electron's in the app; none in the CLI and the preview).
 */
import { fail, ok, type Result } from '../../contract/result';
import type { z } from 'zod';
import type { dialShortcutStatus } from '../../contract/schemas/app';
import type { Said } from '../../contract/said';
import type { Logger } from '../platform/log';
import { inEnglish, spoken } from '../platform/messages';
import type { JsonStore } from '../platform/storage/json-store';
import type { settingsSchema } from '../platform/storage/settings';

type DialShortcutStatus = z.output<typeof dialShortcutStatus>;

/** Registers the shortcut with what a press does (bound by the host); answers false when another app or the system has it. */
export interface ShortcutHost {
  register(accelerator: string): boolean;
  unregister(accelerator: string): void;
}

export interface DialShortcut {
  status(): Promise<Result<DialShortcutStatus>>;
  /** Sets the shortcut, or turns it off with null; one another app has is refused and the old one kept. */
  set(accelerator: string | null): Promise<Result<DialShortcutStatus>>;
  /** At start: the saved shortcut registered again. One another app took meanwhile stays off, and the status says so. */
  restore(): Promise<void>;
}

export function createDialShortcut(deps: { host: ShortcutHost | undefined; settings: JsonStore<typeof settingsSchema>; log: Logger }): DialShortcut {
  const { host, settings } = deps;
  let registered: string | undefined;
  const statusOf = (accelerator: string | null): DialShortcutStatus => ({ available: host !== undefined, accelerator, registered: accelerator !== null && accelerator === registered });

  return {
    status: async () => ok(statusOf(host ? ((await settings.read()).dialShortcut ?? null) : null)),
    set: async (accelerator) => {
      if (!host) return fail({ kind: 'invalid-input', ...spoken({ key: 'desktop.dialShortcut.notInstalled.message' }, { key: 'desktop.dialShortcut.notInstalled.hint' }) });
      if (accelerator !== null && accelerator !== registered && !host.register(accelerator)) {
        // The rule is one the rule catalog words, as the shortcut's own checks are (contract/schemas/app.ts).
        const rule: Said = { key: 'rules.rule.shortcutTaken' };
        const { say, ...words } = spoken({ key: 'desktop.dialShortcut.taken.message', values: { keys: accelerator } }, { key: 'desktop.dialShortcut.taken.hint' });
        return fail({ kind: 'invalid-input', field: 'accelerator', rule: inEnglish(rule), ...words, say: { ...say, rule } });
      }
      if (registered !== undefined && registered !== accelerator) host.unregister(registered);
      registered = accelerator ?? undefined;
      await settings.update(({ dialShortcut: _previous, ...rest }) => (accelerator === null ? rest : { ...rest, dialShortcut: accelerator }));
      return ok(statusOf(accelerator));
    },
    restore: async () => {
      const saved = host ? (await settings.read()).dialShortcut : undefined;
      if (saved === undefined || !host) return;
      if (host.register(saved)) registered = saved;
      else deps.log.error('dial shortcut taken by another app');
    },
  };
}
