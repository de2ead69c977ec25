/**
 * `npm run bench:phones`: the built Phones screen in Chromium against a sandbox seeded with 5 000
 * extra phones, scrolled from top to bottom and back with the mouse wheel. Long tasks
 * (PerformanceObserver 'longtask') and frame intervals are measured, and the same scroll of an
 * empty box of the same size and scroll height, in the same browser and run, is the baseline.
 * A benchmark, not a test: it prints figures and ratios; it fails only if the scroll never
 * reached the last phone. `--throttle N` slows the CPU N times (Chromium's emulation) for both.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createLogger } from '../../main/log';
import { startSandbox } from '../../main/sandbox';
import { openApp } from '../../test/e2e/harness';
import { REPO_ROOT } from '../../test/e2e/paths';
import { now, percentile, printFigure } from './stats.mts';

const EXTRA_PHONES = 5_000;
const WHEEL_STEP_PX = 1_200;
const throttleArg = process.argv.indexOf('--throttle');
const THROTTLE = throttleArg > 0 ? Number(process.argv[throttleArg + 1]) : 1;
if (!Number.isFinite(THROTTLE) || THROTTLE < 1) throw new Error('--throttle: must be a number ≥ 1 (1 = no slowdown)');

// Page-side shapes (the Node tsconfig has no DOM library).
interface PageEntry {
  startTime: number;
  duration: number;
}
interface Recorder {
  longTasks: PageEntry[];
  frames: number[];
  maxRows: number;
  stop: boolean;
}
declare const window: { __bench: Recorder };
declare const document: { querySelectorAll(selector: string): { length: number } };
declare const PerformanceObserver: new (callback: (list: { getEntries(): PageEntry[] }) => void) => { observe(options: { type: string }): void };
declare function requestAnimationFrame(callback: (time: number) => void): void;
declare const performance: { now(): number };

interface Run {
  longTasks: PageEntry[];
  frames: number[];
  maxRows: number;
  ms: number;
}

/** Records long tasks, frame intervals and the most table rows in the DOM until `finish`. */
async function record(page: Page, scroll: () => Promise<void>): Promise<Run> {
  await page.evaluate(() => {
    const recorder: Recorder = { longTasks: [], frames: [], maxRows: 0, stop: false };
    window.__bench = recorder;
    new PerformanceObserver((list) => {
      for (const { startTime, duration } of list.getEntries()) recorder.longTasks.push({ startTime, duration });
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (time: number) => {
      recorder.frames.push(time - last);
      recorder.maxRows = Math.max(recorder.maxRows, document.querySelectorAll('tr').length);
      last = time;
      if (!recorder.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const start = now();
  await scroll();
  const ms = now() - start;
  // Long-task entries arrive after the task ends: give the observer a frame to deliver them.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  const recorded = await page.evaluate(() => {
    window.__bench.stop = true;
    return { longTasks: window.__bench.longTasks, frames: window.__bench.frames.slice(1), maxRows: window.__bench.maxRows };
  });
  return { ...recorded, ms };
}

/** Wheel steps over `box` down to the bottom and back up, one frame apart, as a hand on a mouse would. */
async function wheelThrough(page: Page, box: { x: number; y: number; width: number; height: number }, scrollHeight: number): Promise<number> {
  const steps = Math.ceil(scrollHeight / WHEEL_STEP_PX);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const nextFrame = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  for (const delta of [WHEEL_STEP_PX, -WHEEL_STEP_PX]) {
    for (let step = 0; step < steps; step++) {
      await page.mouse.wheel(0, delta);
      await nextFrame();
    }
  }
  return steps;
}

async function throttle(page: Page): Promise<void> {
  if (THROTTLE === 1) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const longTaskLine = (run: Run) => `${run.longTasks.length} (${sum(run.longTasks.map((task) => task.duration)).toFixed(0)} ms, longest ${Math.max(0, ...run.longTasks.map((task) => task.duration)).toFixed(0)} ms)`;

const apiKey = 'bench-phones';
const apiSecret = randomBytes(16).toString('hex');
const sandbox = await startSandbox({ port: 0, credentials: [{ apiKey, apiSecret }], seed: { extraPhones: EXTRA_PHONES }, logger: createLogger(() => undefined) });
const phones = sandbox.state.phones.length;
const lastAccount = sandbox.state.phones.at(-1)!.account;
const app = await openApp({ colorScheme: 'light', environment: { apiKey, apiSecret, baseUrl: sandbox.url, appId: sandbox.state.appId } });
try {
  const { page } = app;
  await throttle(page);

  // The list as the operator first meets it: Phones chosen from the keyboard, every page read.
  const opened = now();
  await page.keyboard.press('Control+2');
  const list = page.getByRole('region', { name: 'Phone list' });
  await page.getByRole('table', { name: 'Phones', exact: true }).and(page.locator(`[aria-rowcount="${phones + 1}"]`)).waitFor({ timeout: 60_000 });
  await list.getByRole('row').nth(1).waitFor();
  const readyMs = now() - opened;
  const pages = sandbox.requests.filter((request) => request.path === '/voice/sipQuery').length;

  const box = (await list.boundingBox())!;
  const scrollHeight = await list.evaluate((element) => element.scrollHeight);
  let steps = 0;
  const subject = await record(page, async () => {
    steps = await wheelThrough(page, box, scrollHeight);
  });

  // The scroll really went through the list: at the bottom the last phone was rendered.
  await list.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await list.getByRole('row').filter({ hasText: lastAccount }).waitFor({ timeout: 5_000 });

  // Baseline: the same box, the same scroll height, nothing in it; same browser, same run.
  const blank = await app.context.newPage();
  await throttle(blank);
  await blank.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
  await blank.setContent(
    `<body style="margin:0"><div id="box" style="position:absolute;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px;overflow:auto"><div style="height:${scrollHeight}px"></div></div></body>`,
  );
  const baseline = await record(blank, async () => {
    await wheelThrough(blank, box, scrollHeight);
  });

  const longTaskMs = { subject: sum(subject.longTasks.map((task) => task.duration)), baseline: sum(baseline.longTasks.map((task) => task.duration)) };
  process.stdout.write(
    [
      `Phone list scroll: ${phones} phones, ${steps} wheel steps of ${WHEEL_STEP_PX} px down and back up${THROTTLE > 1 ? `, CPU ${THROTTLE}× slower` : ''}`,
      `  list ready after ${readyMs.toFixed(0)} ms (${pages} sipQuery pages); at most ${subject.maxRows} table rows in the DOM for ${phones} phones`,
      `long tasks while scrolling`,
      `  phone list: ${longTaskLine(subject)}`,
      `  empty box (baseline): ${longTaskLine(baseline)}`,
      `  ratio: ${longTaskMs.baseline > 0 ? `${(longTaskMs.subject / longTaskMs.baseline).toFixed(2)}×` : longTaskMs.subject > 0 ? 'n/a (the baseline had none)' : '1.00× (neither had any)'}`,
      '',
    ].join('\n'),
  );
  const figures = [
    {
      name: 'p95 frame interval while scrolling',
      subject: 'phone list',
      baseline: 'empty box',
      subjectValue: percentile(subject.frames, 95),
      baselineValue: percentile(baseline.frames, 95),
      unit: 'ms',
    },
    { name: 'time for the whole scroll', subject: 'phone list', baseline: 'empty box', subjectValue: subject.ms, baselineValue: baseline.ms, unit: 'ms' },
  ];
  for (const figure of figures) printFigure(figure);

  const out = join(REPO_ROOT, 'test-results', 'bench');
  await mkdir(out, { recursive: true });
  await writeFile(
    join(out, 'phone-list-scroll.json'),
    `${JSON.stringify({ phones, steps, throttle: THROTTLE, readyMs, pages, maxRows: subject.maxRows, longTasks: { subject: subject.longTasks, baseline: baseline.longTasks }, longTaskMs, figures }, null, 2)}\n`,
  );
} finally {
  await app.close();
  await sandbox.close();
}
