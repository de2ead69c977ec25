import { fail, ok, type AppError, type Result } from '../../../contract/result';
import type { CallOutcome, CallRecord } from '../../../contract/schemas/calls';
import { OUTCOME_WATCH_MS, recordsKeptSince, type CheckOutcomesInput, type OutcomeSweep } from '../../../contract/schemas/call-history';
import type { HistoryEntry } from '../../../contract/schemas/call-history';
import { CALL_NOTES } from '../../../contract/schemas/call-record-text';
import type { CallHistory } from './history-store';
import type { Logger } from '../../platform/log';
import { inEnglish, spoken } from '../../platform/messages';
import { createRequestBudget } from './outcome-budget';
import { backoffMs, OUTCOME_LIMITS, UNKNOWN_SETTLE_MS, type OutcomeLimits } from './outcome-schedule';
import type { FoundCall, UnknownCall } from './unknown-call-lookup';

export interface OutcomeTrackerDeps {
  history: Pick<CallHistory, 'entries' | 'append' | 'appendRecord'>;
  /** One call's record from ITNIO, asked of the profile that placed the call (calls.outcome). */
  lookup: (ref: { recordingId: string; profileId: string }) => Promise<Result<CallOutcome>>;
  /** The record of a call whose answer never came, searched among ITNIO's records around its time. */
  findUnknown: (call: UnknownCall, taken: ReadonlySet<string>) => Promise<Result<FoundCall>>;
  log: Logger;
  /** Told of each record filed, with the call it is of; its errors are the listener's own. */
  onFiled?: (entry: HistoryEntry, record: CallRecord) => void;
  now?: () => number;
  limits?: Partial<OutcomeLimits>;
}

/** A call of the history whose record is still to come. */
interface Watch {
  /** Checks that found no record yet. */
  misses: number;
  dueAt: number;
  /** Older than the background window, enrolled by a refresh: checked once, then left alone. */
  once: boolean;
}

type Check = { status: 'filed' | 'missing' | 'skipped' } | { status: 'failed'; error: AppError };

type PlacedEntry = HistoryEntry & { recordingId: string };

/**
 * A call whose record is still to come: placed (asked for by its recording id), or unknown (its
 * answer never came, so it is searched for by callee and time, and settles as placed or not).
 */
type OpenEntry = PlacedEntry | (HistoryEntry & { request: 'unknown' });

const isPlaced = (entry: OpenEntry): entry is PlacedEntry => entry.request === 'placed';

/** Recording ids cannot hold '#', so an unknown call's key never meets a placed call's. */
const keyOf = (entry: OpenEntry) => `${entry.profileId}\n${isPlaced(entry) ? entry.recordingId : `#${entry.id}`}`;
const profileOfKey = (key: string) => key.slice(0, key.indexOf('\n'));

/**
 * Fills in the history's call records from ITNIO without a request storm. Main owns the schedule
 * and the request budget, so every window and every trigger shares one limit and one backoff, and
 * a window reload does not restart it; it owns no timer, so nothing runs on in the CLI or after
 * the app closes. The renderer calls `sweep()` when main's last answer said the next check is
 * due (`nextCheckInMs`): background checks run while the app is open.
 *
 * Recent calls (OUTCOME_WATCH_MS) are watched: first checked `firstCheckMs` after the call, then
 * at doubling intervals up to `maxBackoffMs`, until their record is filed. A refresh makes every
 * call still without a record due at once, older ones (within ITNIO's two months) for one check.
 * A failure that is not about the call itself (network, credentials, -15 too frequent) rests that
 * profile for `pauseMs`, and the rest of the sweep's checks for it are not sent.
 */
export function createOutcomeTracker(deps: OutcomeTrackerDeps) {
  const limits = { ...OUTCOME_LIMITS, ...deps.limits };
  const now = deps.now ?? Date.now;
  const budget = createRequestBudget(limits);
  const watches = new Map<string, Watch>();
  /** Calls ITNIO refused to look up (-22 on the recording id): asking again cannot help. */
  const unknown = new Set<string>();
  const pausedUntil = new Map<string, number>();
  const running = new Map<string, Promise<Check>>();

  const isPaused = (profileId: string, at: number) => (pausedUntil.get(profileId) ?? 0) > at;

  const missed = (key: string, at: number) => {
    const watch = watches.get(key);
    if (!watch) return;
    if (watch.once) {
      watches.delete(key);
      return;
    }
    watch.misses += 1;
    watch.dueAt = at + backoffMs(watch.misses, limits);
  };

  const keepRecord = async (entry: HistoryEntry, recordingId: string, checkedAt: string, record: CallRecord, at: number, key: string): Promise<Check> => {
    const { profileId } = entry;
    try {
      await deps.history.appendRecord({ profileId, recordingId, checkedAt, record });
    } catch (error) {
      return notWritten(error, at, key);
    }
    watches.delete(key);
    deps.onFiled?.({ ...entry, request: 'placed', recordingId }, record);
    return { status: 'filed' };
  };

  const notWritten = (error: unknown, at: number, key: string): Check => {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    deps.log.error('call record not saved', { code });
    missed(key, at);
    return {
      status: 'failed',
      error: { kind: 'file', ...spoken({ key: 'calls.outcome.notWritten.message', values: { code } }, { key: 'calls.outcome.notWritten.hint' }) },
    };
  };

  const checkPlaced = async (entry: PlacedEntry, key: string): Promise<Check> => {
    const outcome = await deps.lookup({ recordingId: entry.recordingId, profileId: entry.profileId });
    const at = now();
    if (!outcome.ok) {
      if (outcome.error.kind === 'vendor' && outcome.error.field === 'recordingId') {
        unknown.add(key);
        watches.delete(key);
      } else {
        pausedUntil.set(entry.profileId, at + limits.pauseMs);
        missed(key, at);
      }
      return { status: 'failed', error: outcome.error };
    }
    if (!outcome.value.available) {
      missed(key, at);
      return { status: 'missing' };
    }
    return keepRecord(entry, entry.recordingId, outcome.value.checkedAt, outcome.value.record, at, key);
  };

  /** Found: the entry becomes the placed call with its record. Not found an hour on: it was not placed. */
  const checkUnknown = async (entry: OpenEntry, key: string, taken: ReadonlySet<string>): Promise<Check> => {
    const found = await deps.findUnknown(entry, taken);
    const at = now();
    if (!found.ok) {
      pausedUntil.set(entry.profileId, at + limits.pauseMs);
      missed(key, at);
      return { status: 'failed', error: found.error };
    }
    const { errorKind: _kind, errorCode: _code, errorMessage: _message, say: _say, ...call } = entry;
    try {
      if (found.value.found) {
        await deps.history.append({ ...call, request: 'placed', recordingId: found.value.recordingId });
      } else if (at - Date.parse(entry.at) >= UNKNOWN_SETTLE_MS) {
        await deps.history.append({ ...entry, request: 'failed', errorMessage: NOT_PLACED, say: { errorMessage: CALL_NOTES.notPlaced } });
        watches.delete(key);
        return { status: 'filed' };
      }
    } catch (error) {
      return notWritten(error, at, key);
    }
    if (!found.value.found) {
      missed(key, at);
      return { status: 'missing' };
    }
    return keepRecord(entry, found.value.recordingId, found.value.checkedAt, found.value.record, at, key);
  };

  const check = (entry: OpenEntry, forced: boolean, taken: ReadonlySet<string>): Promise<Check> => {
    const key = keyOf(entry);
    const current = running.get(key);
    if (current) {
      // Already being asked: the claimed request is not needed.
      budget.refund();
      return current;
    }
    const task = budget.run(async (): Promise<Check> => {
      if (!forced && isPaused(entry.profileId, now())) {
        budget.refund();
        return { status: 'skipped' };
      }
      return isPlaced(entry) ? checkPlaced(entry, key) : checkUnknown(entry, key, taken);
    });
    running.set(key, task);
    void task.finally(() => running.delete(key));
    return task;
  };

  /** The calls still without a record that ITNIO may have: placed or unknown, within its two months, not refused. */
  const pendingCalls = (entries: HistoryEntry[], at: number): Map<string, OpenEntry> => {
    const kept = recordsKeptSince(at);
    const pending = new Map<string, OpenEntry>();
    for (const entry of entries) {
      if (entry.record || Date.parse(entry.at) < kept || !isOpen(entry)) continue;
      if (!unknown.has(keyOf(entry))) pending.set(keyOf(entry), entry);
    }
    return pending;
  };

  /** Watches what is recent, and forgets calls filed elsewhere (the CLI), cleared or aged out. */
  const updateWatches = (pending: Map<string, OpenEntry>, at: number) => {
    for (const [key, watch] of watches) {
      const entry = pending.get(key);
      if (!entry || (!watch.once && at - Date.parse(entry.at) > OUTCOME_WATCH_MS)) watches.delete(key);
    }
    for (const [key, entry] of pending) {
      const placedAt = Date.parse(entry.at);
      if (!watches.has(key) && at - placedAt <= OUTCOME_WATCH_MS) watches.set(key, { misses: 0, dueAt: placedAt + limits.firstCheckMs, once: false });
    }
  };

  const chosenEntries = (input: CheckOutcomesInput, entries: HistoryEntry[], pending: Map<string, OpenEntry>, at: number): Result<{ chosen: OpenEntry[]; forced: boolean; deferred: number }> => {
    if (input?.ids) {
      const chosen: OpenEntry[] = [];
      for (const id of input.ids) {
        const entry = entries.find((candidate) => candidate.id === id);
        const problem = !entry
          ? 'calls.outcome.notInHistory'
          : !isOpen(entry)
            ? entry.request === 'pending'
              ? 'calls.outcome.stillPlacing'
              : 'calls.outcome.attemptFailed'
            : Date.parse(entry.at) < recordsKeptSince(at)
              ? 'calls.outcome.tooOld'
              : undefined;
        if (problem || !entry || !isOpen(entry)) {
          return fail({
            kind: 'invalid-input',
            field: 'ids',
            ...spoken({ key: 'calls.outcome.cannotCheck.message', values: { problem: { key: problem ?? 'calls.outcome.notInHistory' } } }, { key: 'calls.outcome.cannotCheck.hint' }),
          });
        }
        chosen.push(entry);
      }
      budget.reserve(chosen.length, at, true);
      return ok({ chosen, forced: true, deferred: 0 });
    }
    if (input?.all) {
      for (const [key, entry] of pending) {
        const watch = watches.get(key) ?? { misses: 0, dueAt: at, once: at - Date.parse(entry.at) > OUTCOME_WATCH_MS };
        watch.dueAt = Math.min(watch.dueAt, at);
        watches.set(key, watch);
      }
    }
    const due = [...watches]
      .filter(([key, watch]) => watch.dueAt <= at && !running.has(key) && !isPaused(profileOfKey(key), at))
      .sort(([, a], [, b]) => a.dueAt - b.dueAt)
      .map(([key]) => pending.get(key)!);
    const granted = budget.reserve(due.length, at);
    return ok({ chosen: due.slice(0, granted), forced: false, deferred: due.length - granted });
  };

  /** When the next background check is due, held to the profile's rest and the minute's budget. */
  const nextCheckInMs = (at: number): number | null => {
    if (watches.size === 0) return null;
    let next = Infinity;
    for (const [key, watch] of watches) next = Math.min(next, Math.max(watch.dueAt, pausedUntil.get(profileOfKey(key)) ?? 0));
    next = Math.max(next, at + budget.waitMs(at));
    // A second at least: a window ticking faster than that would only re-read the history.
    return Math.max(1_000, Math.round(next - at));
  };

  return {
    async sweep(input: CheckOutcomesInput): Promise<Result<OutcomeSweep>> {
      const at = now();
      const entries = await deps.history.entries();
      const pending = pendingCalls(entries, at);
      updateWatches(pending, at);
      const picked = chosenEntries(input, entries, pending, at);
      if (!picked.ok) return picked;
      const { chosen, forced, deferred } = picked.value;
      const taken = takenRecordingIds(entries);
      const checks = await Promise.all(chosen.map((entry) => check(entry, forced, taken.get(entry.profileId) ?? new Set())));
      const sent = checks.filter((result) => result.status !== 'skipped').length;
      const filed = checks.filter((result) => result.status === 'filed').length;
      const problem = checks.find((result) => result.status === 'failed');
      if (sent > 0) deps.log.info('call outcomes', { checked: sent, filed, deferred, watching: watches.size, failed: problem?.error.kind });
      return ok({
        checked: sent,
        filed,
        watching: watches.size,
        deferred,
        nextCheckInMs: nextCheckInMs(now()),
        ...(problem ? { problem: problem.error } : {}),
      });
    },
  };
}

export type OutcomeTracker = ReturnType<typeof createOutcomeTracker>;

const isOpen = (entry: HistoryEntry): entry is OpenEntry => (entry.request === 'placed' && entry.recordingId !== undefined) || entry.request === 'unknown';

const NOT_PLACED = inEnglish(CALL_NOTES.notPlaced);

/** Per profile, the recording ids the history already holds: an unknown call is never matched to another call's record. */
function takenRecordingIds(entries: HistoryEntry[]): Map<string, Set<string>> {
  const taken = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!entry.recordingId) continue;
    const ids = taken.get(entry.profileId) ?? new Set<string>();
    ids.add(entry.recordingId);
    taken.set(entry.profileId, ids);
  }
  return taken;
}
