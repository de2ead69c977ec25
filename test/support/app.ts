/**
 * The app's real wiring (createAppContext: every service, the router, the embedded sandbox) on a
 * data folder of the test's own, as the window, the CLI and the preview get it. Unit tests call its
 * methods directly; the e2e harness puts a page in front of it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createAppContext, type AppContext } from '../../main/app';
import type { AppServiceDeps } from '../../main/app-services';
import { createMemoryClipboard, type SystemClipboard } from '../../main/desktop/clipboard-policy';
import type { NoticeHost } from '../../main/desktop/notices';
import { readPolicy, type Policy } from '../../main/platform/policy';
import type { Logger } from '../../main/platform/log';
import type { ClientTiming, EnvironmentCredentials } from '../../main/platform/connections/connections';
import { folderDialogs, type FileDialogs } from '../../main/platform/files/dialogs';
import { createMemoryStore, type SecretStore } from '../../main/platform/secrets';
import { createRouter, type Router, type Services } from '../../main/router';
import type { Sandbox } from '../../main/sandbox';
import { current } from './current';
import { memoryLogger } from './memory-log';
import { logFileWriter } from '../../main/platform/log-file';
import { methodCalls, type MethodCalls } from './router';

export interface TestAppOptions {
  /** An existing data folder, kept on close (a second app on the first one's data); a fresh temporary one otherwise. */
  home?: string;
  /** The keychain; an in-memory one by default (the real one has its own suite, test/keychain). */
  secrets?: SecretStore;
  /** The save/open dialogs; by default the `dialogs` below. */
  dialogs?: FileDialogs;
  /** Overrides for the shell's own methods' host (name, version, platform, openExternal). */
  app?: Partial<AppServiceDeps>;
  /** Credentials that bypass the saved profiles, as ITNIO_API_* do for the CLI. */
  environment?: EnvironmentCredentials;
  /** The ITNIO client's timeouts, e.g. a short wait so a no-answer fault ends within a test. */
  clientTiming?: ClientTiming;
  /** Replaces single services behind the router (to make one misbehave); the rest stay real. */
  services?: Partial<Services>;
  /** How long a copied password stays on the clipboard: the app's 30 s unless said. */
  clipboardClearMs?: number;
  /** Keeps main's log lines in `<home>/logs/` as the app does, besides in memory. */
  logFile?: boolean;
  /** The system's notifications, as the app has them; none (as in the CLI) unless given. */
  notices?: NoticeHost;
  /** The machine's policy; none (a path in the data folder with no file) unless given, whatever this machine has. */
  policy?: Policy;
}

export interface TestApp extends MethodCalls {
  context: AppContext;
  /** The router over the app's services (with `services` swapped in). */
  router: Router;
  home: string;
  /** Main's logger, and the lines (JSON) it kept instead of writing them to stderr. */
  log: Logger;
  logLines: string[];
  /** Dialogs without a window: saves land in `<home>/exports` (listed in `saved`); `queueOpen(path)` answers the next open. */
  dialogs: ReturnType<typeof folderDialogs>;
  /** URLs handed to app.openExternal (recorded, never opened). */
  openedUrls: string[];
  /** The system clipboard main copies passwords to: this app's own, in memory. */
  clipboard: SystemClipboard;
  /** The embedded Sandbox profile's emulator, running: the first-run active profile's account. */
  sandbox: Sandbox;
  close(): Promise<void>;
}

export async function openTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const home = options.home ?? (await mkdtemp(join(tmpdir(), 'switchboard-test-home-')));
  const { log, lines: logLines } = memoryLogger(options.logFile ? logFileWriter(home) : undefined);
  const dialogs = folderDialogs(join(home, 'exports'));
  const openedUrls: string[] = [];
  const clipboard = createMemoryClipboard();
  let context: AppContext | undefined;
  const close = async () => {
    try {
      await context?.close();
    } finally {
      // A request the page sent before it went away may still write (a lock, a history line) as the folder goes: try again.
      if (!options.home) await rm(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    }
  };
  try {
    context = await createAppContext({
      dataDir: home,
      secrets: options.secrets ?? createMemoryStore(),
      log,
      dialogs: options.dialogs ?? dialogs,
      ...(options.environment ? { environment: options.environment } : {}),
      ...(options.clientTiming ? { clientTiming: options.clientTiming } : {}),
      clipboard,
      ...(options.notices ? { notices: options.notices } : {}),
      policy: options.policy ?? readPolicy(join(home, 'no-policy.json')),
      ...(options.clipboardClearMs === undefined ? {} : { clipboardClearMs: options.clipboardClearMs }),
      app: {
        name: 'Switchboard',
        version: '0.0.0',
        platform: 'linux',
        openExternal: async (url) => void openedUrls.push(url),
        ...options.app,
      },
    });
    // Started at once, as main/index.ts's warmUp does for the first-run profile: tests reach its state and faults.
    const sandbox = await context.sandbox.emulator();
    const router = options.services ? createRouter({ ...context.services, ...options.services }, log) : context.router;
    return { context, router, home, log, logLines, dialogs, openedUrls, clipboard, sandbox, ...methodCalls(router), close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** Moves the emulator's clock past the delay after which call records appear. */
export const fileCallRecords = (sandbox: Sandbox) => sandbox.setClockOffset(sandbox.state.cdrDelayMs + 1000);

/**
 * Registers the hooks of a file whose every test gets a fresh app (data folder, sandbox, services),
 * and answers that app: `const app = useTestApp();` at the top level, then `app.value(...)` in tests.
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  let app: TestApp | undefined;
  beforeEach(async () => {
    app = await openTestApp(options);
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  return current(() => app, 'the test app');
}
