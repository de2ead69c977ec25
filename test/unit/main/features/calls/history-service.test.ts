import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../../contract/methods';
import { HISTORY_FILE } from '../../../../../main/features/calls/history-store';
import type { FileDialogs } from '../../../../../main/platform/files/dialogs';
import { inEnglish } from '../../../../../main/platform/messages';
import type { Sandbox } from '../../../../../main/sandbox';
import { environmentOf, startAccount } from '../../../../support/account';
import { openTestApp, type TestApp } from '../../../../support/app';
import { callRecord, ENDED_BUSY, NOT_ANSWERED } from '../../../../support/fixtures/call-records';
import { failureForRawInput, okValue, savedPath } from '../../../../support/router';

const KEY = 'callsKey01';
const SECRET = 'calls-secret-must-not-leak-5c1e';
let sandbox: Sandbox;
let home: string;
const opened: TestApp[] = [];

beforeAll(async () => {
  sandbox = await startAccount({ apiKey: KEY, apiSecret: SECRET });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'sb-calls-'));
  sandbox.state.balance = 25;
  sandbox.faults.clear();
  sandbox.requests.length = 0;
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
  rmSync(home, { recursive: true, force: true });
});

/** The app's own wiring (router, services, history in `home`), signed for the test's emulator. */
async function open(dialogs?: FileDialogs) {
  const app = await openTestApp({ home, ...(dialogs ? { dialogs } : {}), environment: environmentOf(sandbox) });
  opened.push(app);
  return app;
}

/** The router of the app the test opened last. */
const openedRouter = () => opened.at(-1)!.router;

const sendSips = () => sandbox.requests.filter((request) => request.path === '/voice/sendSip');
const CALL = { callee: '+44 20 7946 0958', account: '80010001' };

describe('calls.place against the emulator', () => {
  it('sends the normalised call once, answers the recording id and records the attempt', async () => {
    const { call, logLines: lines } = await open();
    const placed = await call('calls.place', { ...CALL, displayNum: '447700900123', calledInfo: 'Renewal reminder' });
    const recordingId = sandbox.state.calls.at(-1)?.recordingId;
    expect(placed).toEqual({ ok: true, value: { recordingId, callee: '442079460958', country: 'GB', account: '80010001', at: expect.any(String) } });
    expect(sendSips().map((request) => request.body)).toEqual([
      { callee: '442079460958', account: '80010001', appId: sandbox.state.appId, displayNum: '447700900123', calledInfo: 'Renewal reminder' },
    ]);

    const history = await call('calls.history');
    expect(history).toEqual({
      ok: true,
      value: {
        total: 1,
        matched: 1,
        phones: ['80010001'],
        profiles: [{ id: 'env', name: 'Environment (ITNIO_API_KEY)' }],
        entries: [
          expect.objectContaining({
            profileId: 'env',
            profileName: 'Environment (ITNIO_API_KEY)',
            callee: '442079460958',
            country: 'GB',
            account: '80010001',
            displayNum: '447700900123',
            calledInfo: 'Renewal reminder',
            request: 'placed',
            recordingId,
          }),
        ],
      },
    });
    const onDisk = readFileSync(join(home, HISTORY_FILE), 'utf8');
    expect(onDisk).toContain(recordingId);
    expect(onDisk + lines.join('\n')).not.toContain(SECRET);
    expect(onDisk + lines.join('\n')).not.toContain(KEY);
  });

  it('sends nothing and records nothing for a callee that breaks the rule', async () => {
    const { call } = await open();
    const refused = await call('calls.place', { ...CALL, callee: '123456' });
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'invalid-input', field: 'callee', message: 'callee: must be 7–15 digits, country code first (this has 6)' }),
    });
    expect(sendSips()).toEqual([]);
    expect(await call('calls.history')).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('asks for confirmation instead of ringing the same callee from the same phone twice within 5 s', async () => {
    const { call } = await open();
    expect((await call('calls.place', CALL)).ok).toBe(true);
    const repeat = await call('calls.place', { ...CALL, callee: '442079460958' });
    const [, seconds, recordingId] = /(\d+) s ago and ITNIO placed that call \(recording id ([^)]+)\)/.exec(repeat.ok ? '' : repeat.error.message) ?? [];
    expect(repeat).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'confirmRepeat',
        message: expect.stringMatching(/^You called 442079460958 from phone 80010001 \d+ s ago and ITNIO placed that call \(recording id [^)]+\)\. Nothing was sent/),
        hint: 'To ring them again, confirm the repeat call (switchboard call --confirm-repeat), or wait 5 seconds.',
        say: {
          message: {
            key: 'calls.place.placedWithId',
            values: { callee: '442079460958', account: '80010001', ago: { key: 'calls.place.secondsAgo', values: { seconds: Number(seconds) } }, recordingId },
          },
          hint: { key: 'calls.place.repeatHint', values: { seconds: 5 } },
        },
      },
    });
    if (!repeat.ok) expect(inEnglish(repeat.error.say!.message)).toBe(repeat.error.message);
    expect(sendSips()).toHaveLength(1);
    expect((await call('calls.place', { ...CALL, account: '80010002' })).ok).toBe(true);
    expect((await call('calls.place', { ...CALL, confirmRepeat: true })).ok).toBe(true);
    expect(sendSips()).toHaveLength(3);
    expect(await call('calls.history')).toMatchObject({ ok: true, value: { total: 3 } });
  });

  it('lets the same call go right away after one that failed with nothing sent, as nobody was rung', async () => {
    const { call } = await open();
    sandbox.faults.inject({ kind: 'status', code: '-22', path: '/voice/sendSip', times: 1 });
    expect(await call('calls.place', CALL)).toMatchObject({ ok: false, error: { kind: 'vendor', code: '-22' } });
    expect((await call('calls.place', CALL)).ok).toBe(true);
    expect(sendSips()).toHaveLength(2);
  });

  it('places only one of two identical calls racing each other', async () => {
    const { call } = await open();
    sandbox.faults.inject({ kind: 'latency', ms: 200, path: '/voice/sendSip', times: 1 });
    const [first, second] = await Promise.all([call('calls.place', CALL), call('calls.place', CALL)]);
    expect([first?.ok, second?.ok].sort()).toEqual([false, true]);
    const refused = first?.ok ? second : first;
    expect(refused).toMatchObject({ ok: false, error: { field: 'confirmRepeat', message: expect.stringContaining('is already being placed') } });
    expect(sendSips()).toHaveLength(1);
  });

  it('holds another process (the CLI) to the same guard through the shared history', async () => {
    const app = await open();
    const cli = await open();
    expect((await app.call('calls.place', CALL)).ok).toBe(true);
    expect(await cli.call('calls.place', CALL)).toMatchObject({ ok: false, error: { field: 'confirmRepeat' } });
    expect(sendSips()).toHaveLength(1);
  });

  it('holds another process to the guard while the first call is still waiting for its answer', async () => {
    const app = await open();
    const cli = await open();
    sandbox.faults.inject({ kind: 'latency', ms: 600, path: '/voice/sendSip', times: 1 });
    const first = app.call('calls.place', CALL);
    // The claim is in the shared history before the request leaves: the other process sees it in flight.
    await expect.poll(async () => (await cli.value('calls.history')).entries[0]?.request, { timeout: 5_000 }).toBe('pending');
    expect(await cli.call('calls.place', CALL)).toMatchObject({ ok: false, error: { field: 'confirmRepeat', message: expect.stringContaining('is already being placed') } });
    expect((await first).ok).toBe(true);
    expect(sendSips()).toHaveLength(1);
    expect((await cli.value('calls.history')).entries.map((entry) => entry.request)).toEqual(['placed']);
  });

  it('shows a call whose process ended before ITNIO answered as unknown, never as dropped', async () => {
    const { value } = await open();
    const pending = { id: 'c1a1', at: new Date().toISOString(), profileId: 'env', profileName: 'CLI', callee: '442079460958', account: '80010001', request: 'pending' };
    writeFileSync(join(home, HISTORY_FILE), `${JSON.stringify({ ...pending, owner: { host: hostname(), pid: 2 ** 22 + 1 } })}\n`);
    expect((await value('calls.history')).entries).toEqual([
      {
        ...pending,
        request: 'unknown',
        errorMessage: expect.stringMatching(/stopped before ITNIO answered: the phone may have rung\. Check the call records/),
        say: { errorMessage: { key: 'calls.notes.stoppedBeforeAnswer' } },
      },
    ]);
    const [unknown] = (await value('calls.history')).entries;
    expect(inEnglish(unknown!.say!.errorMessage)).toBe(unknown!.errorMessage);
  });

  it('refuses a call whose phone was picked under another profile than the active one, and sends nothing', async () => {
    const { call } = await open();
    expect(await call('calls.place', { ...CALL, profileId: 'sandbox' })).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'profileId',
        message: 'Phone 80010001 was picked under another profile than the active one. Nothing was sent.',
        hint: 'The active profile changed meanwhile: pick the phone again from the list of the active profile.',
        say: {
          message: { key: 'connections.pickedElsewhere', values: { what: { key: 'calls.place.phonePicked', values: { account: '80010001' } } } },
          hint: { key: 'calls.place.pickAgainHint' },
        },
      },
    });
    expect(sendSips()).toEqual([]);
    expect((await call('calls.place', { ...CALL, profileId: 'env' })).ok).toBe(true);
  });

  it('shows insufficient balance with its message and hint, and records the failure', async () => {
    const { call, value } = await open();
    sandbox.state.balance = 0;
    const failed = await call('calls.place', CALL);
    expect(failed).toEqual({
      ok: false,
      error: {
        kind: 'vendor',
        code: '-10',
        message: 'The account balance is too low to place this call.',
        hint: 'Top up the ITNIO account, then place the call again.',
        say: { message: { key: 'status.balanceTooLow.message' }, hint: { key: 'status.balanceTooLow.hint' } },
      },
    });
    const [kept] = (await value('calls.history')).entries;
    expect(kept).toMatchObject({ request: 'failed', errorKind: 'vendor', errorCode: '-10', errorMessage: 'The account balance is too low to place this call.' });
    // The error's keys are kept beside its English, for the window to say it in its language.
    expect(kept!.say).toEqual({ errorMessage: { key: 'status.balanceTooLow.message' } });
    expect(inEnglish(kept!.say!.errorMessage)).toBe(kept!.errorMessage);
  });

  it('never resends a call whose answer was lost, and keeps it as unknown: it may have rung', async () => {
    const { call, value } = await open();
    sandbox.faults.inject({ kind: 'reset', path: '/voice/sendSip' });
    const failed = await call('calls.place', CALL);
    expect(failed).toMatchObject({ ok: false, error: { kind: 'network', reachedItnio: 'maybe' } });
    expect(sendSips()).toHaveLength(1);
    expect((await value('calls.history')).entries[0]).toMatchObject({ request: 'unknown', errorKind: 'network' });
  });
});

describe('history methods', () => {
  async function withCalls() {
    const app = await open();
    await app.call('calls.place', { ...CALL, calledInfo: '=HYPERLINK("http://example.com")' });
    await app.call('calls.place', { callee: '+1 202 555 0143', account: '80010004', calledInfo: 'US support' });
    sandbox.state.balance = 0;
    await app.call('calls.place', { callee: '+49 30 23125042', account: '80010007' });
    return app;
  }

  it('searches by number as written, note, outcome or country, newest first, with a limit', async () => {
    const { value } = await withCalls();
    const callees = async (input: MethodInput<'calls.history'>) => {
      const list = await value('calls.history', input);
      return { callees: list.entries.map((entry) => entry.callee), matched: list.matched };
    };
    expect(await callees(undefined)).toEqual({ callees: ['493023125042', '12025550143', '442079460958'], matched: 3 });
    expect(await callees({ query: '+1 (202) 555' })).toEqual({ callees: ['12025550143'], matched: 1 });
    expect(await callees({ query: 'us SUPPORT' })).toEqual({ callees: ['12025550143'], matched: 1 });
    expect(await callees({ query: 'failed' })).toEqual({ callees: ['493023125042'], matched: 1 });
    expect(await callees({ query: 'United Kingdom' })).toEqual({ callees: ['442079460958'], matched: 1 });
    expect(await callees({ limit: 2 })).toEqual({ callees: ['493023125042', '12025550143'], matched: 3 });
  });

  it('exports the matching calls as CSV through the save dialog, with formulas made inert', async () => {
    const { call } = await withCalls();
    const saved = await call('calls.exportHistory');
    expect(saved).toEqual({ ok: true, value: { saved: true, path: expect.stringMatching(/call-history-\d{4}-\d{2}-\d{2}\.csv$/), count: 3 } });
    const csv = readFileSync(savedPath(okValue(saved, 'calls.exportHistory')), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('Time,Profile,Callee,Country,Phone account,Caller ID,Note,Outcome,Recording ID,Error kind,Error code,Error,Call result,Answered,Talk time (s),Cost,Currency,Termination code,Termination reason');
    expect(csv[1]).toMatch(/^[^,]+,Environment \(ITNIO_API_KEY\),493023125042,Germany,80010007,,,failed,,vendor,-10,The account balance is too low to place this call\.,{7}$/);
    expect(csv[3]).toContain(`,"'=HYPERLINK(""http://example.com"")",placed,rec-`);
    const nothing = await call('calls.exportHistory', { query: 'nobody' });
    expect(nothing).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid-input',
        message: 'No calls in the history match "nobody".',
        say: { message: { key: 'calls.export.noSearchMatch.message', values: { query: 'nobody' } }, hint: { key: 'calls.export.noSearchMatch.hint' } },
      },
    });
    if (!nothing.ok) expect([inEnglish(nothing.error.say!.message), inEnglish(nothing.error.say!.hint!)]).toEqual([nothing.error.message, nothing.error.hint]);
  });

  it('filters by time range, outcome, phone and profile, names the phones and profiles to filter by, and exports exactly the filtered calls', async () => {
    const office = { profileId: 'office', profileName: 'Office', callee: '442079460958', country: 'GB' };
    const sandboxed = { profileId: 'sandbox', profileName: 'Sandbox', callee: '12025550143', country: 'US' };
    const lines = [
      { ...office, id: 'e1', at: '2025-06-30T10:00:00.000Z', account: '80010001', request: 'placed', recordingId: 'rec-a' },
      { ...sandboxed, id: 'e2', at: '2025-07-01T09:00:00.000Z', account: '80010002', request: 'placed', recordingId: 'rec-b' },
      { ...sandboxed, id: 'e3', at: '2025-07-01T15:00:00.000Z', account: '80010001', request: 'placed', recordingId: 'rec-c' },
      { ...office, id: 'e4', at: '2025-07-02T08:00:00.000Z', account: '80010003', request: 'failed', errorKind: 'vendor', errorCode: '-10', errorMessage: 'The account balance is too low to place this call.' },
      { ...office, id: 'e5', at: '2025-07-03T12:00:00.000Z', account: '80010001', request: 'placed', recordingId: 'rec-e' },
      { type: 'record', profileId: 'office', recordingId: 'rec-a', checkedAt: '2025-06-30T10:05:00.000Z', record: callRecord() },
      { type: 'record', profileId: 'sandbox', recordingId: 'rec-b', checkedAt: '2025-07-01T09:05:00.000Z', record: callRecord(ENDED_BUSY) },
      { type: 'record', profileId: 'office', recordingId: 'rec-e', checkedAt: '2025-07-03T12:05:00.000Z', record: callRecord({ ...NOT_ANSWERED, terminationCode: '480', terminationReason: 'No answer' }) },
    ];
    writeFileSync(join(home, HISTORY_FILE), lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    const { value, call, failure } = await open();
    const ids = async (input: MethodInput<'calls.history'>) => {
      const list = await value('calls.history', input);
      return { ids: list.entries.map((entry) => entry.id), matched: list.matched, total: list.total };
    };

    const all = await value('calls.history');
    expect(all.phones).toEqual(['80010001', '80010002', '80010003']);
    expect(all.profiles).toEqual([
      { id: 'office', name: 'Office' },
      { id: 'sandbox', name: 'Sandbox' },
    ]);
    expect(await ids({ from: '2025-07-01T00:00:00.000Z', to: '2025-07-02T00:00:00.000Z' })).toEqual({ ids: ['e3', 'e2'], matched: 2, total: 5 });
    expect(await ids({ from: '2025-07-02T08:00:00.000Z' })).toEqual({ ids: ['e5', 'e4'], matched: 2, total: 5 });
    expect(await ids({ to: '2025-07-01T09:00:00.000Z' })).toEqual({ ids: ['e1'], matched: 1, total: 5 });
    expect(await ids({ outcome: 'busy' })).toEqual({ ids: ['e2'], matched: 1, total: 5 });
    expect(await ids({ outcome: 'no-answer' })).toEqual({ ids: ['e5'], matched: 1, total: 5 });
    expect(await ids({ outcome: 'placed' })).toEqual({ ids: ['e3'], matched: 1, total: 5 });
    expect(await ids({ outcome: 'refused' })).toEqual({ ids: ['e4'], matched: 1, total: 5 });
    expect(await ids({ phone: '80010001' })).toEqual({ ids: ['e5', 'e3', 'e1'], matched: 3, total: 5 });
    expect(await ids({ profileId: 'office' })).toEqual({ ids: ['e5', 'e4', 'e1'], matched: 3, total: 5 });
    expect(await ids({ profileId: 'office', phone: '80010001', query: '4420', limit: 1 })).toEqual({ ids: ['e5'], matched: 2, total: 5 });

    const filter = { profileId: 'office', phone: '80010001' };
    const saved = await call('calls.exportHistory', filter);
    expect(saved).toMatchObject({ ok: true, value: { saved: true, count: 2 } });
    const rows = readFileSync(savedPath(okValue(saved, 'calls.exportHistory')), 'utf8').trim().split('\n').slice(1);
    expect(rows.map((row) => /,(rec-\w)\b/.exec(row)?.[1])).toEqual(['rec-e', 'rec-a']);
    expect(rows[0]).toContain(',No answer (480) · $0.05,no,');

    expect(await failure('calls.exportHistory', { outcome: 'cancelled' })).toMatchObject({
      kind: 'invalid-input',
      message: 'No calls in the history match the filters.',
      say: { message: { key: 'calls.export.noMatch.message' }, hint: { key: 'calls.export.noMatch.hint' } },
    });
    // What the renderer could send outside the contract is refused with the field and its rule, and nothing is saved.
    expect(await failureForRawInput(openedRouter(), 'calls.exportHistory', { outcome: 'busy!' })).toMatchObject({ kind: 'invalid-input', field: 'outcome' });
    expect(await failureForRawInput(openedRouter(), 'calls.history', { from: '2025-07-02T00:00:00Z', to: '2025-07-01T00:00:00Z' })).toMatchObject({
      kind: 'invalid-input',
      field: 'to',
      message: 'to: must be later than from',
    });
    expect(readdirSync(join(home, 'exports'))).toHaveLength(1);
  });

  it('answers saved: false when the save dialog is cancelled', async () => {
    const { call } = await open({ chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined });
    await call('calls.place', CALL);
    expect(await call('calls.exportHistory')).toEqual({ ok: true, value: { saved: false } });
  });

  it('clears the history', async () => {
    const { call } = await withCalls();
    expect(await call('calls.clearHistory')).toEqual({ ok: true, value: { removed: 3 } });
    expect(await call('calls.history')).toEqual({ ok: true, value: { entries: [], total: 0, matched: 0, phones: [], profiles: [] } });
  });
});
