import { windowLanguage, type WindowLanguage } from '../contract/languages';
import { fail, ok } from '../contract/result';
import type { Said } from '../contract/said';
import { LINK_SCHEMES, type DesktopSettings, type LinkScheme, type UpdateStatus } from '../contract/schemas/app';
import type { DialShortcut, ShortcutHost } from './desktop/dial-shortcut';
import type { Notices } from './desktop/notices';
import type { Updater, Updates } from './desktop/updates';
import { spoken } from './platform/messages';
import type { Policy } from './platform/policy';
import type { Say } from './platform/speech';
import type { JsonStore } from './platform/storage/json-store';
import type { settingsSchema } from './platform/storage/settings';
import type { DomainServices } from './router';

/** What the shell's own methods need from the host (Electron in the app, stand-ins elsewhere). */
export interface AppServiceDeps {
  name: string;
  version: string;
  platform: string;
  /** Hands an https link to the system browser (Electron's shell in the app, a no-op elsewhere). */
  openExternal: (url: string) => Promise<void>;
  /** The system's default handler of link schemes (Electron's app in the installed app; none in the CLI or the preview). */
  links?: LinkHandlers;
  /** Global shortcuts, a press bound to dialling the clipboard's number (Electron's in the app; none elsewhere). */
  dialShortcut?: ShortcutHost;
  /** The system's preferred languages, most preferred first (Electron's app in the app; none elsewhere: the preview's browser says its own). */
  systemLanguages?: () => string[];
  /**
   * Says main's messages in the window's language of the moment, for what main draws itself
   * (notifications); none in the CLI and the preview, which speak English.
   */
  speak?: Say;
  /** Told of the window's language as the operator changes it, so the tray and the menu bar are said in it at once. */
  onLanguage?: (language: WindowLanguage) => void;
  /** Told of the desktop settings as they are saved, so the window's close follows them at once. */
  onDesktopSettings?: (settings: DesktopSettings) => void;
  /** The app's own updater for the policy's feed (electron-updater); none in the CLI, the preview or a build run from source. */
  updater?: (feed: string) => Updater | undefined;
  /** Told as an update's progress moves on (the window follows a download). */
  onUpdates?: (status: UpdateStatus) => void;
  /**
   * Opens or closes the window's microphone grant as the greeting studio records or stops (Electron's
   * session in the app). The CLI has no microphone, and in the preview the browser itself asks the operator.
   */
  microphone?: (recording: boolean) => void;
}

/** Electron's protocol-client calls: each answers whether the system did it. */
export interface LinkHandlers {
  isHandler(scheme: LinkScheme): boolean;
  become(scheme: LinkScheme): boolean;
  giveUp(scheme: LinkScheme): boolean;
}

/** What the app domain's methods stand on: the host, and the pieces of this computer's state the composition root made. */
export interface AppDomainDeps {
  host: AppServiceDeps;
  dialShortcut: DialShortcut;
  settings: JsonStore<typeof settingsSchema>;
  notices: Notices;
  updates: Updates;
  policy: Policy;
}

/**
 * The shell's own methods: the app and its host, the desktop settings this computer keeps, the
 * machine's policy, updates. Save diagnostics… reads every domain, so the composition root makes it.
 */
export function createAppServices({ host, dialShortcut, settings, notices, updates, policy }: AppDomainDeps): Omit<DomainServices<'app'>, 'app.saveDiagnostics'> {
  return {
    'app.dialShortcut': () => dialShortcut.status(),
    'app.setDialShortcut': ({ accelerator }) => dialShortcut.set(accelerator),
    'app.info': async () => ok({ name: host.name, version: host.version, platform: host.platform }),
    'app.openExternal': async ({ url }) => {
      await host.openExternal(url);
      return ok(undefined);
    },
    'app.linkHandler': async () => ok(linkStatus(host.links)),
    'app.setLinkHandler': async ({ handle }) => {
      const { links } = host;
      if (!links) {
        return fail({ kind: 'invalid-input', ...spoken({ key: 'app.links.notInstalled.message' }, { key: 'app.links.notInstalled.hint' }) });
      }
      // Each scheme is asked for; one the system refused is named, the other keeps its answer.
      const refused = LINK_SCHEMES.filter((scheme) => !(handle ? links.become(scheme) : links.giveUp(scheme)) || links.isHandler(scheme) !== handle);
      if (refused.length > 0) {
        const [first = '', second] = refused.map((scheme) => `${scheme}:`);
        const schemes: Said | string = second === undefined ? first : { key: 'app.links.both', values: { first, second } };
        return fail({ kind: 'internal', ...spoken({ key: handle ? 'app.links.notOpened' : 'app.links.stillOpens', values: { schemes } }, { key: 'app.links.hint' }) });
      }
      return ok(linkStatus(links));
    },
    'app.language': async () => ok({ choice: (await settings.read()).language ?? 'system', system: host.systemLanguages?.() ?? [] }),
    'app.setLanguage': async ({ choice }) => {
      await settings.update((current) => ({ ...current, language: choice }));
      const system = host.systemLanguages?.() ?? [];
      host.onLanguage?.(windowLanguage(choice, system));
      return ok({ choice, system });
    },
    'app.desktopSettings': async () => ok({ keepInTray: (await settings.read()).keepInTray === true }),
    'app.setDesktopSettings': async ({ keepInTray }) => {
      await settings.update((current) => ({ ...current, keepInTray }));
      host.onDesktopSettings?.({ keepInTray });
      return ok({ keepInTray });
    },
    'app.policy': async () => ok(policy),
    'app.updates': async () => ok(await updates.status()),
    'app.setUpdateChecks': async ({ checks }) => ok(await updates.setChecks(checks)),
    'app.checkForUpdate': async () => ok(await updates.check()),
    'app.downloadUpdate': async () => ok(await updates.download()),
    'app.installUpdate': async () => ok(await updates.install()),
    'app.microphone': async ({ recording }) => {
      host.microphone?.(recording);
      return ok(undefined);
    },
    'app.notifications': async () => ok(await notices.settings()),
    'app.setNotifications': async (chosen) => ok(await notices.setSettings(chosen)),
  };
}

const linkStatus = (links: LinkHandlers | undefined) =>
  links ? { available: true, schemes: LINK_SCHEMES.map((scheme) => ({ scheme, handled: links.isHandler(scheme) })) } : { available: false, schemes: [] };
