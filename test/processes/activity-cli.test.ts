/**
 * `switchboard activity` as scripts run it: the built binary, a process per run, on a fresh data
 * folder whose first-run Sandbox profile starts the embedded emulator (its seeded six weeks of
 * number calls), or on a hostile vendor named by the ITNIO_* variables.
 *
 * Needs `npm run build` (npm test does it) for bin/switchboard.js.
 *
 * @module-tag processes: it spawns processes (see vitest.config.mts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityList } from '../../contract/schemas/activity';
import { json, page, startHostileVendor, success, type HostileVendor } from '../support/hostile-vendor';
import { requireBuiltCli, type Run, runSwitchboard } from '../support/cli-run';

const PATH = '/number/record/queryPage';

let home: string;
let vendor: HostileVendor;

beforeAll(async () => {
  requireBuiltCli();
  vendor = await startHostileVendor();
});
afterAll(async () => {
  await vendor?.close();
});
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'sb-activity-'));
});
afterEach(() => {
  vendor.reset();
  rmSync(home, { recursive: true, force: true });
});

const switchboard = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> => runSwitchboard(args, { home, env });

const vendorEnv = (): NodeJS.ProcessEnv => ({ ITNIO_API_KEY: 'activityKey9', ITNIO_API_SECRET: 'activity-cli-secret', ITNIO_BASE_URL: vendor.url, ITNIO_APP_ID: 'app-1' });

describe('switchboard activity on the Sandbox profile', () => {
  it('--missed --json prints the last week’s missed incoming calls, newest first', async () => {
    const run = await switchboard(['--json', 'activity', '--missed']);
    expect(run).toMatchObject({ code: 0 });
    const answer = JSON.parse(run.stdout) as { ok: true; value: ActivityList };
    const { records, since, until } = answer.value;
    expect(Date.parse(until) - Date.parse(since)).toBe(7 * 86_400_000);
    expect(records.length).toBeGreaterThanOrEqual(2);
    for (const record of records) expect(record).toMatchObject({ number: '442079460958', direction: 'incoming', missed: true, answered: false, hasRecording: false });
    const starts = records.map((record) => Date.parse(record.startTime));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('--number takes a number written any common way, and --csv prints every column', async () => {
    const run = await switchboard(['activity', '--number', '+1 202-555-0143', '--csv']);
    expect(run).toMatchObject({ code: 0 });
    const [header, ...rows] = run.stdout.trim().split('\n');
    expect(header).toBe('Start,End,Number,Direction,Caller,Called,Country,Answered,Missed,Talk time (s),Charged time (s),Cost,SIP code,Hangup reason,Recording,Call ID');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(',')[2]).toBe('12025550143');
  });

  it.each([
    ['a --since that is not a date', ['--since', '2026-13-01'], /--since: must be a date such as/],
    ['a --number that is not a number', ['--number', 'reception'], /--number: /],
  ])('exits 2 for %s, naming the flag', async (_, args, message) => {
    const run = await switchboard(['activity', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('switchboard activity on an account named by ITNIO_*', () => {
  it('exits 2 for a --since before the two months ITNIO keeps, naming it, and sends nothing', async () => {
    const run = await switchboard(['activity', '--since', '2020-01-01'], vendorEnv());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--since: must be on or after \d{4}-\d{2}-\d{2}: ITNIO keeps number call records for two months/);
    expect(vendor.requests(PATH)).toBe(0);
  });

  it("--csv escapes the vendor's formulas and shows its control characters", async () => {
    const record = { callid: 'ncr1', number: '442079460958', caller: '=HYPERLINK("http://evil.example")', called: '442079460958', callSource: 2, callDuration: 0, startTime: String(Math.floor(Date.now() / 1000) - 3600), sipCode: '487', hangupReason: 'gone\u001b[2J', pay: 0 };
    vendor.on(PATH, json(success(page([record]))));
    const run = await switchboard(['activity', '--csv'], vendorEnv());
    expect(run).toMatchObject({ code: 0 });
    const row = run.stdout.trim().split('\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(row).toContain('gone\u241b[2J');
    expect(run.stdout).not.toContain('\u001b');
  });

  it('exits 4 when the answer is misshapen', async () => {
    vendor.on(PATH, json(success(page([{ callid: 'ncr1', callSource: 2, startTime: 'last tuesday' }]))));
    const run = await switchboard(['activity'], vendorEnv());
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^error: /m);
  });
});
