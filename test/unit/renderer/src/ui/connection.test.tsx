/**
 * The connection to ITNIO as the renderer judges it from the requests it makes anyway (issue 16,
 * items 3 and 6): one state per profile, what counts and what does not, reads that can be
 * stopped, and a probe that stays gentle against a dead server.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventHub, EVENTS } from '../../../../../contract/events';
import { buildBridge, METHODS, type MethodName } from '../../../../../contract/methods';
import type { AppError, Result } from '../../../../../contract/result';
import { enterAccount } from '../../../../../renderer/src/ui/account-scope';
import { bridge } from '../../../../../renderer/src/ui/bridge';
import { cancelReads, cancelled, probeDelayMs, startProbing, useConnection, useWaiting, useWriteBlockedReason } from '../../../../../renderer/src/ui/connection';
import { SANDBOX_BALANCE } from '../../fake-bridge';

const REFUSED: AppError = { kind: 'network', message: '127.0.0.1:4010 refused the connection.', reachedItnio: 'no' };
const BAD_GATEWAY: AppError = { kind: 'server', message: 'The server answered HTTP 502 with an error page instead of a result.', reachedItnio: 'maybe' };
const LOCKED: AppError = { kind: 'vendor', code: '-13', message: 'The account is locked.' };

/** A bridge whose answers the test decides per call; `calls` counts them by method. */
function fakeBridge(answer: (method: MethodName) => Promise<Result<unknown>> | Result<unknown>) {
  const calls: MethodName[] = [];
  window.switchboard = buildBridge(
    METHODS,
    async (method) => {
      calls.push(method);
      return answer(method);
    },
    createEventHub(EVENTS).on,
  );
  return calls;
}

/** A balance read just now, as main answers a read that reached ITNIO. */
const balance = () => ({ ok: true as const, value: { ...SANDBOX_BALANCE, fetchedAt: new Date().toISOString() } });
const connection = () => renderHook(() => useConnection()).result;

afterEach(() => {
  vi.useRealTimers();
});

describe('the connection to ITNIO, per profile', () => {
  it('turns offline on a network failure, failing on a server error, and online on an answer, counting only requests to ITNIO', async () => {
    enterAccount('sandbox');
    let next: Result<unknown> = { ok: false, error: REFUSED };
    fakeBridge(() => next);
    const state = connection();
    expect(state.current.status).toBe('unknown');

    await act(() => bridge().account.balance());
    expect(state.current).toMatchObject({ status: 'offline', problem: REFUSED, lastAnswerAt: undefined });
    expect(renderHook(() => useWriteBlockedReason()).result.current).toMatch(/ITNIO cannot be reached/);

    // A local read (the history file) says nothing about ITNIO.
    next = { ok: true, value: { entries: [], total: 0, matched: 0 } };
    await act(() => bridge().calls.history());
    expect(state.current.status).toBe('offline');

    next = { ok: false, error: BAD_GATEWAY };
    await act(() => bridge().phones.list());
    expect(state.current).toMatchObject({ status: 'failing', problem: BAD_GATEWAY });

    // A refusal is an answer: ITNIO is reachable.
    next = { ok: false, error: LOCKED };
    await act(() => bridge().account.balance());
    expect(state.current.status).toBe('online');
    expect(state.current.lastAnswerAt).toBeTypeOf('number');
  });

  it('reads a list answered from what was kept as offline, with the failure inside', async () => {
    enterAccount('sandbox');
    fakeBridge(() => ({ ok: true, value: { ...SANDBOX_BALANCE, stale: REFUSED } }));
    const state = connection();
    await act(() => bridge().account.balance());
    expect(state.current).toMatchObject({ status: 'offline', problem: REFUSED });
  });

  it('keeps one state per profile: another profile starts unknown, and the first keeps its own', async () => {
    enterAccount('sandbox');
    fakeBridge(() => ({ ok: false, error: REFUSED }));
    await act(() => bridge().account.balance());
    expect(connection().current.status).toBe('offline');
    act(() => enterAccount('office'));
    expect(connection().current.status).toBe('unknown');
    act(() => enterAccount('sandbox'));
    expect(connection().current.status).toBe('offline');
  });

  it('calls an answer slower than 3 s slow', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
    enterAccount('sandbox');
    fakeBridge(() => new Promise((resolve) => setTimeout(() => resolve(balance()), 3_500)));
    const state = connection();
    const read = bridge().account.balance();
    await act(() => vi.advanceTimersByTimeAsync(3_500));
    await act(() => read);
    expect(state.current.status).toBe('slow');
  });
});

describe('stopping a read that hangs', () => {
  it('answers every read in flight at once, lets writes run to their answer, and lists what waits', async () => {
    enterAccount('sandbox');
    const hung = new Map<MethodName, (result: Result<unknown>) => void>();
    fakeBridge((method) => new Promise((resolve) => hung.set(method, resolve)));
    const waiting = renderHook(() => useWaiting()).result;

    const read = bridge().trunks.list({});
    const write = bridge().trunks.update({ keyId: 1, name: 'x' } as never);
    await act(async () => undefined);
    expect(waiting.current.map((request) => [request.method, request.cancel !== undefined])).toEqual([
      ['trunks.list', true],
      ['trunks.update', false],
    ]);

    act(() => cancelReads());
    expect(await read).toEqual({ ok: false, error: cancelled() });
    expect(waiting.current.map((request) => request.method)).toEqual(['trunks.update']);

    hung.get('trunks.update')!({ ok: true, value: 'saved' });
    expect(await write).toEqual({ ok: true, value: 'saved' });
    expect(waiting.current).toEqual([]);
  });
});

describe('the probe while offline', () => {
  it('waits 5 s, then twice as long each time, at most a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((attempt) => probeDelayMs(attempt) / 1000)).toEqual([5, 10, 20, 40, 60, 60, 60]);
  });

  it('sends at most 7 requests to a dead server in 5 minutes, and stops once it answers', async () => {
    vi.useFakeTimers();
    enterAccount('sandbox');
    let dead = true;
    const calls = fakeBridge(() => (dead ? { ok: false, error: REFUSED } : balance()));
    await bridge().account.balance();
    const stop = startProbing(() => bridge().account.balance());
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    // 5, 15, 35, 75, 135, 195 and 255 s.
    expect(calls.length - 1).toBe(7);

    dead = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls.length - 1).toBe(8);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls.length - 1).toBe(8);
    stop();
  });
});

describe('what says nothing about the connection', () => {
  it('ignores an outcome check that sent no request', async () => {
    enterAccount('sandbox');
    fakeBridge(() => ({ ok: true, value: { checked: 0, filed: 0, watching: 0, deferred: 0, nextCheckInMs: null } }));
    await act(() => bridge().calls.checkOutcomes());
    expect(connection().current.status).toBe('unknown');
  });
});

describe('a list main held from an earlier read', () => {
  it('says nothing about the connection, while a fresh read does', async () => {
    enterAccount('sandbox');
    let fetchedAt = '2025-07-01T10:00:00.000Z';
    fakeBridge(() => ({ ok: true, value: { profileId: 'sandbox', fetchedAt, phones: [] } }));
    await act(() => bridge().phones.list());
    expect(connection().current.status).toBe('unknown');
    fetchedAt = new Date().toISOString();
    await act(() => bridge().phones.list());
    expect(connection().current.status).toBe('online');
  });
});

describe('a request that waits for the operator', () => {
  it('is not listed as waiting for ITNIO while a save dialog is open', async () => {
    enterAccount('sandbox');
    let answer!: (result: Result<unknown>) => void;
    fakeBridge(() => new Promise((resolve) => (answer = resolve)));
    const waiting = renderHook(() => useWaiting()).result;
    const saving = bridge().calls.saveRecording({ recordingId: 'rec-1' });
    await act(async () => undefined);
    expect(waiting.current).toEqual([]);
    answer({ ok: true, value: { saved: false } });
    expect(await saving).toEqual({ ok: true, value: { saved: false } });
  });
});
