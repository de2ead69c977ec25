/** `switchboard history`: the calls placed and refused, with the call records the app kept in the history it shares. */
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_FILE } from '../../../../main/features/calls/history-store';
import { environmentOf } from '../../../support/account';
import { openTestApp } from '../../../support/app';
import { cliHarness } from './cli-harness';

const KEY = 'cliHistoryKey';
const SECRET = 'cli-history-secret-never-printed';
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-cli-history-', credentials: 'environment', freshEachTest: ['sandbox', 'home'] });
const { cli } = harness;

beforeEach(() => {
  // ITNIO files a call's record seconds after the call; the sandbox at once, for these tests.
  harness.sandbox.state.cdrDelayMs = 0;
});

/** The app, open on the same data folder, checking outcomes as its history screen does. */
async function appChecksOutcomes() {
  const app = await openTestApp({ home: harness.home, environment: environmentOf(harness.sandbox) });
  try {
    return await app.call('calls.checkOutcomes', { all: true });
  } finally {
    await app.close();
  }
}

describe('switchboard history', () => {
  it('lists the history as text, JSON or CSV, newest first', async () => {
    expect((await cli(['history'])).stdout).toBe('no calls in the history');
    await cli(['call', '442079460958', '--account', '80010001']);
    harness.sandbox.state.balance = 0;
    await cli(['call', '12025550143', '--account', '80010004']);
    const recordingId = harness.sandbox.state.calls.at(-1)!.recordingId;

    const text = (await cli(['history'])).stdout.split('\n');
    expect(text).toHaveLength(1 + 2);
    expect(text[0]).toMatch(/^TIME {2,}PROFILE {2,}CALLEE {2,}COUNTRY {2,}FROM {2,}RESULT$/);
    expect(text[1]).toMatch(/ {2}12025550143 {2,}US {2,}80010004 {2,}Refused \(-10\): The account balance is too low/);
    expect(text[2]).toMatch(new RegExp(` {2}442079460958 {2,}GB {2,}80010001 {2,}placed ${recordingId}$`));

    const json = await cli(['history', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, value: { total: 2, entries: [{ callee: '12025550143', request: 'failed', outcome: 'failed' }, { callee: '442079460958', recordingId }] } });

    const csv = (await cli(['history', '--csv'])).stdout.trim().split('\n');
    expect(csv[0]).toBe('Time,Profile,Callee,Country,Phone account,Caller ID,Note,Outcome,Recording ID,Error kind,Error code,Error,Call result,Answered,Talk time (s),Cost,Currency,Termination code,Termination reason');
    expect(csv).toHaveLength(3);
    expect(csv[2]).toContain(recordingId);

    expect((await cli(['--json', 'history', '--csv'])).code).toBe(2);
  });

  it('says which calls are being placed by another run and which were left unknown by one that stopped', async () => {
    const claim = (id: string, pid: number) => ({ id, at: new Date().toISOString(), profileId: 'env', profileName: 'CLI', callee: '442079460958', account: '80010001', request: 'pending', owner: { host: hostname(), pid } });
    // This process runs; a pid past the kernel's limit never does.
    writeFileSync(join(harness.home, HISTORY_FILE), `${JSON.stringify(claim('a1', 2 ** 22 + 1))}\n${JSON.stringify(claim('b2', process.pid))}\n`);
    const text = (await cli(['history'])).stdout.split('\n');
    expect(text[0]).toMatch(/^TIME {2,}PROFILE {2,}CALLEE {2,}COUNTRY {2,}FROM {2,}RESULT$/);
    expect(text[1]).toMatch(/ {2}442079460958 {2,}80010001 {2,}being placed by a running Switchboard$/);
    expect(text[2]).toMatch(/ {2}442079460958 {2,}80010001 {2,}unknown \(ITNIO's answer never came; the phone may have rung\): Switchboard stopped before ITNIO answered: the phone may have rung\./);
  });

  it('prints each call record as text, JSON and CSV once the app has it', async () => {
    const answered = (await cli(['call', '+44 7700 900123', '--account', '80010001'])).stdout;
    const busy = (await cli(['call', '+44 7700 900127', '--account', '80010001'])).stdout;
    expect(await appChecksOutcomes()).toMatchObject({ ok: true, value: { checked: 2, filed: 2 } });

    const text = (await cli(['history'])).stdout.split('\n');
    expect(text).toHaveLength(1 + 2);
    expect(text[1]).toMatch(new RegExp(` {2}447700900127 {2,}GB {2,}80010001 {2,}placed ${busy} {2}Busy \\(486\\) · \\$0\\.05$`));
    expect(text[2]).toMatch(new RegExp(` {2}447700900123 {2,}GB {2,}80010001 {2,}placed ${answered} {2}Answered · 0:38 · \\$0\\.05$`));

    const json = JSON.parse((await cli(['history', '--json'])).stdout) as { ok: boolean; value: { entries: unknown[] } };
    expect(json.value.entries).toEqual([
      expect.objectContaining({ recordingId: busy, record: expect.objectContaining({ answered: false, terminationCode: '486', terminationReason: 'Busy here' }) }),
      expect.objectContaining({ recordingId: answered, recordCheckedAt: expect.any(String), record: expect.objectContaining({ answered: true, callDuration: 38, cost: '0.0500', currency: 'USD', hasRecording: true }) }),
    ]);

    const csv = (await cli(['history', '--csv'])).stdout.trim().split('\n');
    expect(csv[2]).toMatch(/,Answered · 0:38 · \$0\.05,yes,38,0\.0500,USD,200,Normal call clearing$/);
  });
});
