import { execFile } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callRecordOf } from '../../main/sandbox/call-records';
import type { Sandbox } from '../../main/sandbox';
import { environmentOf } from '../support/account';
import { seriousViolations } from './axe';
import { useApp } from './harness';
import { REPO_ROOT, SCREENSHOT_DIR } from './paths';
import { expectToast } from './ui';

const DAY_MS = 86_400_000;
/** Main counts days in this process's zone; the CLI gets the same one. */
const OFFSET_MS = -new Date().getTimezoneOffset() * 60_000;
const dayOf = (at: number) => new Date(at + OFFSET_MS).toISOString().slice(0, 10);
const BIN = join(REPO_ROOT, 'bin/switchboard.js');

type Counts = [calls: number, answered: number, noAnswer: number, busy: number, failed: number];

/**
 * What the sandbox's records say, counted here from its own state and the vendor's codes (not
 * through the app's code): calls, answered, no answer, busy and failed per operator day.
 */
function expectedByDay(sandbox: Sandbox, days: readonly string[], group?: string): Map<string, Counts> {
  const counts = new Map(days.map((day) => [day, [0, 0, 0, 0, 0] as Counts]));
  const now = Date.now();
  for (const call of [...sandbox.state.dialledCalls, ...sandbox.state.calls]) {
    const record = callRecordOf(sandbox.state, call, now);
    const row = record && counts.get(dayOf(Date.parse(record.submitTime)));
    if (!record || !row || (group && record.sipGroupName !== group)) continue;
    const code = record.terminationCode;
    const bucket = code === '200' && record.callDuration > 0 ? 1 : ['480', '408', '487'].includes(code) ? 2 : ['486', '600', '603'].includes(code) ? 3 : 4;
    row[0]++;
    row[bucket]++;
  }
  return counts;
}

const figure = (page: Page, id: string): Locator => page.getByTestId(`figure-${id}`);

/** The figure's table as text, its header first: the Table tab is chosen, then read whole. */
async function tableOf(page: Page, id: string): Promise<string[][]> {
  await figure(page, id).getByRole('tab', { name: 'Table' }).click();
  const table = figure(page, id).getByRole('table');
  await table.waitFor();
  return table.locator('tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}

/** The day rows' counts (calls, answered, no answer, busy, failed), by day. */
const countsOf = (table: string[][]): Map<string, Counts> => new Map(table.slice(1).map((row) => [row[0]!, row.slice(1, 6).map(Number) as Counts]));

/**
 * How many pixels of the figure's charts are painted within a few levels of `css` (a colour or a
 * variable, as the page computes it): the canvas holds no elements to find, only what was drawn.
 */
function paintedIn(chart: Locator, css: string): Promise<number> {
  return chart.evaluate((image, color) => {
    const probe = image.ownerDocument.createElement('span');
    probe.style.color = color;
    image.append(probe);
    const [r, g, b] = image.ownerDocument.defaultView!.getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
    probe.remove();
    let count = 0;
    for (const canvas of image.querySelectorAll('canvas')) {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      for (let at = 0; at < data.length; at += 4) if (data[at + 3]! > 200 && Math.abs(data[at]! - r!) + Math.abs(data[at + 1]! - g!) + Math.abs(data[at + 2]! - b!) < 12) count++;
    }
    return count;
  }, css);
}

/** Every canvas of the figure's chart has drawn the figure's period (CanvasChart says so on it). */
async function chartDrawn(figureOf: Locator): Promise<void> {
  await expect
    .poll(() => figureOf.evaluate((section) => [...section.querySelectorAll('canvas')].every((canvas) => canvas.dataset.drawnFor === section.dataset.period) && section.querySelector('canvas') !== null))
    .toBe(true);
}

/** Waits until the report shown is read and counted for `totals`' text. */
async function reportShown(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('report-totals').textContent(), { timeout: 20_000 }).toMatch(/\d+ calls?/);
}

function lastDays(count: number): string[] {
  return Array.from({ length: count }, (_, index) => dayOf(Date.now() - (count - 1 - index) * DAY_MS));
}

/** `switchboard report calls …` against the app's own sandbox, as a script on the same computer would run it. */
function reportCli(sandbox: Sandbox, args: string[]): Promise<string> {
  const { apiKey, apiSecret, baseUrl, appId } = environmentOf(sandbox);
  const env = { PATH: process.env.PATH, ...(process.env.TZ ? { TZ: process.env.TZ } : {}), ITNIO_API_KEY: apiKey, ITNIO_API_SECRET: apiSecret, ITNIO_BASE_URL: baseUrl, ITNIO_APP_ID: appId, SWITCHBOARD_HOME: join(REPO_ROOT, 'test-results', 'reports-cli-home') };
  return new Promise((done, failed) =>
    execFile(process.execPath, [BIN, 'report', 'calls', ...args], { env, timeout: 30_000 }, (error, stdout, stderr) => (error ? failed(new Error(`${error.message}\n${stderr}`)) : done(stdout))),
  );
}

describe('Reports in Chromium against the embedded sandbox', () => {
  const app = useApp({ screen: 'Reports' });

  it('counts the period’s calls as the records say, follows the period and a group filter, and draws every figure', async () => {
    const { page, sandbox } = app;
    await reportShown(page);
    // The default period is the last 7 days.
    const week = lastDays(7);
    expect(countsOf(await tableOf(page, 'calls-per-day'))).toEqual(expectedByDay(sandbox, week));

    await page.getByRole('group', { name: 'Period and filters' }).getByText('30 days', { exact: true }).click();
    const month = lastDays(30);
    await expect.poll(async () => (await tableOf(page, 'calls-per-day')).length - 1).toBe(30);
    expect(countsOf(await tableOf(page, 'calls-per-day'))).toEqual(expectedByDay(sandbox, month));

    await page.getByLabel('Phone group', { exact: true }).selectOption('Support Team');
    const support = expectedByDay(sandbox, month, 'Support Team');
    await expect.poll(async () => countsOf(await tableOf(page, 'calls-per-day'))).toEqual(support);
    const groups = await tableOf(page, 'calls-by-group');
    expect(groups.slice(1).map((row) => row[0])).toEqual(['Support Team']);

    await page.getByLabel('Phone group', { exact: true }).selectOption('');
    await expect.poll(async () => countsOf(await tableOf(page, 'calls-per-day'))).toEqual(expectedByDay(sandbox, month));
    // Every figure draws its chart in its first series' colour, an image with a summary for screen readers.
    const firstColor = { 'calls-per-day': 'answered', 'answer-rate': 'answered', 'spend-per-day': 'spend', 'calls-by-group': 'answered', 'calls-by-phone': 'answered', 'inbound-per-number': 'answered' };
    for (const [id, color] of Object.entries(firstColor)) {
      await figure(page, id).getByRole('tab', { name: 'Chart' }).click();
      await chartDrawn(figure(page, id));
      const chart = figure(page, id).locator('div[role="img"]');
      expect(await chart.getAttribute('aria-label'), id).toMatch(/\d/);
      expect(await paintedIn(chart, `var(--report-${color})`), id).toBeGreaterThan(100);
    }
    // A chart is drawn once it comes near the view.
    await page.getByRole('region', { name: 'Balance over time' }).scrollIntoViewIfNeeded();
    await chartDrawn(figure(page, 'balance'));
    expect(await seriousViolations(page)).toEqual([]);
    // The whole screen in one window as tall as it, so the fixed header stays at the top of the image.
    const viewport = page.viewportSize()!;
    const main = page.locator('#main');
    await page.setViewportSize({ width: viewport.width, height: Math.ceil(await main.evaluate((element) => element.scrollHeight)) + 120 });
    // Every chart is near the view now: each draws in its own turn.
    for (const id of [...Object.keys(firstColor), 'balance']) await chartDrawn(figure(page, id));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.locator(`#main canvas:not([data-drawn-in="${scheme}"])`).count()).toBe(0);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `reports-30-days-${scheme}.png`), animations: 'disabled' });
    }
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(app.pageErrors).toEqual([]);
  });

  it('draws the balance over time with the low-balance level, and says in words how long it lasts at last week’s pace', async () => {
    const { page } = app;
    await reportShown(page);
    const { activeId } = await app.value('profiles.list');
    await app.value('account.setLowBalance', { threshold: 10 });
    // A read a day for the last eight days, 5 spent each day, down to the sandbox's 25 read today:
    // 5 days left, 3 until the level of 10.
    const reads = Array.from({ length: 8 }, (_, index) => ({ profileId: activeId, at: new Date(Date.now() - (8 - index) * DAY_MS).toISOString(), balance: 65 - index * 5 }));
    await appendFile(join(app.home, 'balance-history.jsonl'), reads.map((read) => `${JSON.stringify(read)}\n`).join(''));
    await page.getByRole('button', { name: 'Refresh the report' }).click();
    const balance = page.getByRole('region', { name: 'Balance over time' });
    await balance.scrollIntoViewIfNeeded();
    await expect.poll(() => balance.textContent()).toContain("At last week's pace (5.00 a day), about 5 days left; under the low-balance level in 3 days.");
    await chartDrawn(figure(page, 'balance'));
    // The level is the chart's one vermilion line (the balance is drawn in the text's colour), and named in its legend.
    expect(await balance.getByRole('img').textContent()).toContain('Low-balance level');
    expect(await paintedIn(balance.getByRole('img'), 'var(--report-failed)')).toBeGreaterThan(100);
    await balance.screenshot({ path: join(SCREENSHOT_DIR, 'reports-balance-forecast-light.png'), animations: 'disabled' });
    await balance.getByRole('tab', { name: 'Table' }).click();
    expect(await balance.getByRole('row').count()).toBe(1 + 9);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('prints from the CLI the same table the screen shows for the same period', async () => {
    const { page, sandbox } = app;
    await reportShown(page);
    const screen = await tableOf(page, 'calls-per-day');
    const week = lastDays(7);
    const printed = (await reportCli(sandbox, ['--since', week[0]!, '--until', week.at(-1)!, '--by', 'day'])).trimEnd().split('\n');
    // The CLI's table: the screen's header in capitals, the same cells, then its Total row.
    const cells = printed.map((line) => line.trim().split(/\s{2,}/));
    expect(cells[0]).toEqual(screen[0]!.map((header) => header.toUpperCase()));
    expect(cells.slice(1, -1)).toEqual(screen.slice(1));
    expect(cells.at(-1)![0]).toBe('Total');
  });

  it('saves a table as CSV and a chart as a PNG image', async () => {
    const { page } = app;
    await reportShown(page);
    await tableOf(page, 'calls-by-phone');
    await figure(page, 'calls-by-phone').getByRole('button', { name: /^Export CSV/ }).click();
    await expectToast(page, 'Table exported');
    const csv = await readFile(app.dialogs.saved.at(-1)!, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^Phone,Group,Calls,Answered/);

    await figure(page, 'calls-per-day').getByRole('tab', { name: 'Chart' }).click();
    await figure(page, 'calls-per-day').getByRole('button', { name: /^Save image/ }).click();
    // The dialog names the path before main writes the file: the toast says it is written.
    await expectToast(page, 'Chart image saved');
    const images = app.dialogs.saved.filter((path) => path.endsWith('.png'));
    expect(images).toHaveLength(1);
    const png = await readFile(images[0]!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Drawn at twice the chart's size: wider than the window's 1280 px is not needed, narrower than the chart is wrong.
    expect(png.readUInt32BE(16)).toBeGreaterThan(600);
  });
});
