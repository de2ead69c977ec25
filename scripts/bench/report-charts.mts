/**
 * The built Reports screen in Chromium on a busy account: the embedded sandbox's phone history
 * replaced by `phoneCalls` calls of 40 phones in 8 groups over the last 30 days, its numbers' by
 * `numberCalls`. From the Dialer: Ctrl+3 (7 days), then 30 days, 7 days, 30 days, a phone group
 * on and off, the by-phone figure as its table and back, each until every figure's chart (or the
 * table) is drawn. Every long task of the renderer (PerformanceObserver 'longtask', buffered) and
 * every bridge call is timed on the page; the issue bounds the renderer at 50 ms a task. The
 * baseline is the same page and the same steps on an account of `baselineCalls` calls over the
 * same 30 days, in the same browser and run. A thousand give every day, phone and group bars of
 * each outcome, as 50 000 do, so the two draw the same and differ in their records alone (a
 * few dozen leave bars empty, which draw nothing and flatter the baseline).
 *
 * Main's side, timed from Node once the page is done: the 30 days cold (every day read again from
 * the sandbox, which answers in this very process), warm (kept days from disk, today read again)
 * and the 29 days before today (disk and counting only), each against aggregateReport alone
 * (report-aggregate.mts) in the same process.
 */
import type { Page } from 'playwright-core';
import type { SandboxState } from '../../main/sandbox';
import { roundMoney } from '../../main/sandbox/rules';
import { seededRandom } from '../../main/sandbox/seed-calls';
import { addPhoneBatch, passwordFrom, rateFor, recordingToken, type Call, type CallCourse, type NumberCall } from '../../main/sandbox/state';
import { openApp, type App } from '../../test/e2e/harness';
import { longTaskLines, throttle, type PageEntry, type Run } from './page-recorder.mts';
import { reportAggregate } from './report-aggregate.mts';
import { now, percentile, type Figure, type Report } from './stats.mts';

const PERIOD_DAYS = 30;
/** The issue's bound for one task of the renderer. */
const LONG_TASK_BOUND_MS = 50;
const GROUPS = ['Group A', 'Group B', 'Group C', 'Group D', 'Group E', 'Group F', 'Group G', 'Group H'];
const PHONES_PER_GROUP = 5;
/** The call figures (the balance one draws the app's own balance reads, the same in both accounts). */
const FIGURES = ['calls-per-day', 'answer-rate', 'spend-per-day', 'calls-by-group', 'calls-by-phone', 'inbound-per-number'];
/** What follows a step's redraw before the next step: trailing work (a resize, a second render) lands in the step. */
const SETTLE_MS = 300;
/** A cold read of 50 000 records pages through the sandbox for a while. */
const READ_TIMEOUT_MS = 300_000;

// Page-side shapes (the Node tsconfig has no DOM library).
interface BridgeCall {
  method: string;
  start: number;
  end: number;
}
interface PageBench {
  longTasks: PageEntry[];
  bridge: BridgeCall[];
}
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  childElementCount: number;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): { length: number };
}
declare const window: { __reportBench: PageBench; switchboard: Record<string, Record<string, (input?: unknown) => Promise<unknown>>>; top: unknown };
declare const document: { querySelector(selector: string): PageElement | null };
declare const PerformanceObserver: new (callback: (list: { getEntries(): PageEntry[] }) => void) => { observe(options: { type: string; buffered: boolean }): void };
declare const performance: { now(): number };
declare function requestAnimationFrame(callback: () => void): void;
declare function setTimeout(callback: () => void, ms: number): void;

/**
 * Runs in the page before its own scripts, after the harness's bridge: keeps every long task
 * (those before it too) and times every bridge call, in the page's clock.
 */
function instrumentPage(): void {
  if (window.top !== window) return;
  const bench: PageBench = { longTasks: [], bridge: [] };
  window.__reportBench = bench;
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) bench.longTasks.push({ startTime, duration });
  }).observe({ type: 'longtask', buffered: true });
  for (const [feature, verbs] of Object.entries(window.switchboard)) {
    if (feature === 'events') continue;
    for (const [verb, call] of Object.entries(verbs)) {
      verbs[verb] = async (input?: unknown) => {
        const timed: BridgeCall = { method: `${feature}.${verb}`, start: performance.now(), end: Number.NaN };
        bench.bridge.push(timed);
        try {
          return await call(input);
        } finally {
          timed.end = performance.now();
        }
      };
    }
  }
}

/** What a step waits for: a new report under every figure, or the by-phone figure's table or chart. */
type Ready = { replacing: string } | { view: 'table' | 'chart' };

/** The page's clock at the first frame at which `ready` holds; false until then (page side). */
function drawnAt({ ready, figures }: { ready: Ready; figures: string[] }): number | false {
  const figure = (id: string) => document.querySelector(`[data-testid="figure-${id}"]`);
  // A chart is drawn once each of its canvases says it shows the figure's period (CanvasChart's data-drawn-for).
  const chartDrawn = (image: PageElement | null, period: string | null | undefined) => {
    const canvases = image?.querySelectorAll('canvas').length ?? 0;
    return canvases > 0 && (image?.querySelectorAll(`canvas[data-drawn-for="${period}"]`).length ?? 0) === canvases;
  };
  if ('view' in ready) {
    const byPhone = figure('calls-by-phone');
    const drawn = ready.view === 'table' ? byPhone?.querySelector('table') != null : chartDrawn(byPhone?.querySelector('[role="img"]') ?? null, byPhone?.getAttribute('data-period'));
    return drawn ? performance.now() : false;
  }
  if (document.querySelector('button[aria-label="Refresh the report"]')?.hasAttribute('data-loading') !== false) return false;
  // Each figure takes a new report in a turn of its own and says its period and filters: the
  // report is drawn once every figure says the same, new, period. A figure with nothing to draw
  // has no image; one away from the view draws nothing (its image is empty) until it is near.
  const periods = figures.map((id) => figure(id)?.getAttribute('data-period'));
  if (periods.some((period) => period == null || period !== periods[0]) || periods[0] === ready.replacing) return false;
  for (const id of figures) {
    const image = figure(id)?.querySelector('[role="img"]') ?? null;
    if (image && image.childElementCount > 0 && !chartDrawn(image, periods[0])) return false;
  }
  return performance.now();
}

/** The period the first figure says it shows, '' before the screen shows one. */
const firstSummary = (page: Page): Promise<string> =>
  page.evaluate((id) => document.querySelector(`[data-testid="figure-${id}"]`)?.getAttribute('data-period') ?? '', FIGURES[0]!);

interface Step {
  name: string;
  /** Page clock: the action began, its figures were drawn, the step settled. */
  start: number;
  drawn: number;
  end: number;
}

async function step(page: Page, name: string, ready: 'report' | 'table' | 'chart', action: () => Promise<void>): Promise<Step> {
  const wanted: Ready = ready === 'report' ? { replacing: await firstSummary(page) } : { view: ready };
  const start = await page.evaluate(() => performance.now());
  await action();
  const drawn = await page
    .waitForFunction(drawnAt, { ready: wanted, figures: FIGURES }, { polling: 'raf', timeout: READ_TIMEOUT_MS })
    .then(async (handle) => (await handle.jsonValue()) as number)
    .catch(async (error: unknown) => {
      const shown = await page.evaluate(() => document.querySelector('main')?.textContent?.slice(0, 600) ?? '(no main)').catch(() => '(the page is gone)');
      throw new Error(`${name}: the figures were never drawn; the screen shows: ${shown}`, { cause: error });
    });
  const end = await page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))), ms);
      }),
    SETTLE_MS,
  );
  return { name, start, drawn, end };
}

/** The first moment of the Reports screen's "30 days": local midnight 29 days before today, as the renderer counts. */
function periodStart(at: Date): number {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() - (PERIOD_DAYS - 1)).getTime();
}

const localDay = (at: Date): string => `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/** Most calls are answered; the rest ring out, meet a busy line or fail, as in the seeded history. */
function courseOf(random: () => number): CallCourse {
  const roll = random();
  if (roll < 0.72) return { ending: 'answered', ringSeconds: 3 + Math.floor(random() * 15), talkSeconds: 20 + Math.floor(880 * random() ** 2) };
  if (roll < 0.86) return { ending: 'no-answer', ringSeconds: 30, talkSeconds: 0 };
  if (roll < 0.95) return { ending: 'busy', ringSeconds: 0, talkSeconds: 0 };
  return { ending: roll < 0.98 ? 'not-found' : 'unavailable', ringSeconds: 0, talkSeconds: 0 };
}

/**
 * The sandbox's account as a busy one: 40 more phones in 8 groups (added as sipAdd adds them), and
 * its phone and number histories replaced by `phoneCalls` and `numberCalls` calls spread over the
 * 30 days up to an hour ago (the seeded history's quiet hour), the same for the same sizes.
 */
function fillAccount(state: SandboxState, size: { phoneCalls: number; numberCalls: number }): void {
  const random = seededRandom(0x2e9028);
  const phones = GROUPS.flatMap((groupName) =>
    addPhoneBatch(state.phones, { groupName, phoneName: groupName.toLowerCase().replace(' ', '-'), quantity: PHONES_PER_GROUP, displayNum: '447700900123' }, () => passwordFrom(random)),
  );
  state.limits.phones = Math.max(state.limits.phones, state.phones.length + 50);
  const from = periodStart(new Date());
  const span = Date.now() - 3_600_000 - from;
  const at = () => from + Math.floor(random() * span);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // Whom the phones call: Ofcom's drama range, as the seeded history's Front Office.
  const callee = () => `4477009006${String(Math.floor(random() * 100)).padStart(2, '0')}`;

  state.calls = [];
  state.dialledCalls = Array.from({ length: size.phoneCalls }, (_, index): Call => {
    const course = courseOf(random);
    const to = callee();
    const cost = course.ending === 'answered' ? roundMoney((rateFor(state.rates, to)?.perCall ?? 0) * Math.ceil(course.talkSeconds / 60)) : 0;
    return { recordingId: `rec-${index.toString(16).padStart(20, '0')}`, callee: to, account: pick(phones).account, displayNum: null, calledInfo: null, cost, at: at(), course };
  }).sort((a, b) => a.at - b.at);

  const numbers = state.numbers.map((number) => number.number);
  state.numberCalls = Array.from({ length: size.numberCalls }, (): NumberCall => {
    const number = pick(numbers);
    const other = callee();
    const incoming = random() < 0.7;
    const answered = random() < 0.8;
    const duration = answered ? 20 + Math.floor(random() * 580) : 0;
    const pay = answered ? roundMoney((rateFor(state.rates, incoming ? number : other)?.perCall ?? 0) * Math.ceil(duration / 60)) : 0;
    return {
      callId: '',
      number,
      direction: incoming ? 'incoming' : 'outgoing',
      caller: incoming ? other : number,
      called: incoming ? number : other,
      at: at(),
      ringSeconds: answered ? 6 : 25,
      duration,
      sipCode: answered ? '200' : '487',
      hangupReason: answered ? 'Normal call clearing' : 'Request terminated',
      pay,
      recordingToken: answered ? recordingToken() : null,
    };
  })
    .sort((a, b) => a.at - b.at)
    .map((call, index) => ({ ...call, callId: `ncr${String(index + 1).padStart(8, '0')}` }));
}

/** Chooses a period on the Reports screen's segmented control. */
const choosePeriod = (page: Page, label: string) => page.getByRole('radiogroup', { name: 'Period' }).getByText(label, { exact: true }).click();

/** What happened in one step: its times, main's answers and the renderer's long tasks. */
interface StepFigures {
  name: string;
  /** Action to every figure drawn, ms. */
  drawnMs: number;
  /** The reports.calls bridge call of the step, start to answer, ms (undefined for a step that reads nothing). */
  mainMs: number | undefined;
  /** Main's answer to every figure drawn, ms. */
  afterAnswerMs: number | undefined;
  longTasks: PageEntry[];
  /** Of those, the ones over before main's answer arrived (e.g. the screen's code compiled while main read). */
  whileWaiting: PageEntry[];
}

interface Session {
  label: string;
  steps: StepFigures[];
  /** Every long task from Ctrl+3 to the last step's end. */
  longTasks: PageEntry[];
  ms: number;
  group: string;
  /** The 30 days' answer as main sends it (JSON): rows, not records. */
  answerBytes: number;
}

/** From the Dialer: Reports, then each period and filter, each step to its redraw; then the page's record. */
async function drive(app: App, label: string): Promise<Session> {
  const { page } = app;
  const steps: Step[] = [];
  const started = now();
  steps.push(await step(page, 'Ctrl+3: Reports, 7 days', 'report', () => page.keyboard.press('Control+3')));
  steps.push(await step(page, '30 days (23 more days read)', 'report', () => choosePeriod(page, '30 days')));
  steps.push(await step(page, '7 days', 'report', () => choosePeriod(page, '7 days')));
  steps.push(await step(page, '30 days', 'report', () => choosePeriod(page, '30 days')));
  const groups = page.getByLabel('Phone group', { exact: true });
  // The first group the filter offers after "all".
  const group = (await groups.locator('option').nth(1).getAttribute('value')) ?? '';
  steps.push(await step(page, `group ${group}`, 'report', async () => void (await groups.selectOption(group))));
  steps.push(await step(page, 'all groups', 'report', async () => void (await groups.selectOption(''))));
  const byPhone = page.getByTestId('figure-calls-by-phone');
  steps.push(await step(page, 'by phone as table', 'table', () => byPhone.getByRole('tab', { name: 'Table' }).click()));
  steps.push(await step(page, 'by phone as chart', 'chart', () => byPhone.getByRole('tab', { name: 'Chart' }).click()));
  const ms = now() - started;

  const bench = await page.evaluate(() => window.__reportBench);
  const today = new Date();
  const answer = await app.value('reports.calls', { since: localDay(new Date(periodStart(today))), until: localDay(today) });
  const first = steps[0]!.start;
  const last = steps.at(-1)!.end;
  const within = (from: number, to: number) => bench.longTasks.filter((task) => task.startTime >= from && task.startTime < to);
  return {
    label,
    group,
    ms,
    answerBytes: JSON.stringify(answer).length,
    longTasks: within(first, last),
    steps: steps.map((done) => {
      const read = bench.bridge.filter((call) => call.method === 'reports.calls' && call.start >= done.start && call.start < done.end).at(-1);
      const longTasks = within(done.start, done.end);
      return {
        name: done.name,
        drawnMs: done.drawn - done.start,
        mainMs: read ? read.end - read.start : undefined,
        afterAnswerMs: read ? done.drawn - read.end : undefined,
        longTasks,
        // The task that delivers the answer also renders it (the store's update is synchronous): only a task over before it counts as waiting.
        whileWaiting: read ? longTasks.filter((task) => task.startTime + task.duration <= read.end) : [],
      };
    }),
  };
}

const runOf = (tasks: PageEntry[], ms: number): Run => ({ longTasks: tasks, frames: [], maxRows: 0, ms });
const longest = (tasks: PageEntry[]): number => Math.max(0, ...tasks.map((task) => task.duration));
const total = (tasks: PageEntry[]): number => tasks.reduce((sum, task) => sum + task.duration, 0);
const median = (values: number[]): number => percentile(values, 50);
const ms = (value: number | undefined): string => (value === undefined ? '–' : `${value.toFixed(0)} ms`);
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const tasksText = (tasks: PageEntry[]): string => (tasks.length === 0 ? 'none' : tasks.map((task) => task.duration.toFixed(0)).join(', ') + ' ms');

/** One line per step: the subject's and the baseline's times and long tasks side by side. */
function stepLines(subject: Session, baseline: Session): string[] {
  return subject.steps.map((mine, index) => {
    const theirs = baseline.steps[index]!;
    const waiting = mine.whileWaiting.length > 0 ? ` (${mine.whileWaiting.length} while main worked)` : '';
    return `  ${mine.name.padEnd(28)} drawn ${ms(mine.drawnMs).padStart(8)} vs ${ms(theirs.drawnMs).padStart(7)}; main ${ms(mine.mainMs).padStart(8)} vs ${ms(theirs.mainMs).padStart(6)}; answer→drawn ${ms(mine.afterAnswerMs).padStart(6)} vs ${ms(theirs.afterAnswerMs).padStart(6)}; long tasks ${tasksText(mine.longTasks)}${waiting} vs ${tasksText(theirs.longTasks)}`;
  });
}

/** The ratio line of the longest tasks, said in words when the baseline had none. */
function longestLine(subject: Session, baseline: Session): string {
  const [mine, theirs] = [longest(subject.longTasks), longest(baseline.longTasks)];
  const ratio = theirs > 0 ? `${(mine / theirs).toFixed(2)}×` : mine > 0 ? 'n/a (the baseline had none)' : '1.00× (neither had any)';
  const verdict = mine > LONG_TASK_BOUND_MS ? `OVER the ${LONG_TASK_BOUND_MS} ms bound` : `within the ${LONG_TASK_BOUND_MS} ms bound`;
  return `longest long task: ${subject.label} ${mine.toFixed(0)} ms (${verdict}), ${baseline.label} ${theirs.toFixed(0)} ms; ratio: ${ratio}`;
}

/** The steps answered from kept days (today read again): what a change of period or group costs. */
const switches = (session: Session) => session.steps.slice(2, 6);

/** One of main's answers timed from Node: how long, what it counted, how many pages it asked the sandbox for. */
interface MainAnswer {
  ms: number;
  calls: number;
  daysRead: number;
  daysKept: number;
  pages: number;
}

/**
 * Main's answer from Node, after the page is done: the 30 days cold (every day read from the
 * sandbox again, which answers in this very process), warm (kept days from disk, today read
 * again), and the 29 days before today alone (settled and kept: disk and counting, no request).
 */
async function mainAnswers(app: App, runs: number, phoneCalls: number): Promise<{ cold: MainAnswer; warm: MainAnswer; kept: MainAnswer }> {
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  const since = localDay(new Date(periodStart(today)));
  const timed = async (input: { since: string; until: string; refresh?: boolean }): Promise<MainAnswer> => {
    const requests = app.sandbox.requests.length;
    const start = now();
    const report = await app.value('reports.calls', input);
    const ms = now() - start;
    return { ms, calls: report.totals.calls, daysRead: report.daysRead, daysKept: report.daysKept, pages: app.sandbox.requests.length - requests };
  };
  const medianOf = async (input: { since: string; until: string }): Promise<MainAnswer> => {
    const answers: MainAnswer[] = [];
    for (let run = 0; run < runs; run++) answers.push(await timed(input));
    return { ...answers[0]!, ms: median(answers.map((answer) => answer.ms)) };
  };
  const cold = await timed({ since, until: localDay(today), refresh: true });
  if (cold.calls !== phoneCalls) throw new Error(`the report benchmark's 30 days counted ${cold.calls} calls, not ${phoneCalls}`);
  return { cold, warm: await medianOf({ since, until: localDay(today) }), kept: await medianOf({ since, until: localDay(yesterday) }) };
}

/** `throttle`: the page's CPU slowed that many times (Chromium's emulation), as on a slower workstation; main is not. */
export async function reportCharts(options: { phoneCalls: number; numberCalls: number; baselineCalls: number; aggregateRounds: number; throttle: number }): Promise<Report> {
  // Number calls in the same proportion, and at least a few incoming ones each week: the same figures draw.
  const baselineSize = { phoneCalls: options.baselineCalls, numberCalls: Math.max(30, Math.round((options.baselineCalls * options.numberCalls) / options.phoneCalls)) };
  const app = await openApp({ colorScheme: 'light' });
  try {
    await app.context.addInitScript(instrumentPage);
    // A first visit of the screen, not kept: Chromium compiles the Reports chunk (Chart.js) here,
    // so neither measured visit pays for it alone.
    await app.reset();
    await throttle(app.page, options.throttle);
    fillAccount(app.sandbox.state, baselineSize);
    const warmUp = await step(app.page, 'warm-up', 'report', () => app.page.keyboard.press('Control+3'));
    const firstVisit = (await app.page.evaluate(() => window.__reportBench.longTasks)).filter((task) => task.startTime >= warmUp.start && task.startTime < warmUp.end);

    const session = async (label: string, size: { phoneCalls: number; numberCalls: number }) => {
      await app.reset();
      await throttle(app.page, options.throttle);
      fillAccount(app.sandbox.state, size);
      return drive(app, label);
    };
    const subjectLabel = `${options.phoneCalls.toLocaleString('en')} calls`;
    const subject = await session(subjectLabel, { phoneCalls: options.phoneCalls, numberCalls: options.numberCalls });
    const main = await mainAnswers(app, 3, options.phoneCalls);
    const baseline = await session(`${options.baselineCalls.toLocaleString('en')} calls`, baselineSize);
    const aggregate = await reportAggregate(options.aggregateRounds);

    const switched = { subject: switches(subject), baseline: switches(baseline) };
    const mainFigure = (name: string, measured: number): Figure => ({
      name,
      subject: 'reports.calls through the router',
      baseline: `aggregateReport alone (${aggregate.name})`,
      subjectValue: measured,
      baselineValue: aggregate.subjectValue,
      unit: 'ms',
    });
    const figures: Figure[] = [
      {
        name: `redraw after a change of period or group, median of ${switched.subject.length} (change → every chart drawn)`,
        subject: subjectLabel,
        baseline: baseline.label,
        subjectValue: median(switched.subject.map((done) => done.drawnMs)),
        baselineValue: median(switched.baseline.map((done) => done.drawnMs)),
        unit: 'ms',
      },
      {
        name: "the renderer's part of it: main's answer → every chart drawn, median",
        subject: subjectLabel,
        baseline: baseline.label,
        subjectValue: median(switched.subject.map((done) => done.afterAnswerMs ?? Number.NaN)),
        baselineValue: median(switched.baseline.map((done) => done.afterAnswerMs ?? Number.NaN)),
        unit: 'ms',
      },
      {
        name: "main's answer to the page (bridge call, page clock), median",
        subject: subjectLabel,
        baseline: baseline.label,
        subjectValue: median(switched.subject.map((done) => done.mainMs ?? Number.NaN)),
        baselineValue: median(switched.baseline.map((done) => done.mainMs ?? Number.NaN)),
        unit: 'ms',
      },
      mainFigure(`main's answer, 29 days before today (${main.kept.calls.toLocaleString('en')} calls, ${main.kept.daysKept} days kept on disk, ${main.kept.pages} sandbox pages), median of 3`, main.kept.ms),
      mainFigure(`main's answer, 30 days warm (${main.warm.daysKept} days kept, ${main.warm.daysRead} read again in ${main.warm.pages} sandbox pages), median of 3`, main.warm.ms),
      mainFigure(`main's answer, 30 days cold (${main.cold.daysRead} days read again in ${main.cold.pages} pages from the sandbox, which runs in this process)`, main.cold.ms),
    ];
    const phones = GROUPS.length * PHONES_PER_GROUP;
    return {
      lines: [
        `Report charts: ${subjectLabel} + ${options.numberCalls.toLocaleString('en')} number calls over ${PERIOD_DAYS} days, ${phones} phones in ${GROUPS.length} groups, against ${baseline.label} + ${baselineSize.numberCalls.toLocaleString('en')} number calls over the same days${options.throttle === 1 ? '' : `; the page's CPU ${options.throttle}× slowed`}`,
        `  the first visit after start (not in the figures below: the Reports chunk is compiled and run): long tasks ${tasksText(firstVisit)}`,
        `  main's answer for the 30 days: ${kib(subject.answerBytes)} of JSON vs ${kib(baseline.answerBytes)}` + ' (the same rows to draw: the records stay in main)',
        `  each step until every figure is drawn (${subject.label} vs ${baseline.label}; group: ${subject.group} vs ${baseline.group}):`,
        ...stepLines(subject, baseline),
        ...longTaskLines('long tasks from Ctrl+3 to the last redraw', { label: subject.label, run: runOf(subject.longTasks, subject.ms) }, { label: baseline.label, run: runOf(baseline.longTasks, baseline.ms) }),
        ...longTaskLines(
          'long tasks while switching (30 days → 7 days → 30 days, a group on and off)',
          { label: subject.label, run: runOf(switched.subject.flatMap((done) => done.longTasks), 0) },
          { label: baseline.label, run: runOf(switched.baseline.flatMap((done) => done.longTasks), 0) },
        ),
        longestLine(subject, baseline),
      ],
      figures,
      details: {
        options,
        firstVisit,
        subject,
        baseline,
        main,
        aggregate,
        longTaskMs: { subject: total(subject.longTasks), baseline: total(baseline.longTasks) },
        figures,
      },
    };
  } finally {
    await app.close();
  }
}
