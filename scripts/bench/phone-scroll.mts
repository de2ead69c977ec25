/**
 * The built Phones screen in Chromium against a sandbox seeded with `extraPhones` more phones,
 * scrolled from top to bottom and back with the mouse wheel. Long tasks and frame intervals are
 * measured; the same scroll of an empty box of the same size and scroll height, in the same
 * browser and run, is the baseline. It fails only if the scroll never reached the last phone.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createLogger } from '../../main/platform/log';
import { startSandbox } from '../../main/sandbox';
import { openApp } from '../../test/e2e/harness';
import { longTaskLines, longTaskMs, nextFrames, record, throttle, type Run } from './page-recorder.mts';
import { now, percentile, type Figure, type Report } from './stats.mts';

const WHEEL_STEP_PX = 1_200;

/** Wheel steps over `box` down to the bottom and back up, one frame apart, as a hand on a mouse would. */
async function wheelThrough(page: Page, box: { x: number; y: number; width: number; height: number }, scrollHeight: number): Promise<number> {
  const steps = Math.ceil(scrollHeight / WHEEL_STEP_PX);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const delta of [WHEEL_STEP_PX, -WHEEL_STEP_PX]) {
    for (let step = 0; step < steps; step++) {
      await page.mouse.wheel(0, delta);
      await nextFrames(page);
    }
  }
  return steps;
}

export async function phoneListScroll(options: { extraPhones: number; throttle: number }): Promise<Report> {
  const apiKey = 'bench-phones';
  const apiSecret = randomBytes(16).toString('hex');
  const sandbox = await startSandbox({ port: 0, credentials: [{ apiKey, apiSecret }], seed: { extraPhones: options.extraPhones }, logger: createLogger(() => undefined) });
  const phones = sandbox.state.phones.length;
  const lastAccount = sandbox.state.phones.at(-1)!.account;
  const app = await openApp({ colorScheme: 'light', environment: { apiKey, apiSecret, baseUrl: sandbox.url, appId: sandbox.state.appId } }).catch(async (error: unknown) => {
    await sandbox.close();
    throw error;
  });
  try {
    const { page } = app;
    await throttle(page, options.throttle);

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
    await throttle(blank, options.throttle);
    await blank.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
    await blank.setContent(
      `<body style="margin:0"><div id="box" style="position:absolute;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px;overflow:auto"><div style="height:${scrollHeight}px"></div></div></body>`,
    );
    const baseline: Run = await record(blank, async () => {
      await wheelThrough(blank, box, scrollHeight);
    });

    const figures: Figure[] = [
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
    return {
      lines: [
        `Phone list scroll: ${phones} phones, ${steps} wheel steps of ${WHEEL_STEP_PX} px down and back up${options.throttle > 1 ? `, CPU ${options.throttle}× slower` : ''}`,
        `  list ready after ${readyMs.toFixed(0)} ms (${pages} sipQuery pages); at most ${subject.maxRows} table rows in the DOM for ${phones} phones`,
        ...longTaskLines('long tasks while scrolling', { label: 'phone list', run: subject }, { label: 'empty box', run: baseline }),
      ],
      figures,
      details: {
        phones,
        steps,
        throttle: options.throttle,
        readyMs,
        pages,
        maxRows: subject.maxRows,
        longTasks: { subject: subject.longTasks, baseline: baseline.longTasks },
        longTaskMs: { subject: longTaskMs(subject), baseline: longTaskMs(baseline) },
        figures,
      },
    };
  } finally {
    await app.close();
    await sandbox.close();
  }
}
