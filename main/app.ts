import { join } from 'node:path';
import { METHODS, type MethodName } from '../contract/methods';
import { ok, type Result } from '../contract/result';
import type { ChangeEntry } from '../contract/schemas/changes';
import { SANDBOX_PROFILE_ID } from '../contract/schemas/profiles';
import { createSecretClipboard, type SystemClipboard } from './desktop/clipboard-policy';
import { COPIED_PASSWORD, dialRequestFromClipboard, type DialRequest } from './desktop/dial-links';
import { createDialShortcut, type DialShortcut } from './desktop/dial-shortcut';
import { createNotices, type NoticeHost } from './desktop/notices';
import { createUpdates } from './desktop/updates';
import { createAccountServices } from './features/account';
import { openChangeJournal } from './features/changes/journal';
import { createChangeRecorder } from './features/changes/recorder';
import { createPhoneDirectory } from './features/phones/directory';
import { createProfileServices } from './features/profiles';
import { createConnections, type ClientTiming, type EnvironmentCredentials } from './platform/connections/connections';
import { keptReads } from './platform/connections/kept-reads';
import { openProfileStore, profileNames } from './platform/connections/profile-store';
import { createSandboxRuntime, type SandboxRuntime } from './platform/connections/sandbox-runtime';
import { folderDialogs, type FileDialogs } from './platform/files/dialogs';
import { clockWarningSaid } from './platform/itnio';
import type { Logger } from './platform/log';
import type { SecretStore } from './platform/secrets';
import { openInFlightClaims } from './platform/storage/claims';
import { openReadCache } from './platform/storage/read-cache';
import { openSettings } from './platform/storage/settings';
import { policyPath, readPolicy, type Policy } from './platform/policy';
import { saveAs } from './platform/files/save-as';
import { diagnosticsZip } from './diagnostics';
import { createRouter, type DomainServices, type Router, type Services } from './router';
import { createAppServices, type AppServiceDeps } from './app-services';

export interface AppContextOptions {
  dataDir: string;
  secrets: SecretStore;
  log: Logger;
  app: AppServiceDeps;
  /** Save/open dialogs; without a window (CLI, preview) saves go to `<dataDir>/exports`. */
  dialogs?: FileDialogs;
  /** CLI automation: ITNIO_API_KEY + ITNIO_API_SECRET bypass the keychain and the saved profiles. */
  environment?: EnvironmentCredentials;
  /** CLI `--profile NAME` (or SWITCHBOARD_PROFILE): this profile instead of the active one. */
  profileName?: string;
  /** Where the profile name was given (`--profile`, `SWITCHBOARD_PROFILE`), for its message. */
  profileFrom?: string;
  /** Timeouts and retry delays of every profile's client; tests shorten the 15 s wait for an answer. */
  clientTiming?: ClientTiming;
  /** The system clipboard SIP passwords are copied to (Electron's in the app); none in the CLI, which copies nothing. */
  clipboard?: SystemClipboard;
  /** How long a copied password stays on the clipboard; tests shorten the 30 s. */
  clipboardClearMs?: number;
  /**
   * Whether a list or the balance that cannot be read for an outage is answered with the last one
   * kept (marked `stale`); true unless said. The CLI says false: a script must see the failure.
   */
  answerKeptReads?: boolean;
  /** Told when a request first goes to the embedded Sandbox profile's emulator: the CLI says so on stderr. */
  onSandboxStart?: () => void;
  /** The system's notifications (Electron's in the app); without them (CLI, preview) nothing is told or read for them. */
  notices?: NoticeHost;
  /** The machine's policy; read from its place on this system (policyPath) unless given. */
  policy?: Policy;
  /** Where the writes to ITNIO come from, as the change journal names them: the app unless said (the CLI says 'cli'). */
  via?: ChangeEntry['via'];
}

export interface AppContext {
  router: Router;
  services: Services;
  /** The profile feature requests go to: --profile, else the environment, else the active one. */
  activeId(): Promise<Result<string>>;
  /** The embedded Sandbox profile's emulator (the e2e harness reaches its state through it). */
  sandbox: SandboxRuntime;
  /** Starts the embedded sandbox right away when it is the active profile (the first-run default). */
  warmUp(): Promise<void>;
  /** The operator's global shortcut for dialling the clipboard's number: restored at start. */
  dialShortcut: DialShortcut;
  /** What the clipboard asks to dial, when the shortcut is pressed; a SIP password copied by Switchboard is never read out. */
  clipboardDialRequest(): Promise<DialRequest>;
  /** Reads the balance and the numbers now and then, for the notices of the kinds left on (the app only). */
  startNoticeChecks(): void;
  /** Looks for updates at the policy's feed as often as the operator chose (the app only, and only with a feed). */
  startUpdateChecks(): void;
  close(): Promise<void>;
}

/**
 * The composition root: builds the platform pieces (stores, keychain, sandbox, connections) once and
 * every domain's methods on them; shared by the app, the CLI, the preview and the e2e harness.
 */
export async function createAppContext(options: AppContextOptions): Promise<AppContext> {
  const policy = options.policy ?? readPolicy(policyPath());
  if (policy.state === 'invalid') options.log.error('policy not applied', { problem: policy.problem });
  const store = openProfileStore(options.dataDir);
  const sandbox = createSandboxRuntime(options.log, options.onSandboxStart);
  const connections = createConnections({
    store,
    secrets: options.secrets,
    sandbox,
    log: options.log,
    ...(options.environment ? { environment: options.environment } : {}),
    ...(options.profileName ? { profileName: options.profileName, ...(options.profileFrom ? { profileFrom: options.profileFrom } : {}) } : {}),
    ...(options.clientTiming ? { timing: options.clientTiming } : {}),
    policy,
  });
  const dialogs = options.dialogs ?? folderDialogs(join(options.dataDir, 'exports'));
  const { dataDir, secrets, log } = options;
  const lastReads = openReadCache(dataDir, log);
  const keep = keptReads({ cache: lastReads, activeId: connections.activeId, answerKept: options.answerKeptReads ?? true });
  const directory = createPhoneDirectory({ connections, keep });
  const clipboard = options.clipboard && createSecretClipboard(options.clipboard, options.clipboardClearMs === undefined ? {} : { clearAfterMs: options.clipboardClearMs });
  const settings = openSettings(dataDir);
  const changeJournal = openChangeJournal(dataDir);
  const changes = createChangeRecorder({ journal: changeJournal, via: options.via ?? 'app', profileName: profileNames(store), log });
  const noticeFailed = () => log.error('notice not told');
  const dialShortcut = createDialShortcut({ host: options.app.dialShortcut, settings, log });
  const notices = createNotices({ host: options.notices, settings, profileName: profileNames(store), log, ...(options.app.speak ? { say: options.app.speak } : {}) });
  let stopNoticeChecks: () => void = () => undefined;
  const updates = createUpdates({
    feed: policy.updateFeed,
    version: options.app.version,
    updater: options.app.updater,
    settings,
    log,
    ...(options.app.onUpdates ? { onChange: options.app.onUpdates } : {}),
  });
  let stopUpdateChecks: () => void = () => undefined;
  const services: Services = {
    ...createAppServices({ host: options.app, dialShortcut, settings, notices, updates, policy }),
    'app.saveDiagnostics': async () => {
      const listed = await services['profiles.list']();
      const zip = await diagnosticsZip({ dataDir, app: options.app, profiles: async () => (listed.ok ? listed.value : { activeId: '', profiles: [] }) });
      const saved = await saveAs(
        { dialogs, log },
        { title: 'Save diagnostics', defaultName: `switchboard-diagnostics-${new Date().toISOString().slice(0, 10)}.zip`, filters: [{ name: 'Zip archive', extensions: ['zip'] }], what: 'diagnostics', event: 'app.saveDiagnostics', contents: Buffer.from(zip) },
        {},
      );
      return saved.ok ? ok(saved.value.saved ? { saved: true as const, path: saved.value.path } : { saved: false as const }) : saved;
    },
    ...createProfileServices({
      store,
      secrets,
      sandboxIdentity: sandbox.identity,
      resolveTarget: connections.resolveTarget,
      probe: connections.probe,
      forget: (profileId) => {
        connections.forget(profileId);
        directory.invalidate(profileId);
      },
      forgetReads: lastReads.forget,
      clockWarning: clockWarningSaid,
      dialogs,
      log,
      policy,
    }),
    ...createAccountServices({ connections, store, keep, dataDir, log }),
    // The domains that bring files, CSV, audio and more load at their first call (a CLI run uses one).
    ...onDemand('calls', async () =>
      (await import('./features/calls')).createCallServices({ dataDir, connections, store, dialogs, log, keep, ...(options.notices ? { onFiled: (entry, record) => void notices.callFiled(entry, record).catch(noticeFailed) } : {}) }),
    ),
    ...onDemand('contacts', async () => (await import('./features/contacts')).createContactServices({ dataDir, connections, dialogs, log })),
    ...onDemand('phones', async () => (await import('./features/phones')).createPhoneServices({ directory, connections, dialogs, claims: openInFlightClaims(dataDir), log, clipboard, changes })),
    ...onDemand('numbers', async () => (await import('./features/numbers')).createNumberServices({ connections, dialogs, dataDir, log, keep, changes })),
    ...onDemand('trunks', async () => (await import('./features/trunks')).createTrunkServices({ connections, dialogs, log, keep, changes })),
    ...onDemand('reports', async () =>
      (await import('./features/reports')).createReportServices({ connections, cache: lastReads, dialogs, log, answerKept: options.answerKeptReads ?? true }),
    ),
    // A put back goes through the services as they stand below (wrapped ones included), like any edit.
    ...onDemand('changes', async () =>
      (await import('./features/changes')).createChangeServices({ journal: changeJournal, recorder: changes, activeId: connections.activeId, profileName: profileNames(store), services: () => services }),
    ),
  };
  // A password copied under one account must not outlive the switch to another.
  const switchingProfile = async <T>(change: () => Promise<T>): Promise<T> => {
    const before = await connections.activeId();
    const answer = await change();
    const after = await connections.activeId();
    if (!(before.ok && after.ok && before.value === after.value)) await clipboard?.clearNow();
    return answer;
  };
  const { 'profiles.use': use, 'profiles.remove': remove } = services;
  services['profiles.use'] = (input) => switchingProfile(() => use(input));
  services['profiles.remove'] = (input) => switchingProfile(() => remove(input));
  // Whoever reads the balance or the numbers (the window, the tray, the checks below), the notices see what was read.
  if (options.notices) {
    const { 'account.balance': balance, 'numbers.list': numbers } = services;
    services['account.balance'] = async () => {
      const answer = await balance();
      if (answer.ok) void notices.balanceRead(answer.value).catch(noticeFailed);
      return answer;
    };
    services['numbers.list'] = async () => {
      const answer = await numbers();
      if (answer.ok) void notices.numbersRead(answer.value).catch(noticeFailed);
      return answer;
    };
  }
  return {
    router: createRouter(services, options.log),
    services,
    activeId: connections.activeId,
    sandbox,
    dialShortcut,
    clipboardDialRequest: async () => {
      const text = (await options.clipboard?.readText()) ?? '';
      return clipboard?.holds(text) ? COPIED_PASSWORD : dialRequestFromClipboard(text);
    },
    startNoticeChecks: () => {
      stopNoticeChecks();
      stopNoticeChecks = notices.startChecks({ balance: () => services['account.balance'](), numbers: () => services['numbers.list']() });
    },
    startUpdateChecks: () => {
      stopUpdateChecks();
      stopUpdateChecks = updates.startChecks();
    },
    warmUp: async () => {
      const active = await connections.activeId();
      if (active.ok && active.value === SANDBOX_PROFILE_ID && !policy.hideSandbox) await sandbox.ensure();
    },
    close: async () => {
      stopNoticeChecks();
      stopUpdateChecks();
      await clipboard?.clearNow();
      await connections.closeAll();
      await sandbox.close();
    },
  };
}

/** A domain's methods, its module loaded and its services built at the first call of any of them. */
function onDemand<D extends string>(domain: D, load: () => Promise<DomainServices<D>>): DomainServices<D> {
  type Service = (input: unknown) => Promise<Result<unknown>>;
  let loaded: Promise<Record<string, Service>> | undefined;
  const call = (method: MethodName) => async (input: unknown) => {
    loaded ??= load() as Promise<unknown> as Promise<Record<string, Service>>;
    return (await loaded)[method]!(input);
  };
  const methods = METHODS.filter((method) => method.startsWith(`${domain}.`));
  return Object.fromEntries(methods.map((method) => [method, call(method)])) as unknown as DomainServices<D>;
}
