/**
 * Start-up of the renderer: cold loads of the built app in Chromium, CPU 4× slower, until the
 * Dialer is interactive, against the floor: the same React + Mantine shell rendering an empty
 * screen. The floor is the app's own renderer built here, into a temporary folder, with
 * startup-floor/empty-screens.tsx in place of app/screens.tsx (never shipped); both are served the
 * same way with the same CSP and bridge, interleaved in the same run.
 *
 * A cold load is a new browser context (no HTTP cache, no code cache, no storage). The page times
 * itself from navigation start (an init script checks once per animation frame):
 * - app, "interactive Dialer": the first frame after the first contentful paint at which the
 *   "Number to call" field is in the page, enabled and visible, and the Call button is enabled;
 * - floor: the first frame after the first contentful paint at which the shell's heading is there.
 * Script time is Chromium's own ScriptDuration (CDP Performance.getMetrics), read once that frame
 * is known (the paint entry's arrival, see `recorder`), so it may include a little work after it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { createEventHub, EVENTS } from '../../contract/events';
import { buildBridge, METHODS } from '../../contract/methods';
import { startRendererServer } from '../../main/preview/renderer-server';
import type { Router } from '../../main/router';
import { openTestApp } from '../../test/support/app';
import { launchBrowser, VIEWPORT } from '../../test/e2e/browser';
import { RENDERER_DIR, REPO_ROOT, requireBuild } from '../../test/e2e/paths';
import { percentile, type Figure, type Report } from './stats.mts';

const BINDING = '__switchboardInvoke';
const EVENT_HUB = '__switchboardEvents';
// The packaged app's bridge, with its event hub, as the e2e harness builds it: the page keeps the production CSP.
const BRIDGE_SCRIPT = `window.${EVENT_HUB} = (${createEventHub.toString()})(${JSON.stringify(EVENTS)});
window.switchboard = (${buildBridge.toString()})(${JSON.stringify(METHODS)}, (method, input) => window.${BINDING}(method, input), window.${EVENT_HUB}.on);`;

/** Page-side readiness checks (plain JS: they run in Chromium, before the page's own scripts). */
const DIALER_INTERACTIVE = `() => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith('Number to call'));
  const field = label && label.control;
  const call = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Call');
  return Boolean(field && !field.disabled && field.getClientRects().length > 0 && call && !call.disabled);
}`;
const FLOOR_SHOWN = `() => document.querySelector('main h1') !== null`;

/**
 * Resolves `window.__startup` with the ms from navigation start to the first frame after the first
 * contentful paint at which `ready()` holds. The frames are timed as they run and matched with the
 * paint once it is known: Chromium delivers the paint entry at low priority, while the page is
 * busy often many frames after the paint itself.
 */
const recorder = (ready: string) => `(() => {
  if (window.top !== window) return;
  const ready = ${ready};
  const readyFrames = [];
  let painted;
  let settled = false;
  let done;
  window.__startup = new Promise((resolve) => (done = resolve));
  const settle = () => {
    const frame = painted === undefined ? undefined : readyFrames.find((at) => at >= painted);
    if (frame !== undefined && !settled) { settled = true; done(frame); }
    return settled;
  };
  new PerformanceObserver((list) => {
    const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
    if (paint) { painted = paint.startTime; settle(); }
  }).observe({ type: 'paint', buffered: true });
  const frame = () => {
    if (ready()) readyFrames.push(performance.now());
    if (!settle()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Load {
  interactiveMs: number;
  scriptMs: number;
  scriptBytes: number;
  styleBytes: number;
}

async function coldLoad(browser: Browser, url: string, ready: string, rate: number, router?: Router): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
  try {
    if (router) {
      await context.exposeBinding(BINDING, (_source, method: unknown, input: unknown) => router.dispatch(String(method), input));
      await context.addInitScript({ content: BRIDGE_SCRIPT });
    }
    await context.addInitScript({ content: recorder(ready) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    const interactiveMs = (await page.evaluate('window.__startup')) as number;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptMs = (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? NaN) * 1000;
    const sizes = (await page.evaluate(`(() => {
      const sum = (ending) => performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.endsWith(ending)).reduce((total, r) => total + r.decodedBodySize, 0);
      return { scriptBytes: sum('.js'), styleBytes: sum('.css') };
    })()`)) as { scriptBytes: number; styleBytes: number };
    return { interactiveMs, scriptMs, ...sizes };
  } finally {
    await context.close();
  }
}

const SCREENS_MODULE = join(REPO_ROOT, 'renderer', 'src', 'app', 'screens.tsx');
const EMPTY_SCREENS = join(REPO_ROOT, 'scripts', 'bench', 'startup-floor', 'empty-screens.tsx');

/** Resolves the shell's `./screens` to the floor's empty ones. */
function emptyScreens(): Plugin {
  return {
    name: 'startup-floor-empty-screens',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === SCREENS_MODULE ? EMPTY_SCREENS : null;
    },
  };
}

/** The app's renderer with every screen empty, as a minified production bundle in `outDir`. */
async function buildFloor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(REPO_ROOT, 'renderer'),
    base: './',
    logLevel: 'error',
    plugins: [react(), emptyScreens()],
    build: { outDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } },
  });
}

const median = (values: number[]) => percentile(values, 50);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

export async function rendererStartup(options: { runs: number; rate: number } = { runs: 7, rate: 4 }): Promise<Report> {
  requireBuild();
  const floorDir = await mkdtemp(join(tmpdir(), 'switchboard-startup-floor-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(floorDir, { recursive: true, force: true })];
  try {
    await buildFloor(floorDir);
    const main = await openTestApp();
    cleanups.push(() => main.close());
    const appServer = await startRendererServer({ rendererDir: RENDERER_DIR });
    cleanups.push(() => appServer.close());
    const floorServer = await startRendererServer({ rendererDir: floorDir });
    cleanups.push(() => floorServer.close());
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());

    const app = () => coldLoad(browser, appServer.url, DIALER_INTERACTIVE, options.rate, main.router);
    const floor = () => coldLoad(browser, floorServer.url, FLOOR_SHOWN, options.rate, main.router);
    // One of each first, not kept: Chromium's own first start and main's sandbox warm up there.
    await app();
    await floor();
    const apps: Load[] = [];
    const floors: Load[] = [];
    for (let run = 0; run < options.runs; run++) {
      apps.push(await app());
      floors.push(await floor());
    }

    const figure = (name: string, pick: (load: Load) => number): Figure => ({
      name,
      subject: 'app, Dialer',
      baseline: 'floor: the same shell, empty screen',
      subjectValue: median(apps.map(pick)),
      baselineValue: median(floors.map(pick)),
      unit: 'ms',
    });
    const figures = [
      figure('Start-up: time to an interactive Dialer (median)', (load) => load.interactiveMs),
      figure('Start-up: script time until then (median)', (load) => load.scriptMs),
    ];
    const [first] = apps;
    const [floorFirst] = floors;
    return {
      lines: [
        `Renderer start-up: ${options.runs} cold loads each in Chromium (new context each), CPU ${options.rate}× slower, interleaved`,
        `  loaded until interactive: app ${kib(first!.scriptBytes)} script, ${kib(first!.styleBytes)} CSS; floor ${kib(floorFirst!.scriptBytes)} script, ${kib(floorFirst!.styleBytes)} CSS`,
      ],
      figures,
      details: { runs: options.runs, rate: options.rate, apps, floors, figures },
    };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}
