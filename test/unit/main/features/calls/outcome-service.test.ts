/** calls.checkOutcomes through the app's real wiring against the embedded sandbox. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, useTestApp } from '../../../../support/app';
import { savedPath } from '../../../../support/router';

const app = useTestApp();
beforeEach(() => {
  // ITNIO files a record some seconds after the call; the sandbox at once, for these tests.
  app.sandbox.state.cdrDelayMs = 0;
});

const place = async (callee: string) => (await app.value('calls.place', { callee, account: '80010001' })).recordingId;
const lookups = () => app.sandbox.requests.filter((request) => request.path.startsWith('/voice/recordSip/')).length;
const history = () => app.value('calls.history');

describe('calls.checkOutcomes', () => {
  it('keeps each call record with its entry, on disk, in the CSV export, and asks no more once filed', async () => {
    const answered = await place('447700900123');
    const busy = await place('447700900127');
    const unanswered = await place('12025550148');

    // The background check waits 5 s after a call: nothing is due yet.
    expect(await app.value('calls.checkOutcomes')).toEqual({ checked: 0, filed: 0, watching: 3, deferred: 0, nextCheckInMs: expect.any(Number) });
    expect(lookups()).toBe(0);

    expect(await app.value('calls.checkOutcomes', { all: true })).toEqual({ checked: 3, filed: 3, watching: 0, deferred: 0, nextCheckInMs: null });
    const results = Object.fromEntries((await history()).entries.map((entry) => [entry.recordingId, entry.record]));
    expect(results[answered]).toMatchObject({ answered: true, callDuration: 38, terminationCode: '200', hasRecording: true, cost: '0.0500' });
    expect(results[busy]).toMatchObject({ answered: false, terminationCode: '486', terminationReason: 'Busy here', hasRecording: false });
    expect(results[unanswered]).toMatchObject({ answered: false, terminationCode: '480', hasRecording: false });

    expect(await app.value('calls.checkOutcomes', { all: true })).toMatchObject({ checked: 0, filed: 0, nextCheckInMs: null });
    expect(lookups()).toBe(3);

    const csv = readFileSync(savedPath(await app.value('calls.exportHistory')), 'utf8');
    expect(csv).toContain(`placed,${answered},,,,Answered · 0:38 · $0.05,yes,38,0.0500,USD,200,Normal call clearing`);
    expect(csv).toContain(`placed,${busy},,,,Busy (486) · $0.05,no,0,0.0500,USD,486,Busy here`);

    // Records are found by what the operator reads.
    expect((await app.value('calls.history', { query: 'busy' })).entries.map((entry) => entry.recordingId)).toEqual([busy]);

    const again = await openTestApp({ home: app.home });
    try {
      const reread = await again.value('calls.history');
      expect(reread.entries.map((entry) => entry.record?.terminationCode)).toEqual(['480', '486', '200']);
    } finally {
      await again.close();
    }
  });

  it("checks a row's call at once, and says when ITNIO has not filed it yet", async () => {
    app.sandbox.state.cdrDelayMs = 60_000;
    const recordingId = await place('447700900123');
    const { entries } = await history();
    const id = entries[0]!.id;
    expect(await app.value('calls.checkOutcomes', { ids: [id] })).toMatchObject({ checked: 1, filed: 0, watching: 1 });
    app.sandbox.state.cdrDelayMs = 0;
    expect(await app.value('calls.checkOutcomes', { ids: [id] })).toMatchObject({ checked: 1, filed: 1, watching: 0 });
    expect((await history()).entries[0]).toMatchObject({ recordingId, record: { answered: true } });
  });

  it('refuses a failed attempt or a bad id, naming the field, and sends nothing', async () => {
    app.sandbox.state.balance = 0;
    await app.call('calls.place', { callee: '447700900123', account: '80010001' });
    const { entries } = await history();
    expect(await app.failure('calls.checkOutcomes', { ids: [entries[0]!.id] })).toMatchObject({
      kind: 'invalid-input',
      field: 'ids',
      message: 'The call is a call attempt that failed: ITNIO never took the call, so it has no record.',
    });
    expect(await app.failure('calls.checkOutcomes', { ids: ['../../etc'] })).toMatchObject({ kind: 'invalid-input', field: 'ids.0' });
    expect(await app.failure('calls.checkOutcomes', { all: true, ids: [entries[0]!.id] })).toMatchObject({ kind: 'invalid-input', field: 'ids' });
    expect(lookups()).toBe(0);
  });

  it("shows a failure's message and hint, and rests before asking that account again", async () => {
    const recordingId = await place('447700900123');
    app.sandbox.faults.inject({ kind: 'status', code: '-18', path: `/voice/recordSip/${recordingId}` });
    const failed = await app.value('calls.checkOutcomes', { all: true });
    expect(failed).toMatchObject({ checked: 1, filed: 0, watching: 1, problem: { kind: 'vendor', code: '-18', message: 'The ITNIO server failed while handling the request.' } });
    expect(failed.nextCheckInMs).toBeGreaterThanOrEqual(55_000);
    expect(await app.value('calls.checkOutcomes')).toMatchObject({ checked: 0 });
  });
});
