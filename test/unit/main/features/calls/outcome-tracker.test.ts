/**
 * The outcome scheduler on a fake clock: when each call is checked, how far it backs off, and the
 * bounds that keep hundreds of recent calls from turning into a request storm.
 */
import { describe, expect, it } from 'vitest';
import { fail, ok, type AppError, type Result } from '../../../../../contract/result';
import type { CallOutcome } from '../../../../../contract/schemas/calls';
import type { HistoryEntry } from '../../../../../contract/schemas/call-history';
import type { RecordLine } from '../../../../../main/features/calls/history-store';
import { backoffMs, OUTCOME_LIMITS } from '../../../../../main/features/calls/outcome-schedule';
import { createOutcomeTracker } from '../../../../../main/features/calls/outcome-tracker';
import { inEnglish } from '../../../../../main/platform/messages';
import { callRecord } from '../../../../support/fixtures/call-records';
import { memoryLogger } from '../../../../support/memory-log';

const T0 = Date.UTC(2025, 6, 1, 10, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const RECORD = callRecord();

const placed = (n: number, at: number, profileId = 'sandbox'): HistoryEntry => ({
  id: `e${n}`,
  at: new Date(at).toISOString(),
  profileId,
  profileName: profileId,
  callee: '442079460958',
  account: '80010001',
  request: 'placed',
  recordingId: `rec${n}`,
});

interface Asked {
  recordingId: string;
  profileId: string;
  answer(result: Result<CallOutcome>): void;
}

/**
 * A history in memory and an ITNIO that answers at once, or only when the test says so (`manual`),
 * so requests in flight can be counted. `filed` lists the recordings whose record exists;
 * `failures` the errors answered for a recording id or a profile.
 */
function world(entries: HistoryEntry[], options: { manual?: boolean; failures?: Map<string, AppError>; found?: Map<string, string> } = {}) {
  const failures = options.failures ?? new Map<string, AppError>();
  let clock = T0;
  const asked: Asked[] = [];
  const filed = new Set<string>();
  const records: RecordLine[] = [];
  const unknownSearches: { callee: string; taken: string[] }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const tracker = createOutcomeTracker({
    now: () => clock,
    log: memoryLogger().log,
    history: {
      entries: async () =>
        [...entries].reverse().map((entry) => {
          const kept = records.find((line) => line.profileId === entry.profileId && line.recordingId === entry.recordingId);
          return kept ? { ...entry, record: kept.record, recordCheckedAt: kept.checkedAt } : entry;
        }),
      appendRecord: async (line) => {
        records.push(line);
      },
      append: async (entry) => {
        entries.splice(entries.findIndex((candidate) => candidate.id === entry.id), 1, entry);
      },
    },
    findUnknown: async (call, taken) => {
      unknownSearches.push({ callee: call.callee, taken: [...taken] });
      const recordingId = options.found?.get(call.callee);
      return ok(recordingId ? { found: true, recordingId, checkedAt: new Date(clock).toISOString(), record: RECORD } : { found: false });
    },
    lookup: (ref) =>
      new Promise((resolve) => {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        const answer = (result: Result<CallOutcome>) => {
          inFlight -= 1;
          resolve(result);
        };
        const item = { ...ref, answer };
        asked.push(item);
        if (!options.manual) {
          const checkedAt = new Date(clock).toISOString();
          const failure = failures.get(ref.recordingId) ?? failures.get(ref.profileId);
          if (failure) answer(fail(failure));
          else answer(filed.has(ref.recordingId) ? ok({ recordingId: ref.recordingId, checkedAt, available: true, record: RECORD }) : ok({ recordingId: ref.recordingId, checkedAt, available: false }));
        }
      }),
  });
  return {
    tracker,
    asked,
    filed,
    failures,
    records,
    entries,
    unknownSearches,
    mostInFlight: () => mostInFlight,
    at: (ms: number) => {
      clock = T0 + ms;
    },
    advance: (ms: number) => {
      clock += ms;
    },
    now: () => clock - T0,
  };
}

const value = async <T>(result: Promise<Result<T>>): Promise<T> => {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
};

describe('backoff', () => {
  it('doubles from twice the first delay and stops growing at ten minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 20].map((misses) => backoffMs(misses, OUTCOME_LIMITS) / SECOND)).toEqual([5, 10, 20, 40, 80, 160, 320, 600, 600, 600]);
  });
});

describe('outcome tracker', () => {
  it('checks a new call 5 s after it was placed, not before, and stops once its record is filed', async () => {
    const w = world([placed(1, T0)]);
    w.at(4 * SECOND);
    expect(await value(w.tracker.sweep(undefined))).toEqual({ checked: 0, filed: 0, watching: 1, deferred: 0, nextCheckInMs: 1000 });
    expect(w.asked).toHaveLength(0);

    w.at(5 * SECOND);
    expect(await value(w.tracker.sweep(undefined))).toMatchObject({ checked: 1, filed: 0, watching: 1, nextCheckInMs: 10 * SECOND });
    w.filed.add('rec1');
    w.at(15 * SECOND);
    expect(await value(w.tracker.sweep(undefined))).toEqual({ checked: 1, filed: 1, watching: 0, deferred: 0, nextCheckInMs: null });
    expect(w.records).toEqual([{ profileId: 'sandbox', recordingId: 'rec1', checkedAt: new Date(T0 + 15 * SECOND).toISOString(), record: RECORD }]);

    w.at(HOUR);
    expect(await value(w.tracker.sweep(undefined))).toMatchObject({ checked: 0, watching: 0, nextCheckInMs: null });
    expect(w.asked).toHaveLength(2);
  });

  it('backs off exponentially while the record is missing, up to ten minutes, and gives up after two hours', async () => {
    const w = world([placed(1, T0)]);
    const checkedAt: number[] = [];
    // A window that wakes whenever main says the next check is due.
    w.at(0);
    for (let wake = 0; wake < 100; wake++) {
      const sweep = await value(w.tracker.sweep(undefined));
      if (sweep.checked > 0) checkedAt.push(w.now() / SECOND);
      if (sweep.nextCheckInMs === null) break;
      w.advance(sweep.nextCheckInMs);
    }
    expect(checkedAt.slice(0, 9)).toEqual([5, 15, 35, 75, 155, 315, 635, 1235, 1835]);
    // Doublings, then every ten minutes until the two hours are up: 17 requests in all.
    expect(checkedAt.at(-1)).toBe(6635);
    expect(checkedAt).toHaveLength(17);
    expect(w.asked).toHaveLength(17);
  });

  it('keeps at most two requests in flight and 30 a minute with hundreds of recent calls', async () => {
    const entries = Array.from({ length: 300 }, (_, n) => placed(n, T0 - n * SECOND));
    const w = world(entries, { manual: true });
    w.at(MINUTE);
    const sweep = w.tracker.sweep(undefined);
    for (let answered = 0; answered < 30; answered++) {
      await expect.poll(() => w.asked.length).toBe(answered + Math.min(2, 30 - answered));
      w.asked[answered]!.answer(ok({ recordingId: w.asked[answered]!.recordingId, checkedAt: '', available: false }));
    }
    const first = await value(sweep);
    expect(w.mostInFlight()).toBe(2);
    expect(first).toMatchObject({ checked: 30, filed: 0, watching: 300, deferred: 270 });
    // Nothing more until the minute's budget frees up.
    expect(first.nextCheckInMs).toBe(MINUTE);
    w.advance(30 * SECOND);
    // Every call is due by now (the 30 checked ones 10 s after their check), but the budget is spent.
    expect(await value(w.tracker.sweep(undefined))).toMatchObject({ checked: 0, deferred: 300, nextCheckInMs: 30 * SECOND });
    expect(w.asked).toHaveLength(30);
    // The longest overdue went first: the oldest calls.
    expect(w.asked.slice(0, 3).map((item) => item.recordingId)).toEqual(['rec299', 'rec298', 'rec297']);
  });

  it('does not ask twice for a call another window is already asking about', async () => {
    const w = world([placed(1, T0)], { manual: true });
    w.at(10 * SECOND);
    const one = w.tracker.sweep(undefined);
    const two = w.tracker.sweep(undefined);
    await expect.poll(() => w.asked.length).toBe(1);
    w.asked[0]!.answer(ok({ recordingId: 'rec1', checkedAt: '', available: false }));
    expect((await value(one)).checked + (await value(two)).checked).toBe(1);
  });

  it('refresh checks every call still without a record at once, older ones once, none beyond two months or failed', async () => {
    const entries = [
      placed(1, T0 - 40 * 24 * HOUR),
      placed(2, T0 - 70 * 24 * HOUR),
      { ...placed(3, T0 - 3 * HOUR), outcome: 'failed' as const, recordingId: undefined, errorKind: 'vendor' as const, errorCode: '-10', errorMessage: 'balance' },
      placed(4, T0 - 3 * HOUR),
      placed(5, T0 - 1 * SECOND),
    ];
    const w = world(entries);
    w.at(0);
    const sweep = await value(w.tracker.sweep({ all: true }));
    expect(w.asked.map((item) => item.recordingId).sort()).toEqual(['rec1', 'rec4', 'rec5']);
    expect(sweep).toMatchObject({ checked: 3, filed: 0, watching: 1 });
    // The old ones are not chased in the background; the recent one is, on its backoff.
    w.advance(HOUR);
    await value(w.tracker.sweep(undefined));
    expect(w.asked.slice(3).map((item) => item.recordingId)).toEqual(['rec5']);
  });

  it("checks a row's call at once, beyond the minute's budget, and refuses what has no record to find", async () => {
    const entries = [
      ...Array.from({ length: 40 }, (_, n) => placed(n, T0 - MINUTE)),
      placed(90, T0 - 3 * HOUR),
      { ...placed(91, T0), outcome: 'failed' as const, recordingId: undefined },
      placed(92, T0 - 90 * 24 * HOUR),
    ];
    const w = world(entries);
    w.filed.add('rec90');
    w.at(0);
    await value(w.tracker.sweep(undefined));
    expect(w.asked).toHaveLength(30);
    expect(await value(w.tracker.sweep({ ids: ['e90'] }))).toMatchObject({ checked: 1, filed: 1 });
    expect(w.records.map((line) => line.recordingId)).toEqual(['rec90']);

    const refusals = [
      ['e91', 'The call is a call attempt that failed: ITNIO never took the call, so it has no record.', 'calls.outcome.attemptFailed'],
      ['e92', 'The call is older than two months: ITNIO keeps call records for two months only.', 'calls.outcome.tooOld'],
      ['gone', 'The call is not in the call history (it may have been cleared).', 'calls.outcome.notInHistory'],
    ] as const;
    for (const [id, message, problem] of refusals) {
      const refused = await w.tracker.sweep({ ids: [id] });
      expect(refused).toEqual({
        ok: false,
        error: {
          kind: 'invalid-input',
          field: 'ids',
          message,
          hint: 'Nothing was sent. Check the outcome of a call placed in the last two months.',
          say: { message: { key: 'calls.outcome.cannotCheck.message', values: { problem: { key: problem } } }, hint: { key: 'calls.outcome.cannotCheck.hint' } },
        },
      });
      if (!refused.ok) expect(inEnglish(refused.error.say!.message)).toBe(message);
    }
    expect(w.asked).toHaveLength(31);
  });

  it('rests a profile after a failure that is not about the call, and never asks again about a call ITNIO does not know', async () => {
    const network: AppError = { kind: 'network', message: 'Could not reach the server.', hint: 'Check the connection.' };
    const unknownId: AppError = { kind: 'vendor', code: '-22', field: 'recordingId', message: "The server did not accept this call's recording id (parameter error)." };
    const entries = [placed(1, T0, 'office'), placed(2, T0, 'office'), placed(3, T0, 'office'), placed(4, T0, 'sandbox'), placed(5, T0, 'sandbox')];
    const w = world(entries, { failures: new Map([['office', network], ['rec4', unknownId]]) });
    w.at(10 * SECOND);
    const first = await value(w.tracker.sweep(undefined));
    expect(first.problem).toBeDefined();
    const asked = (from: number, profileId: string) => w.asked.slice(from).filter((item) => item.profileId === profileId).map((item) => item.recordingId);
    // Once office failed, its remaining calls were not sent; sandbox's were.
    expect(asked(0, 'office').length).toBeLessThan(3);
    expect(asked(0, 'sandbox').sort()).toEqual(['rec4', 'rec5']);
    expect(first.nextCheckInMs).toBeGreaterThanOrEqual(10 * SECOND);

    // Still resting 30 s later: only sandbox's call is asked about, and never rec4 again.
    w.advance(30 * SECOND);
    let from = w.asked.length;
    await value(w.tracker.sweep(undefined));
    expect(asked(from, 'office')).toEqual([]);
    expect(asked(from, 'sandbox')).toEqual(['rec5']);

    // After its rest, office's calls are asked about again.
    w.failures.delete('office');
    w.advance(OUTCOME_LIMITS.pauseMs);
    from = w.asked.length;
    await value(w.tracker.sweep(undefined));
    expect(asked(from, 'office').sort()).toEqual(['rec1', 'rec2', 'rec3']);
    expect(w.asked.map((item) => item.recordingId).filter((id) => id === 'rec4')).toHaveLength(1);
  });

  it('looks for an unknown call among the records, and settles it as placed when found', async () => {
    const unknown: HistoryEntry = {
      ...placed(2, T0),
      callee: '12025550148',
      request: 'unknown',
      recordingId: undefined,
      errorKind: 'timeout',
      errorMessage: 'no answer',
      say: { errorMessage: { key: 'itnio.transport.noAnswer', values: { host: 'api.itniotech.com', duration: '15 s' } } },
    };
    const w = world([placed(1, T0), unknown], { found: new Map([['12025550148', 'rec9']]) });
    w.filed.add('rec1');
    w.at(5 * SECOND);
    expect(await value(w.tracker.sweep(undefined))).toMatchObject({ checked: 2, filed: 2, watching: 0 });
    // The history's other calls are never taken for it.
    expect(w.unknownSearches).toEqual([{ callee: '12025550148', taken: ['rec1'] }]);
    expect(w.entries[1]).toMatchObject({ id: 'e2', request: 'placed', recordingId: 'rec9' });
    expect(w.entries[1]!.errorMessage).toBeUndefined();
    expect(w.entries[1]!.say).toBeUndefined();
    expect(w.records.map((line) => line.recordingId)).toEqual(['rec1', 'rec9']);
  });

  it('settles an unknown call as not placed when ITNIO has no record of it an hour on, checking it gently meanwhile', async () => {
    const unknown: HistoryEntry = {
      ...placed(1, T0),
      request: 'unknown',
      recordingId: undefined,
      errorKind: 'network',
      errorMessage: 'cut',
      say: { errorMessage: { key: 'itnio.transport.cut', values: { host: 'api.itniotech.com' } } },
    };
    const w = world([unknown]);
    for (let wake = 0; wake < 100 && w.entries[0]!.request === 'unknown'; wake++) {
      const sweep = await value(w.tracker.sweep(undefined));
      if (sweep.nextCheckInMs === null) break;
      w.advance(sweep.nextCheckInMs);
    }
    expect(w.entries[0]).toMatchObject({ request: 'failed', errorMessage: expect.stringContaining('it was not placed'), say: { errorMessage: { key: 'calls.notes.notPlaced' } } });
    expect(inEnglish(w.entries[0]!.say!.errorMessage)).toBe(w.entries[0]!.errorMessage);
    // 5 s, 10 s, 20 s … up to ten minutes apart: about a dozen searches in the hour, not hundreds.
    expect(w.unknownSearches.length).toBeGreaterThan(5);
    expect(w.unknownSearches.length).toBeLessThan(16);
    expect(w.now()).toBeGreaterThanOrEqual(HOUR);
    expect(w.now()).toBeLessThan(HOUR + 11 * MINUTE);
  });
});
