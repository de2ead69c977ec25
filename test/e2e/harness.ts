/**
 * The built renderer in real Chromium with `window.switchboard` wired to the real router and
 * services, as in the packaged app. The bridge arrives through Playwright (a binding and an init
 * script, both injected over CDP), so the page keeps the production CSP, `connect-src 'none'`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { buildBridge, METHODS } from '../../contract/methods';
import { fail } from '../../contract/result';
import { startRendererServer } from '../../main/preview/renderer-server';
import { createAppContext } from '../../main/app';
import type { ClientTiming, EnvironmentCredentials } from '../../main/platform/connections/connections';
import { folderDialogs } from '../../main/platform/files/dialogs';
import { createRouter, type Router, type Services } from '../../main/router';
import type { Sandbox } from '../../main/sandbox';
import { createMemoryStore, type SecretStore } from '../../main/platform/secrets';
import type { AppServiceDeps } from '../../main/app';
import { memoryLogger } from '../support/memory-log';
import { launchChromium, type ColorScheme } from './browser';
import { PACKAGE_VERSION, RENDERER_DIR, requireBuild } from './paths';

export interface OpenAppOptions {
  /** The OS color scheme Chromium reports (`prefers-color-scheme`). */
  colorScheme?: ColorScheme;
  /** Overrides for the app service's dependencies (name, version, platform, ...). */
  app?: Partial<AppServiceDeps>;
  /** The keychain; an in-memory one by default (the real one has its own suite, test/keychain). */
  secrets?: SecretStore;
  /** Replaces single services, e.g. to make one fail; the rest stay real. */
  services?: Partial<Services>;
  /**
   * Credentials that bypass the saved profiles, as ITNIO_API_* do for the CLI: feature requests then
   * go to this account (e.g. a sandbox seeded with thousands of phones, for benchmarks).
   */
  environment?: EnvironmentCredentials;
  /** The ITNIO client's timeouts, e.g. a short wait so a no-answer fault ends within a test. */
  clientTiming?: ClientTiming;
}

export interface App {
  page: Page;
  context: BrowserContext;
  router: Router;
  /** Where the renderer is served, e.g. http://127.0.0.1:PORT/. */
  url: string;
  /** This app's SWITCHBOARD_HOME (fresh, deleted on close). */
  home: string;
  /** Main-process log lines (JSON), kept instead of written to stderr. */
  logLines: string[];
  /** The save/open dialogs: saves land in `<home>/exports`; `queueOpen(path)` answers the next open dialog. */
  dialogs: ReturnType<typeof folderDialogs>;
  /** Every method the page called through the bridge, in order. */
  calls: string[];
  /** URLs handed to app.openExternal (recorded, never opened). */
  openedUrls: string[];
  /** The embedded Sandbox profile's emulator: live state, recorded requests, fault injection. */
  sandbox(): Promise<Sandbox>;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error output of the page (CSP refusals show up here too). */
  consoleErrors: string[];
  /** Loads the app afresh: renderer state is lost; localStorage and SWITCHBOARD_HOME stay. */
  reload(): Promise<Response | null>;
  /** As a new launch for the renderer: storage cleared, the OS color scheme back to the launch one, reloaded. */
  reset(): Promise<Response | null>;
  close(): Promise<void>;
}

const BINDING = '__switchboardInvoke';

// The same construction as the preload, from buildBridge's own source: the page gets exactly the
// surface the app gets, and a method added to the contract appears here without a change.
const BRIDGE_SCRIPT = `window.switchboard = (${buildBridge.toString()})(${JSON.stringify(METHODS)}, (method, input) => window.${BINDING}(method, input));`;

/**
 * One running app. Open one at a time per test file (SWITCHBOARD_HOME is process-wide), share it
 * between the file's tests and call `reset()` in beforeEach:
 *
 *   let app: App;
 *   beforeAll(async () => (app = await openApp({ colorScheme: 'dark' })));
 *   afterAll(() => app?.close());
 *   beforeEach(() => app.reset());
 */
export async function openApp(options: OpenAppOptions = {}): Promise<App> {
  requireBuild();
  const cleanups: (() => Promise<void> | void)[] = [];
  const close = async () => {
    const errors: unknown[] = [];
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    cleanups.length = 0;
    if (errors.length > 0) throw new AggregateError(errors, 'closing the e2e app failed');
  };

  try {
    const home = await mkdtemp(join(tmpdir(), 'switchboard-home-'));
    cleanups.push(() => rm(home, { recursive: true, force: true }));
    // Services find their data folder the way the CLI and the preview do, through the environment.
    const previousHome = process.env.SWITCHBOARD_HOME;
    process.env.SWITCHBOARD_HOME = home;
    cleanups.push(() => {
      if (previousHome === undefined) delete process.env.SWITCHBOARD_HOME;
      else process.env.SWITCHBOARD_HOME = previousHome;
    });

    const { log, lines: logLines } = memoryLogger();
    const openedUrls: string[] = [];
    const dialogs = folderDialogs(join(home, 'exports'));
    const appContext = await createAppContext({
      dataDir: home,
      dialogs,
      secrets: options.secrets ?? createMemoryStore(),
      ...(options.environment ? { environment: options.environment } : {}),
      ...(options.clientTiming ? { clientTiming: options.clientTiming } : {}),
      log,
      app: {
        name: 'Switchboard',
        version: PACKAGE_VERSION,
        platform: process.platform,
        openExternal: async (url) => {
          openedUrls.push(url);
        },
        ...options.app,
      },
    });
    cleanups.push(() => appContext.close());
    // As main/index.ts does: the first-run Sandbox profile is running before the window shows.
    await appContext.warmUp();
    const router = options.services ? createRouter({ ...appContext.services, ...options.services }, log) : appContext.router;

    // No router here: the server then sends the packaged app's CSP unchanged.
    const server = await startRendererServer({ rendererDir: RENDERER_DIR });
    cleanups.push(() => server.close());
    const origin = new URL(server.url).origin;

    const browser = await launchChromium({ colorScheme: options.colorScheme ?? 'light' });
    cleanups.push(() => browser.close());
    const { context, page } = browser;

    const calls: string[] = [];
    // Like main/ipc.ts: only the top frame of our own page may call, whatever else gets loaded.
    await context.exposeBinding(BINDING, async ({ frame }, method: unknown, input: unknown) => {
      if (frame.parentFrame() !== null || !frame.url().startsWith(`${origin}/`)) {
        log.error('e2e bridge refused', { url: frame.url().slice(0, 100) });
        return fail({ kind: 'internal', message: 'Refused a request from a page that is not Switchboard.' });
      }
      calls.push(String(method));
      return router.dispatch(String(method), input);
    });
    await context.addInitScript({ content: BRIDGE_SCRIPT });

    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    const reload = async () => {
      const response = await page.goto(server.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      return response;
    };
    const reset = async () => {
      await page.evaluate('localStorage.clear(); sessionStorage.clear()');
      await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
      return reload();
    };
    await reload();

    const sandbox = () => appContext.sandbox.emulator();
    return { page, context, router, url: server.url, home, logLines, dialogs, calls, openedUrls, sandbox, pageErrors, consoleErrors, reload, reset, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
