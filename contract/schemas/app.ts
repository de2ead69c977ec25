import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../languages';
import { saidError } from './app-error';
import { plainText } from './rules';

export const appInfoInput = z.void();
export const appInfoOutput = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});

/** Only https links leave the app, and only to the system browser. */
export const openExternalInput = z.object({
  // The URL parser drops tabs and line breaks, so the address opened would not be the one checked.
  url: plainText()
    .max(2048, 'must be at most 2048 characters')
    .refine((value) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    }, 'must be a full https:// address'),
});
export const openExternalOutput = z.void();

/** The link schemes Switchboard can open: a number to put in the Dialer. */
export const LINK_SCHEMES = ['tel', 'callto'] as const;
export type LinkScheme = (typeof LINK_SCHEMES)[number];

/** Whether this system opens each scheme's links with Switchboard. */
export const linkHandlerStatus = z.object({
  /** False where Switchboard cannot be a link handler: the CLI, the browser preview. */
  available: z.boolean(),
  schemes: z.array(z.object({ scheme: z.enum(LINK_SCHEMES), handled: z.boolean() })),
});

/** The operator's choice: open tel: and callto: links with Switchboard, or hand them back. */
export const setLinkHandlerInput = z.object({ handle: z.boolean() });

const MODIFIERS = ['CommandOrControl', 'CmdOrCtrl', 'Command', 'Cmd', 'Control', 'Ctrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta'];
const KEYS = /^(?:[A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|Space|Insert|Delete|Home|End|PageUp|PageDown|Up|Down|Left|Right|[-=[\];',./`\\])$/i;

/**
 * Whether a global shortcut is one Electron accepts and an operator can use all day: modifiers
 * then one key, with a modifier other than Shift (a bare key or Shift+key would be taken from every
 * other app's typing). Answers the rule broken, or undefined.
 */
export function acceleratorProblem(accelerator: string): string | undefined {
  const parts = accelerator.split('+').map((part) => part.trim());
  const key = parts.at(-1) ?? '';
  const modifiers = parts.slice(0, -1);
  if (!KEYS.test(key)) return 'must end with one key: a letter, a digit, F1–F24 or a named key such as Space';
  const unknown = modifiers.find((modifier) => !MODIFIERS.some((known) => known.toLowerCase() === modifier.toLowerCase()));
  if (unknown !== undefined) return `has "${unknown.slice(0, 20)}", which is not a modifier (use CommandOrControl, Alt, Shift or Super)`;
  if (!modifiers.some((modifier) => modifier.toLowerCase() !== 'shift')) return 'needs CommandOrControl, Alt or Super with the key, so it does not take the key from other apps';
  return undefined;
}

/** The global shortcut that puts the number on the clipboard in the Dialer: off (null) unless the operator sets one. */
export const dialShortcutStatus = z.object({
  /** False where no global shortcut can be set: the CLI, the browser preview. */
  available: z.boolean(),
  accelerator: z.string().nullable(),
  /** Whether the saved shortcut works now: another app may have taken it since it was chosen. */
  registered: z.boolean(),
});

export const setDialShortcutInput = z.object({
  accelerator: z
    .string()
    .trim()
    .max(60, 'must be at most 60 characters')
    .superRefine((value, context) => {
      const problem = acceleratorProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .nullable(),
});

/** The support zip: saved where the operator chose, or not (cancelled). */
export const savedDiagnostics = z.discriminatedUnion('saved', [z.object({ saved: z.literal(false) }), z.object({ saved: z.literal(true), path: z.string() })]);

/** How Switchboard behaves on this computer's desktop, as the operator chose in Settings. */
export const desktopSettings = z.object({
  /** Closing the window hides it; Switchboard stays in the tray until Quit. */
  keepInTray: z.boolean(),
});
export type DesktopSettings = z.output<typeof desktopSettings>;
export const setDesktopSettingsInput = desktopSettings;

/** The window's language: the operator's choice, and the system's preferred languages it follows when that is "system". */
export const languageSetting = z.object({
  choice: z.enum(LANGUAGE_CHOICES),
  /** The system's preferred languages, most preferred first (empty where the host does not say: the window then asks its browser). */
  system: z.array(z.string().max(35)).max(20),
});
export type LanguageSetting = z.output<typeof languageSetting>;
export const setLanguageInput = z.object({ choice: z.enum(LANGUAGE_CHOICES) });

/** What Switchboard may tell the operator through the system's notifications, each kind turned off on its own. */
export const NOTICE_KINDS = ['callOutcome', 'lowBalance', 'numberExpiring'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const noticeKinds = z.object({
  /** A placed call's outcome, once ITNIO has filed its record. */
  callOutcome: z.boolean(),
  /** The balance going under the profile's low-balance warning level. */
  lowBalance: z.boolean(),
  /** A number of the account expiring within the warning period. */
  numberExpiring: z.boolean(),
});
export type NoticeKinds = z.output<typeof noticeKinds>;

export const noticeSettings = z.object({
  /** False where Switchboard shows no notifications: the CLI, the browser preview, a system without them. */
  available: z.boolean(),
  kinds: noticeKinds,
});
export type NoticeSettings = z.output<typeof noticeSettings>;

/** The kinds the operator turned on or off; the others stay as they were. */
export const setNoticeSettingsInput = noticeKinds.partial().refine((kinds) => Object.keys(kinds).length > 0, 'must name at least one kind of notification');

/**
 * How often the app looks for an update at the organisation's feed (the policy's); the operator's
 * choice, `never` included. Nothing is looked for, whatever this says, where no feed is set.
 */
export const UPDATE_CHECKS = ['never', 'daily', 'weekly'] as const;
export const updateChecks = z.enum(UPDATE_CHECKS);
export type UpdateChecks = z.output<typeof updateChecks>;

const version = z.string().min(1).max(64);

/** Where this run of the app is with an update: nothing is downloaded or installed but on the operator's word. */
export const updateProgress = z.discriminatedUnion('step', [
  /** Not looked for since the app started. */
  z.object({ step: z.literal('idle') }),
  z.object({ step: z.literal('checking') }),
  z.object({ step: z.literal('upToDate') }),
  z.object({ step: z.literal('available'), version }),
  z.object({ step: z.literal('downloading'), version, percent: z.number().min(0).max(100) }),
  /** Downloaded and its checksum verified; installed when the operator restarts for it. */
  z.object({ step: z.literal('ready'), version }),
  /** Its words in English, and as keys for the window to say in its language. */
  z.object({ step: z.literal('failed'), message: z.string().min(1).max(500), hint: z.string().min(1).max(500), say: saidError.optional() }),
]);
export type UpdateProgress = z.output<typeof updateProgress>;

export const updateStatus = z.object({
  /** The policy's update feed; null where none is set, and then nothing is ever looked for. */
  feed: z.string().nullable(),
  /** False where this Switchboard cannot update itself: the CLI, the preview, a build run from its sources. */
  available: z.boolean(),
  checks: updateChecks,
  lastCheckedAt: z.string().datetime().nullable(),
  /** The version running. */
  version,
  progress: updateProgress,
});
export type UpdateStatus = z.output<typeof updateStatus>;

export const setUpdateChecksInput = z.object({ checks: updateChecks });

/**
 * The greeting studio records (true) or has stopped (false): main grants our page the microphone,
 * audio only, while it records, and for ten minutes at most.
 */
export const microphoneInput = z.object({ recording: z.boolean() });
