/**
 * The built renderer in real Chromium with `window.switchboard` wired to the real router and
 * services, as in the packaged app. The bridge arrives through Playwright (a binding and an init
 * script, both injected over CDP), so the page keeps the production CSP, `connect-src 'none'`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createEventHub, EVENTS, type EventHub } from '../../contract/events';
import { buildBridge, METHODS } from '../../contract/methods';
import { fail } from '../../contract/result';
import type { AppServiceDeps } from '../../main/app-services';
import { dialFromArgs } from '../../main/desktop/dial-links';
import type { Notice, NoticeHost } from '../../main/desktop/notices';
import type { Policy } from '../../main/platform/policy';
import { createRendererEvents, type RendererEvents } from '../../main/desktop/renderer-events';
import type { ClientTiming, EnvironmentCredentials } from '../../main/platform/connections/connections';
import type { SecretStore } from '../../main/platform/secrets';
import { startRendererServer } from '../../main/preview/renderer-server';
import type { Router, Services } from '../../main/router';
import type { Sandbox } from '../../main/sandbox';
import { openTestApp, type TestApp } from '../support/app';
import { current } from '../support/current';
import { methodCalls, type MethodCalls } from '../support/router';
import { launchBrowser, openTab, REDUCED_MOTION, VIEWPORT, type ColorScheme } from './browser';
import { PACKAGE_VERSION, RENDERER_DIR, requireBuild } from './paths';
import { goTo, type Screen } from './ui';

export interface OpenAppOptions {
  /** The OS color scheme Chromium reports (`prefers-color-scheme`). */
  colorScheme?: ColorScheme;
  /** Overrides for the app service's dependencies (name, version, platform, ...). */
  app?: Partial<AppServiceDeps>;
  /** The keychain; a fresh in-memory one for each app by default (the real one has its own suite, test/keychain). */
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
  /** How long main leaves a copied password on the clipboard: the app's 30 s unless said. */
  clipboardClearMs?: number;
  /** The machine's policy, read as each launch starts (none unless given). */
  policy?: () => Policy;
  /** Chromium's fake microphone (a beep), granted without a prompt, for the greeting studio's recording. */
  fakeMicrophone?: boolean;
}

/** One running app. `router`, `home`, `sandbox`, `dialogs` and the lists belong to the current launch, which `reset()` replaces. */
export interface App extends MethodCalls {
  page: Page;
  context: BrowserContext;
  router: Router;
  /** Where the renderer is served, e.g. http://127.0.0.1:PORT/. */
  url: string;
  /** This app's SWITCHBOARD_HOME (fresh, deleted when the app is reset or closed). */
  home: string;
  /** Main-process log lines (JSON), kept instead of written to stderr. */
  logLines: string[];
  /** The save/open dialogs: saves land in `<home>/exports`; `queueOpen(path)` answers the next open dialog. */
  dialogs: TestApp['dialogs'];
  /** Every method the page called through the bridge, in order. */
  calls: string[];
  /** URLs handed to app.openExternal (recorded, never opened). */
  openedUrls: string[];
  /** The system clipboard main copies passwords to (in memory); the page is never allowed to read the clipboard. */
  clipboard: TestApp['clipboard'];
  /** The embedded Sandbox profile's emulator, running: live state, recorded requests, fault injection. */
  sandbox: Sandbox;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error output of the page (CSP refusals show up here too). */
  consoleErrors: string[];
  /**
   * Another launch of the app with these arguments while it runs (a tel: link the OS hands over,
   * `--dial NUMBER`): main reads them as main/index.ts does for a second instance, and its event
   * reaches the page.
   */
  launch(argv: readonly string[]): Promise<void>;
  /** The system notifications main showed; only while the window is `away`, as in the app. */
  notices: Notice[];
  /** Puts the window behind another app (true), or in front again. */
  setAway(away: boolean): void;
  /** The operator's click on a notification: main brings the window forward on what it is about, as main/index.ts does. */
  clickNotice(notice: Notice): Promise<void>;
  /** Loads the app afresh: renderer state is lost; browser storage and SWITCHBOARD_HOME stay. */
  reload(): Promise<Response | null>;
  /**
   * Quits and starts the app again on the same data folder, as an operator's restart: main's
   * memory is lost, what it kept on disk stays. `beforeLoad` may set up the new launch's sandbox
   * (e.g. its faults) before the page asks anything.
   */
  restart(beforeLoad?: (sandbox: Sandbox) => void): Promise<Response | null>;
  /**
   * A new app, as a first launch would find it: a fresh data folder (profiles, history), fresh
   * services and embedded sandbox, the browser's storage for the app wiped, the page loaded anew.
   */
  reset(): Promise<Response | null>;
  close(): Promise<void>;
}

const BINDING = '__switchboardInvoke';

// The same construction as the preload, from buildBridge's own source: the page gets exactly the
// surface the app gets, and a method added to the contract appears here without a change.
const EVENT_HUB = '__switchboardEvents';
const BRIDGE_SCRIPT = `window.${EVENT_HUB} = (${createEventHub.toString()})(${JSON.stringify(EVENTS)});
window.switchboard = (${buildBridge.toString()})(${JSON.stringify(METHODS)}, (method, input) => window.${BINDING}(method, input), window.${EVENT_HUB}.on);`;

/** What one launch of the app consists of: main's side and what the page reported meanwhile. */
interface Launch {
  main: TestApp;
  desktop: Desktop;
  calls: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/**
 * One app in its own Chromium. In a spec, `useApp()` opens it for the file and resets it before
 * each test; open one at a time per process (SWITCHBOARD_HOME is process-wide).
 */
export async function openApp(options: OpenAppOptions = {}): Promise<App> {
  requireBuild();
  const colorScheme = options.colorScheme ?? 'light';
  const cleanups: (() => Promise<void> | void)[] = [];
  let launch: Launch | undefined;
  const close = async () => {
    const errors: unknown[] = [];
    const last = launch;
    for (const cleanup of [() => last?.main.close(), () => last && removeHome(last.main.home), ...cleanups.reverse()]) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    launch = undefined;
    cleanups.length = 0;
    if (errors.length > 0) throw new AggregateError(errors, 'closing the e2e app failed');
  };

  try {
    // Services find their data folder the way the CLI and the preview do, through the environment.
    const previousHome = process.env.SWITCHBOARD_HOME;
    cleanups.push(() => {
      if (previousHome === undefined) delete process.env.SWITCHBOARD_HOME;
      else process.env.SWITCHBOARD_HOME = previousHome;
    });
    // No router here: the server then sends the packaged app's CSP unchanged.
    const server = await startRendererServer({ rendererDir: RENDERER_DIR });
    cleanups.push(() => server.close());
    const origin = new URL(server.url).origin;
    // One Chromium, browser context and tab for the app's life: starting them is the slow part.
    // What a launch leaves in them (storage, the page's media and size) is wiped by reset().
    const browser = await launchBrowser({ fakeMicrophone: options.fakeMicrophone === true });
    cleanups.push(() => browser.close());
    const tab = await openTab(browser, { colorScheme });
    const { context } = tab;
    let { page } = tab;

    const now = (): Launch => {
      if (!launch) throw new Error('the e2e app is closed');
      return launch;
    };
    // Like main/ipc.ts: only the top frame of our own page may call, whatever else gets loaded.
    await context.exposeBinding(BINDING, async ({ frame }, method: unknown, input: unknown) => {
      const { main, calls } = now();
      if (frame.parentFrame() !== null || !frame.url().startsWith(`${origin}/`)) {
        main.log.error('e2e bridge refused', { url: frame.url().slice(0, 100) });
        return fail({ kind: 'internal', message: 'Refused a request from a page that is not Switchboard.' });
      }
      calls.push(String(method));
      return main.router.dispatch(String(method), input);
    });
    await context.addInitScript({ content: BRIDGE_SCRIPT });
    const listen = (tab: Page) => {
      tab.on('pageerror', (error) => launch?.pageErrors.push(error.message));
      tab.on('console', (message) => {
        if (message.type() === 'error') launch?.consoleErrors.push(message.text());
      });
    };
    listen(page);

    const reload = async () => {
      const response = await page.goto(server.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      return response;
    };
    const restart = async (beforeLoad?: (sandbox: Sandbox) => void) => {
      const previous = now();
      launch = undefined;
      await page.goto('about:blank');
      await previous.main.close();
      const desktop = awayDesktop();
      launch = { main: await startMain(options, previous.main.home, desktop), desktop, calls: [], pageErrors: [], consoleErrors: [] };
      beforeLoad?.(launch.main.sandbox);
      return reload();
    };
    const reset = async () => {
      const previous = launch;
      launch = undefined;
      // The old page goes first (navigating away does not ask its beforeunload handlers), so
      // nothing it still does reaches the new launch; a page a test closed is replaced.
      if (page.isClosed()) {
        page = await context.newPage();
        listen(page);
      } else {
        await page.goto('about:blank');
      }
      await previous?.main.close();
      if (previous) await removeHome(previous.main.home);
      const desktop = awayDesktop();
      launch = { main: await startMain(options, await mkdtemp(join(tmpdir(), 'switchboard-e2e-home-')), desktop), desktop, calls: [], pageErrors: [], consoleErrors: [] };
      // As a first launch finds the browser: no storage of any kind for our origin, no cookies, the
      // OS color scheme, motion preference and window size it started with.
      await context.clearCookies();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      await cdp.detach();
      await page.emulateMedia({ colorScheme, media: null, reducedMotion: REDUCED_MOTION, forcedColors: null });
      await page.setViewportSize(VIEWPORT);
      return reload();
    };
    await reset();
    /** Main's events as main/index.ts sends them, delivered into the page's hub. */
    const toPage = async (send: (events: RendererEvents) => void) => {
      const events = createRendererEvents(now().main.log);
      const delivered: Promise<void>[] = [];
      events.attach((event, payload) =>
        delivered.push(page.evaluate(({ hub, event, payload }) => (globalThis as unknown as Record<string, EventHub>)[hub]!.deliver(event, payload), { hub: EVENT_HUB, event, payload })),
      );
      send(events);
      await Promise.all(delivered);
    };

    return {
      get page() {
        return page;
      },
      context,
      get router() {
        return now().main.router;
      },
      url: server.url,
      get home() {
        return now().main.home;
      },
      get logLines() {
        return now().main.logLines;
      },
      get dialogs() {
        return now().main.dialogs;
      },
      get calls() {
        return now().calls;
      },
      get openedUrls() {
        return now().main.openedUrls;
      },
      get clipboard() {
        return now().main.clipboard;
      },
      get sandbox() {
        return now().main.sandbox;
      },
      get pageErrors() {
        return now().pageErrors;
      },
      get consoleErrors() {
        return now().consoleErrors;
      },
      ...methodCalls(() => now().main.router),
      launch: (argv) => toPage((events) => dialFromArgs(argv, events)),
      get notices() {
        return now().desktop.notices;
      },
      setAway: (away) => void (now().desktop.away = away),
      clickNotice: async (notice) => {
        now().desktop.away = false;
        await toPage((events) => events.emit('navigate', notice.target));
      },
      reload,
      restart,
      reset,
      close,
    };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** Main's side on `home`, which outlives it (a restart starts another on the same folder); its sandbox running as main/index.ts warms it up. */
async function startMain(options: OpenAppOptions, home: string, desktop: Desktop): Promise<TestApp> {
  const main = await openTestApp({
    home,
    notices: desktop.host,
    ...(options.policy ? { policy: options.policy() } : {}),
    ...(options.secrets ? { secrets: options.secrets } : {}),
    ...(options.environment ? { environment: options.environment } : {}),
    ...(options.clientTiming ? { clientTiming: options.clientTiming } : {}),
    ...(options.clipboardClearMs === undefined ? {} : { clipboardClearMs: options.clipboardClearMs }),
    ...(options.services ? { services: options.services } : {}),
    app: { version: PACKAGE_VERSION, platform: process.platform, ...options.app },
  });
  process.env.SWITCHBOARD_HOME = main.home;
  return main;
}

/** The system's notifications around the window, which is in front until a test sends it away. */
interface Desktop {
  away: boolean;
  notices: Notice[];
  host: NoticeHost;
}

function awayDesktop(): Desktop {
  const desktop: Desktop = {
    away: false,
    notices: [],
    host: { supported: () => true, windowInFront: () => !desktop.away, show: (notice) => void desktop.notices.push(notice) },
  };
  return desktop;
}

/** A request the page sent before it went away may still write (a lock, a history line) as the folder goes: try again. */
const removeHome = (home: string) => rm(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });

export interface UseAppOptions extends OpenAppOptions {
  /** The screen every test starts on (after the load, by its Ctrl+N shortcut); the Dialer otherwise. */
  screen?: Screen;
}

/**
 * Registers a spec file's hooks and answers its app: one Chromium for the file, and before each
 * test a fresh app in it (`reset()`: data folder, services, sandbox, browser storage, page), so no
 * test sees calls, history, profiles, settings or sandbox state an earlier one left.
 *
 *   const app = useApp({ colorScheme: 'dark', screen: 'Phones' });
 *   it('...', async () => { await app.page.getByRole(...) });
 */
export function useApp(options: UseAppOptions = {}): App {
  let app: App | undefined;
  // The app beforeAll opened is already a first launch: the first test takes it as it is.
  let untouched = false;
  beforeAll(async () => {
    app = await openApp(options);
    untouched = true;
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    if (!app) throw new Error('the e2e app did not open');
    if (!untouched) await app.reset();
    untouched = false;
    if (options.screen) await goTo(app.page, options.screen);
  });
  return current(() => app, 'the e2e app');
}
