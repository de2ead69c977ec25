/**
 * What the renderer benchmarks measure in Chromium: long tasks (PerformanceObserver 'longtask')
 * and frame intervals while an action runs, each against a baseline recorded the same way in the
 * same browser and run.
 */
import type { Page } from 'playwright-core';
import { now } from './stats.mts';

// Page-side shapes (the Node tsconfig has no DOM library).
export interface PageEntry {
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

export interface Run {
  longTasks: PageEntry[];
  /** Intervals between animation frames, ms. */
  frames: number[];
  /** The most table rows in the DOM at any frame. */
  maxRows: number;
  ms: number;
}

/** Records long tasks, frame intervals and the most table rows in the DOM while `action` runs. */
export async function record(page: Page, action: () => Promise<void>): Promise<Run> {
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
  await action();
  const ms = now() - start;
  // Long-task entries arrive after the task ends: give the observer a frame to deliver them.
  await nextFrames(page, 2);
  const recorded = await page.evaluate(() => {
    window.__bench.stop = true;
    return { longTasks: window.__bench.longTasks, frames: window.__bench.frames.slice(1), maxRows: window.__bench.maxRows };
  });
  return { ...recorded, ms };
}

export async function nextFrames(page: Page, count = 1): Promise<void> {
  for (let frame = 0; frame < count; frame++) await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

/** Slows the page's CPU `rate` times (Chromium's emulation); 1 leaves it alone. */
export async function throttle(page: Page, rate: number): Promise<void> {
  if (rate === 1) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

export const longTaskMs = (run: Run): number => run.longTasks.reduce((total, task) => total + task.duration, 0);

const longTaskLine = (run: Run) =>
  `${run.longTasks.length} (${longTaskMs(run).toFixed(0)} ms, longest ${Math.max(0, ...run.longTasks.map((task) => task.duration)).toFixed(0)} ms)`;

/** The long-task lines of a subject and its baseline; the ratio is of their total long-task time. */
export function longTaskLines(title: string, subject: { label: string; run: Run }, baseline: { label: string; run: Run }): string[] {
  const [mine, theirs] = [longTaskMs(subject.run), longTaskMs(baseline.run)];
  const ratio = theirs > 0 ? `${(mine / theirs).toFixed(2)}×` : mine > 0 ? 'n/a (the baseline had none)' : '1.00× (neither had any)';
  return [title, `  ${subject.label}: ${longTaskLine(subject.run)}`, `  ${baseline.label} (baseline): ${longTaskLine(baseline.run)}`, `  ratio: ${ratio}`];
}
