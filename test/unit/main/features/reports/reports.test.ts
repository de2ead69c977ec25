/**
 * reports.calls, reports.exportCsv and reports.saveChart against the sandbox over real HTTP: a
 * period read window by window (31 days at most) and page by page, both kinds of record, a call
 * read twice where windows meet counted once; what was read kept per profile and day, settled days
 * never read again, recent ones always; kept days answering an outage; and nothing sent for a day
 * ITNIO no longer keeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../../../contract/result';
import type { CallReport, ReportInput } from '../../../../../contract/schemas/reports';
import { createReportServices } from '../../../../../main/features/reports';
import { createItnioClient, type ItnioClient } from '../../../../../main/platform/itnio';
import { folderDialogs } from '../../../../../main/platform/files/dialogs';
import type { Kept, ReadCache } from '../../../../../main/platform/storage/read-cache';
import { ringNumber } from '../../../../../main/sandbox/state';
import { useAccount } from '../../../../support/account';
import { memoryLogger } from '../../../../support/memory-log';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KEY = 'reportKey1';
const SECRET = 'report-secret-never-logged';
const DAY = 86_400_000;
const OFFSET = 60;
const PHONE_PATH = '/voice/recordSipQuery';
const NUMBER_PATH = '/number/record/queryPage';

const sandbox = useAccount({ apiKey: KEY, apiSecret: SECRET }, { seed: false });

const clients: ItnioClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function memoryCache(): ReadCache & { kept: Map<string, Kept> } {
  const kept = new Map<string, Kept>();
  return {
    kept,
    get: async (profileId, key) => kept.get(`${profileId} ${key}`),
    put: async (profileId, key, value) => void kept.set(`${profileId} ${key}`, value),
    forget: async () => kept.clear(),
  };
}

/** The operator's day (at OFFSET) `days` before today. */
const daysAgo = (days: number): string => new Date(Date.now() + OFFSET * 60_000 - days * DAY).toISOString().slice(0, 10);
/** Noon of that day, epoch ms, plus `extraMs`. */
const noon = (days: number, extraMs = 0) => Date.parse(`${daysAgo(days)}T12:00:00Z`) - OFFSET * 60_000 + extraMs;

/** The services over one signed client to `baseUrl` (the sandbox unless said), as profile p1, reads kept in `cache`. */
function reportServices(options: { cache?: ReadCache; baseUrl?: string; answerKept?: boolean } = {}) {
  const baseUrl = options.baseUrl ?? sandbox.url;
  const { log, lines } = memoryLogger();
  const client = createItnioClient({ baseUrl, apiKey: KEY, apiSecret: SECRET, logger: log, retryDelaysMs: [] });
  clients.push(client);
  const target = { profileId: 'p1', baseUrl, appId: 'app-7f3c21', apiKey: KEY, apiSecret: SECRET };
  const dialogs = folderDialogs(join(tmpdir(), `switchboard-reports-${process.pid}-${Date.now()}`));
  const services = createReportServices({
    connections: { active: async () => ok({ target, client }) },
    cache: options.cache ?? memoryCache(),
    dialogs,
    log,
    answerKept: options.answerKept ?? true,
  });
  return {
    lines,
    dialogs,
    services,
    report: async (input: Partial<ReportInput> = {}) => services['reports.calls']({ since: daysAgo(6), until: daysAgo(2), utcOffsetMinutes: OFFSET, ...input }),
  };
}

const value = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
};

/** Two phones in two groups, and calls on them: the callee's last digit picks the ending (7 busy, 8 no answer). */
function seedCalls(calls: { daysAgo: number; account: string; callee: string; cost: number; extraMs?: number }[]) {
  sandbox.state.phones.push(
    { groupName: 'Sales', phoneName: 'desk-1', account: '80010001', password: 'pw-not-read', displayNum: '442079460000' },
    { groupName: 'Support', phoneName: 'help-1', account: '80010002', password: 'pw-not-read', displayNum: '442079460000' },
  );
  sandbox.state.cdrDelayMs = 0;
  calls.forEach((call, index) =>
    sandbox.state.calls.push({ recordingId: `rec-${index}`, callee: call.callee, account: call.account, displayNum: null, calledInfo: null, cost: call.cost, at: noon(call.daysAgo, call.extraMs ?? 0) }),
  );
}

const requestsTo = (path: string) => sandbox.requests.filter((request) => request.path === path);
const windowsAsked = (path: string) => [...new Set(requestsTo(path).map((request) => JSON.stringify((request.body as { params: unknown }).params)))].map((text) => JSON.parse(text) as { strTime: string; endTime: string });
const dayRow = (report: CallReport, day: string) => report.byDay.find((row) => row.day === day)!;

describe('reports.calls', () => {
  it('counts phone calls by day, outcome, group and phone, and the numbers’ calls with missed ones', async () => {
    seedCalls([
      { daysAgo: 5, account: '80010001', callee: '447700900111', cost: 0.05 },
      { daysAgo: 5, account: '80010001', callee: '447700900117', cost: 0.05 },
      { daysAgo: 5, account: '80010002', callee: '447700900118', cost: 0.05 },
      { daysAgo: 3, account: '80010002', callee: '447700900112', cost: 0.1 },
    ]);
    ringNumber(sandbox.state, { number: '442079460958', caller: '447700900301', at: noon(4) });
    ringNumber(sandbox.state, { number: '442079460958', caller: '447700900302', at: noon(4, 60_000), answeredSeconds: 42 });

    const report = value(await reportServices().report());
    expect(report.totals).toMatchObject({ calls: 4, answered: 2, busy: 1, noAnswer: 1, failed: 0, answerRate: 0.5 });
    expect(report.totals.spend).toBeCloseTo(0.25, 4);
    expect(report.byDay.map((row) => row.day)).toEqual([daysAgo(6), daysAgo(5), daysAgo(4), daysAgo(3), daysAgo(2)]);
    expect(dayRow(report, daysAgo(5))).toMatchObject({ calls: 3, answered: 1, busy: 1, noAnswer: 1 });
    expect(dayRow(report, daysAgo(2)).cumulativeSpend).toBeCloseTo(0.25, 4);
    expect(report.byGroup.map((row) => [row.group, row.calls])).toEqual([
      ['Sales', 2],
      ['Support', 2],
    ]);
    expect(report.byNumber).toEqual([expect.objectContaining({ number: '442079460958', incoming: 2, answered: 1, missed: 1 })]);

    const support = value(await reportServices().report({ group: 'Support' }));
    expect(support.totals.calls).toBe(2);
    expect(support.choices.groups).toEqual(['Sales', 'Support']);
  });

  it('reads a 45-day period as two windows of at most 31 days for each kind of record, and counts a call where they meet once', async () => {
    const since = daysAgo(46);
    // The windows run from `since`'s midnight; the second begins exactly 31 days later.
    const boundary = Date.parse(`${since}T00:00:00Z`) - OFFSET * 60_000 + 31 * DAY;
    seedCalls([{ daysAgo: 40, account: '80010001', callee: '447700900111', cost: 0.05 }]);
    sandbox.state.calls.push({ recordingId: 'rec-edge', callee: '447700900112', account: '80010001', displayNum: null, calledInfo: null, cost: 0.05, at: boundary });

    const report = value(await reportServices().report({ since, until: daysAgo(2) }));
    for (const path of [PHONE_PATH, NUMBER_PATH]) {
      const windows = windowsAsked(path);
      expect(windows).toHaveLength(2);
      expect(windows[0]!.strTime).toBe(`${since}T00:00:00+01:00`);
      expect(windows[0]!.endTime).toBe(windows[1]!.strTime);
      expect(windows[1]!.endTime).toBe(`${daysAgo(2)}T23:59:59+01:00`);
    }
    expect(report.totals.calls).toBe(2);
    expect(report.daysRead).toBe(45);
  });

  it('reads every page of a busy window', async () => {
    seedCalls(Array.from({ length: 230 }, (_, index) => ({ daysAgo: 3, account: '80010001', callee: `4477009${String(index).padStart(5, '0')}1`, cost: 0.01, extraMs: index * 1000 })));
    const report = value(await reportServices().report());
    expect(report.totals.calls).toBe(230);
    expect(requestsTo(PHONE_PATH).map((request) => (request.body as { current: number }).current).sort()).toEqual([1, 2, 3]);
  });

  it('keeps settled days and reads them from the disk next time; Refresh reads them again', async () => {
    seedCalls([{ daysAgo: 4, account: '80010001', callee: '447700900111', cost: 0.05 }]);
    const cache = memoryCache();
    const first = value(await reportServices({ cache }).report());
    expect(first).toMatchObject({ daysRead: 5, daysKept: 0 });
    const asked = sandbox.requests.length;

    const again = value(await reportServices({ cache }).report());
    expect(again).toMatchObject({ daysRead: 0, daysKept: 5, fetchedAt: first.fetchedAt });
    expect(again.totals).toEqual(first.totals);
    expect(sandbox.requests.length).toBe(asked);

    const refreshed = value(await reportServices({ cache }).report({ refresh: true }));
    expect(refreshed).toMatchObject({ daysRead: 5, daysKept: 0 });
    expect(sandbox.requests.length).toBeGreaterThan(asked);
  });

  it('reads today again every time: its calls are still being filed', async () => {
    const cache = memoryCache();
    value(await reportServices({ cache }).report({ since: daysAgo(3), until: daysAgo(0) }));
    const asked = requestsTo(PHONE_PATH).length;
    const again = value(await reportServices({ cache }).report({ since: daysAgo(3), until: daysAgo(0) }));
    // Today (and yesterday, until two hours into today) is read again; the days before come from the disk.
    expect(again.daysRead).toBeGreaterThanOrEqual(1);
    expect(again.daysKept).toBeGreaterThanOrEqual(2);
    const second = windowsAsked(PHONE_PATH).at(-1)!;
    expect(second.endTime).toBe(`${daysAgo(0)}T23:59:59+01:00`);
    expect(requestsTo(PHONE_PATH).length).toBe(asked + 1);
  });

  it('answers the kept days with the outage as stale when ITNIO cannot be reached, and the outage itself when a day was never read', async () => {
    seedCalls([{ daysAgo: 4, account: '80010001', callee: '447700900111', cost: 0.05 }]);
    const cache = memoryCache();
    const first = value(await reportServices({ cache }).report());
    const unreachable = 'http://127.0.0.1:9';

    const kept = value(await reportServices({ cache, baseUrl: unreachable }).report({ refresh: true }));
    expect(kept.stale?.kind).toBe('network');
    expect(kept.totals).toEqual(first.totals);
    expect(kept.fetchedAt).toBe(first.fetchedAt);

    const script = await reportServices({ cache, baseUrl: unreachable, answerKept: false }).report({ refresh: true });
    expect(script.ok ? 'ok' : script.error.kind).toBe('network');

    const wider = await reportServices({ cache, baseUrl: unreachable }).report({ since: daysAgo(8) });
    expect(wider.ok ? 'ok' : wider.error.kind).toBe('network');
  });

  it('refuses a day ITNIO no longer keeps, or one that has not begun, and sends nothing', async () => {
    const tooOld = await reportServices().report({ since: daysAgo(70) });
    expect(tooOld.ok ? undefined : tooOld.error).toMatchObject({ kind: 'invalid-input', field: 'since' });
    const future = await reportServices().report({ until: daysAgo(-2) });
    expect(future.ok ? undefined : future.error).toMatchObject({ kind: 'invalid-input', field: 'until' });
    expect(sandbox.requests).toHaveLength(0);
  });
});

describe('reports.exportCsv and reports.saveChart', () => {
  it('saves the chosen table as CSV, the same rows the report counts', async () => {
    seedCalls([{ daysAgo: 5, account: '80010001', callee: '447700900111', cost: 0.05 }]);
    const { services, dialogs } = reportServices();
    const saved = value(await services['reports.exportCsv']({ report: { since: daysAgo(6), until: daysAgo(2), utcOffsetMinutes: OFFSET }, table: 'phone' }));
    expect(saved.saved).toBe(true);
    const text = await readFile(dialogs.saved[0]!, 'utf8');
    const [header, ...rows] = text.trim().split('\n');
    expect(header).toMatch(/^Phone,Group,Calls/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^desk-1,Sales,1,1,/);
  });

  it('saves a PNG and refuses anything else, saving nothing', async () => {
    const { services, dialogs } = reportServices();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const saved = value(await services['reports.saveChart']({ chart: 'calls per day', bytes: new Uint8Array(png) }));
    expect(saved.saved && saved.path).toMatch(/switchboard-calls-per-day-\d{4}-\d{2}-\d{2}\.png$/);
    expect(await readFile(dialogs.saved[0]!)).toEqual(png);

    const refused = await services['reports.saveChart']({ chart: 'calls per day', bytes: new TextEncoder().encode('<svg onload="x"/>') });
    expect(refused.ok ? undefined : refused.error).toMatchObject({ kind: 'invalid-input', field: 'bytes' });
    expect(dialogs.saved).toHaveLength(1);
  });
});
