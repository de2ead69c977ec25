/**
 * `switchboard report calls` as scripts run it: the built CLI as its own process, on a data folder
 * of the test's own, against an emulated account reached through ITNIO_*, its figures checked
 * against the phone calls the emulator holds (its seeded six weeks), counted here on their own.
 *
 * Needs `npm run build` (npm test does it) for bin/switchboard.js.
 *
 * @module-tag processes: it spawns processes (see vitest.config.mts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../main/sandbox';
import type { Call } from '../../main/sandbox/state';
import { startAccount } from '../support/account';
import { requireBuiltCli, type Run, runSwitchboard } from '../support/cli-run';

const KEY = 'reportKey7';
const SECRET = 'report-cli-secret-4b1c';
const DAY_MS = 86_400_000;
/**
 * The operator's zone: its midnight falls inside the emulator's working hours (08:00–18:00 UTC), so
 * a day counted in UTC would differ, and it has no summer time to move a day's edge within the test.
 */
const ZONE = 'Pacific/Pago_Pago';
const ZONE_OFFSET_MS = -11 * 3_600_000;

let account: Sandbox;
let home: string;

// The account is only read: one for the file.
beforeAll(async () => {
  requireBuiltCli();
  account = await startAccount({ apiKey: KEY, apiSecret: SECRET });
});
afterAll(async () => {
  await account?.close();
});
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'sb-report-cli-'));
  account.requests.length = 0;
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

const switchboard = (args: string[]): Promise<Run> =>
  runSwitchboard(args, { home, env: { TZ: ZONE, ITNIO_API_KEY: KEY, ITNIO_API_SECRET: SECRET, ITNIO_BASE_URL: account.url, ITNIO_APP_ID: account.state.appId } });

/** The operator's calendar day of an instant. */
const dayOf = (at: number) => new Date(at + ZONE_OFFSET_MS).toISOString().slice(0, 10);
const daysAgo = (days: number) => dayOf(Date.now() - days * DAY_MS);

/** The emulator's phone calls of the days from `since` to today, as it made them. */
const callsSince = (since: string): Call[] => [...account.state.dialledCalls, ...account.state.calls].filter((call) => dayOf(call.at) >= since);

const OUTCOME = { answered: 'answered', 'no-answer': 'noAnswer', busy: 'busy', 'not-found': 'failed', unavailable: 'failed' } as const;

/** Each day's figures counted from the emulator's calls: what it made of them, not what its records or the report say. */
function expectedDays(since: string) {
  const days = new Map<string, { calls: number; answered: number; noAnswer: number; busy: number; failed: number; talkSeconds: number; spend: number }>();
  for (let at = Date.parse(since); new Date(at).toISOString().slice(0, 10) <= daysAgo(0); at += DAY_MS) {
    days.set(new Date(at).toISOString().slice(0, 10), { calls: 0, answered: 0, noAnswer: 0, busy: 0, failed: 0, talkSeconds: 0, spend: 0 });
  }
  for (const call of callsSince(since)) {
    const day = days.get(dayOf(call.at))!;
    const outcome = OUTCOME[call.course?.ending ?? 'answered'];
    day.calls++;
    day[outcome]++;
    if (outcome === 'answered') day.talkSeconds += call.course?.talkSeconds ?? 0;
    day.spend += call.cost;
  }
  return [...days];
}

describe('switchboard report calls', () => {
  it("--by day --json: a row per day whose figures are the account's calls of that day", async () => {
    const since = daysAgo(6);
    const run = await switchboard(['report', 'calls', '--since', since, '--by', 'day', '--json']);
    expect(run).toMatchObject({ code: 0 });
    const { value } = JSON.parse(run.stdout) as { value: { since: string; until: string; by: string; rows: Record<string, number | string | null>[]; totals: Record<string, number | null> } };
    expect(value).toMatchObject({ since, until: daysAgo(0), by: 'day' });

    const expected = expectedDays(since);
    expect(value.rows.map((row) => row.day)).toEqual(expected.map(([day]) => day));
    for (const [index, [day, figures]] of expected.entries()) {
      const row = value.rows[index]!;
      const { talkSeconds, spend, ...counts } = figures;
      expect({ day: row.day, calls: row.calls, answered: row.answered, noAnswer: row.noAnswer, busy: row.busy, failed: row.failed }).toEqual({ day, ...counts });
      expect(row.spend).toBeCloseTo(spend, 4);
      if (counts.answered === 0) expect(row.averageTalkSeconds).toBeNull();
      else expect(row.averageTalkSeconds).toBeCloseTo(talkSeconds / counts.answered, 2);
    }
    const calls = expected.reduce((sum, [, figures]) => sum + figures.calls, 0);
    expect(calls).toBeGreaterThan(100);
    expect(value.totals.calls).toBe(calls);
    expect(value.totals.spend).toBeCloseTo(
      expected.reduce((sum, [, figures]) => sum + figures.spend, 0),
      4,
    );
  });

  it('--by phone --csv: the header and one row per phone that made calls', async () => {
    const since = daysAgo(6);
    const run = await switchboard(['report', 'calls', '--since', since, '--by', 'phone', '--csv']);
    expect(run).toMatchObject({ code: 0 });
    const [header, ...rows] = run.stdout.trim().split('\n');
    expect(header).toBe('Phone,Group,Calls,Answered,No answer,Busy,Failed,Answer rate,Talk time,Spend');
    const phones = new Map<string, number>();
    for (const call of callsSince(since)) {
      const phone = account.state.phones.find((candidate) => candidate.account === call.account)!;
      phones.set(phone.phoneName, (phones.get(phone.phoneName) ?? 0) + 1);
    }
    expect(new Map(rows.map((row) => row.split(',')).map(([phone, , calls]) => [phone, Number(calls)]))).toEqual(phones);
    expect(rows).toHaveLength(phones.size);
  });

  it.each([
    ['a --since before the two months ITNIO keeps', ['--since', '2020-01-01'], /^error: --since: must be on or after \d{4}-\d{2}-\d{2}: ITNIO keeps call records for two months/],
    ['an --until before --since', ['--since', daysAgo(3), '--until', daysAgo(4)], /^error: --until: must not be before since/],
  ])('exits 2 for %s, naming it, and sends nothing', async (_, args, message) => {
    const run = await switchboard(['report', 'calls', ...args]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
    expect(account.requests).toEqual([]);
  });
});
