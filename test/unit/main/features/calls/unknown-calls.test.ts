/**
 * Calls whose answer never came (issue 16, item 1): the answer timed out or was cut off after
 * ITNIO had placed the call. Such a call is "unknown" in the history, holds its callee against a
 * second ring, and becomes placed (with its record) once ITNIO's records show it — through the
 * app's real wiring against the embedded sandbox.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../support/app';
import { savedPath } from '../../../../support/router';

const SEND_SIP = '/voice/sendSip';
const CALL = { callee: '447700900123', account: '80010001' };

describe('a call whose answer never came', () => {
  // A short wait for answers, so a slowed sendSip times out within the test.
  const app = useTestApp({ clientTiming: { timeoutMs: 400 } });
  const history = async () => (await app.value('calls.history')).entries;
  const searches = () => app.sandbox.requests.filter((request) => request.path === '/voice/recordSipQuery').length;

  it('is unknown when the answer was cut off, holds the callee, and becomes placed with its record', async () => {
    app.sandbox.state.cdrDelayMs = 60_000;
    app.sandbox.faults.inject({ kind: 'truncated', path: SEND_SIP, times: 1 });
    const cut = await app.failure('calls.place', CALL);
    expect(cut).toMatchObject({ reachedItnio: 'maybe' });
    expect(app.sandbox.state.calls).toHaveLength(1);
    const [entry] = await history();
    expect(entry).toMatchObject({ request: 'unknown', callee: CALL.callee, errorKind: cut.kind });
    expect(entry!.recordingId).toBeUndefined();
    // The export says the same as the screen.
    const csv = readFileSync(savedPath(await app.value('calls.exportHistory')), 'utf8');
    expect(csv.split('\n')[1]).toMatch(/,447700900123,United Kingdom,80010001,,,unknown,,server,,/);

    // The same callee from the same phone, long after the repeat window: still held, and why.
    app.sandbox.requests.length = 0;
    const held = await app.failure('calls.place', CALL);
    expect(held).toMatchObject({ kind: 'invalid-input', field: 'confirmRepeat' });
    expect(held.message).toContain('may have gone through');
    expect(app.sandbox.requests.filter((request) => request.path === SEND_SIP)).toHaveLength(0);

    // Its record is not filed while the call goes on: it stays unknown, and still held.
    expect(await app.value('calls.checkOutcomes', { ids: [entry!.id] })).toMatchObject({ checked: 1, filed: 0, watching: 1 });
    expect(searches()).toBe(1);
    expect((await history())[0]).toMatchObject({ request: 'unknown' });

    // ITNIO files the record: the entry becomes the placed call, with ITNIO's id and the outcome.
    app.sandbox.state.cdrDelayMs = 0;
    expect(await app.value('calls.checkOutcomes', { ids: [entry!.id] })).toMatchObject({ checked: 1, filed: 1, watching: 0 });
    const settled = (await history())[0]!;
    expect(settled).toMatchObject({ id: entry!.id, request: 'placed', recordingId: app.sandbox.state.calls[0]!.recordingId, record: { answered: true } });
    expect(settled.errorMessage).toBeUndefined();
  });

  it('is unknown when the answer timed out after ITNIO placed the call, and is found among its records', async () => {
    app.sandbox.state.cdrDelayMs = 0;
    // The sandbox waits longer than the client does, then places the call.
    app.sandbox.faults.inject({ kind: 'latency', ms: 800, path: SEND_SIP, times: 1 });
    const late = await app.failure('calls.place', CALL);
    expect(late).toMatchObject({ kind: 'timeout', reachedItnio: 'maybe' });
    await expect.poll(() => app.sandbox.state.calls.length).toBe(1);
    expect((await history())[0]).toMatchObject({ request: 'unknown' });

    expect(await app.value('calls.checkOutcomes', { all: true })).toMatchObject({ filed: 1, watching: 0 });
    expect((await history())[0]).toMatchObject({ request: 'placed', recordingId: app.sandbox.state.calls[0]!.recordingId, record: { answered: true } });
  });

  it('is never matched to the record of another call of the history', async () => {
    app.sandbox.state.cdrDelayMs = 0;
    const placed = (await app.value('calls.place', CALL)).recordingId;
    // Reset before ITNIO acted, but the app cannot know that: unknown, and ITNIO has no record of it.
    app.sandbox.faults.inject({ kind: 'reset', path: SEND_SIP, times: 1 });
    expect(await app.failure('calls.place', { ...CALL, confirmRepeat: true })).toMatchObject({ reachedItnio: 'maybe' });
    expect(await app.value('calls.checkOutcomes', { all: true })).toMatchObject({ watching: 1 });
    const [unknown, first] = await history();
    expect(unknown).toMatchObject({ request: 'unknown' });
    expect(first).toMatchObject({ request: 'placed', recordingId: placed });
  });

  it('is a failed attempt when nothing reached ITNIO, and does not hold the callee', async () => {
    app.sandbox.state.balance = 0;
    expect(await app.failure('calls.place', CALL)).toMatchObject({ kind: 'vendor' });
    expect((await history())[0]).toMatchObject({ request: 'failed' });
  });
});
