import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodName } from '../../../contract/methods';
import type { AppError, Result } from '../../../contract/result';
import { i18n } from '../i18n';
import { currentAccount } from './account-scope';
import { resettableStore } from './resettable';

/**
 * How ITNIO answers the active profile, judged from the requests the app makes anyway:
 * `online` (answers come), `slow` (they come, late), `offline` (the network fails: nothing or a
 * broken answer comes back), `failing` (ITNIO's servers answer with errors instead of results).
 * `unknown` until the first request of the profile has ended.
 */
export type ConnectionStatus = 'unknown' | 'online' | 'slow' | 'offline' | 'failing';

export interface ConnectionState {
  status: ConnectionStatus;
  /** Epoch ms the status began. */
  since: number;
  /** Epoch ms the last answer from ITNIO arrived (what the screens show was read by then). */
  lastAnswerAt: number | undefined;
  /** The failure that made it offline or failing. */
  problem: AppError | undefined;
}

/** An answer slower than this makes the connection slow; a request pending this long is said to be waiting. */
export const SLOW_MS = 3_000;
/** While offline or failing, one probe after 5 s, then 10, 20, 40 s, then one a minute. */
export const PROBE_FIRST_MS = 5_000;
export const PROBE_MAX_MS = 60_000;

export const probeDelayMs = (attempt: number): number => Math.min(PROBE_FIRST_MS * 2 ** attempt, PROBE_MAX_MS);

/**
 * The requests that go to ITNIO: the others are answered by main from local files, or wait for the
 * operator (a save dialog: saving a recording asks where first, so its wait is not ITNIO's).
 */
const TO_ITNIO: ReadonlySet<MethodName> = new Set<MethodName>([
  'account.balance',
  'calls.place',
  'calls.checkOutcomes',
  'calls.outcome',
  'calls.recording',
  'calls.activity',
  'calls.activityRecording',
  'phones.list',
  'phones.create',
  'phones.resetPassword',
  'numbers.list',
  'numbers.edit',
  'trunks.list',
  'trunks.agentGroups',
  'trunks.update',
]);

/** Reads may be stopped by the operator; a write, once sent, runs to its answer. */
const WRITES: ReadonlySet<MethodName> = new Set<MethodName>(['calls.place', 'phones.create', 'phones.resetPassword', 'numbers.edit', 'trunks.update']);

interface Waiting {
  id: number;
  method: MethodName;
  startedAt: number;
  /** Answers the caller at once with `cancelled()`; the request itself ends in main by its own deadline. */
  cancel?: () => void;
}

interface ConnectionStore {
  byProfile: Record<string, ConnectionState>;
  waiting: Waiting[];
  /** Counts the returns from offline or failing to online, for screens that read again then. */
  recoveries: Record<string, number>;
}

const useConnectionStore = resettableStore<ConnectionStore>()(() => ({ byProfile: {}, waiting: [], recoveries: {} }));

const UNKNOWN: ConnectionState = { status: 'unknown', since: 0, lastAnswerAt: undefined, problem: undefined };

/** What a request's end says about the connection; undefined when it says nothing (a bad input, a local file). */
function statusOf(result: Result<unknown>, startedAt: number, endedAt: number): { status: ConnectionStatus; problem?: AppError } | undefined {
  if (result.ok && askedNothing(result.value, startedAt)) return undefined;
  const tookMs = endedAt - startedAt;
  const failure = result.ok ? answeredProblem(result.value) : result.error;
  if (!failure) return { status: tookMs >= SLOW_MS ? 'slow' : 'online' };
  if (failure.kind === 'network' || failure.kind === 'timeout') return { status: 'offline', problem: failure };
  if (failure.kind === 'server') return { status: 'failing', problem: failure };
  // ITNIO answered (a refusal, a credential or clock problem): it is reachable.
  if (failure.kind === 'vendor' || failure.kind === 'auth' || failure.kind === 'clock-skew') return { status: tookMs >= SLOW_MS ? 'slow' : 'online' };
  return undefined;
}

/**
 * Answers main gave without asking ITNIO say nothing about it: an outcome check with nothing due,
 * or a list main held from an earlier read (read before this request began; a second of slack for
 * rounding).
 */
function askedNothing(value: unknown, startedAt: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { checked, fetchedAt, stale } = value as { checked?: unknown; fetchedAt?: unknown; stale?: unknown };
  if (checked === 0) return true;
  return stale === undefined && typeof fetchedAt === 'string' && Date.parse(fetchedAt) < startedAt - 1_000;
}

/** A list answered from what was kept (`stale`), or a check whose requests failed (`problem`), reports the failure inside. */
function answeredProblem(value: unknown): AppError | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { stale, problem } = value as { stale?: AppError; problem?: AppError };
  return stale ?? (problem && (problem.kind === 'network' || problem.kind === 'timeout' || problem.kind === 'server') ? problem : undefined);
}

/** The answer a read stopped by the operator gets: nothing was learnt, what was shown stays. */
export const cancelled = (): AppError => ({
  kind: 'timeout',
  message: i18n.t('shell:connection.cancelled.message'),
  hint: i18n.t('shell:connection.cancelled.hint'),
});

function record(profileId: string, next: { status: ConnectionStatus; problem?: AppError }, at: number) {
  useConnectionStore.setState((store) => {
    const current = store.byProfile[profileId] ?? UNKNOWN;
    const reachable = next.status === 'online' || next.status === 'slow';
    const recovered = reachable && (current.status === 'offline' || current.status === 'failing');
    const state: ConnectionState = {
      status: next.status,
      since: current.status === next.status ? current.since : at,
      lastAnswerAt: reachable ? at : current.lastAnswerAt,
      problem: next.problem,
    };
    return {
      byProfile: { ...store.byProfile, [profileId]: state },
      recoveries: recovered ? { ...store.recoveries, [profileId]: (store.recoveries[profileId] ?? 0) + 1 } : store.recoveries,
    };
  });
}

let nextId = 0;

/**
 * Watches one bridge call: while it waits it is listed (so the shell can say it is slow, and a
 * read can be stopped), and its end updates the connection of the profile it was made under.
 */
export function observeCall<T>(method: MethodName, call: () => Promise<Result<T>>): Promise<Result<T>> {
  if (!TO_ITNIO.has(method)) return call();
  const profileId = currentAccount();
  const id = ++nextId;
  const startedAt = Date.now();
  let cancel: (() => void) | undefined;
  const stopped = WRITES.has(method)
    ? undefined
    : new Promise<Result<T>>((resolve) => {
        cancel = () => resolve({ ok: false, error: cancelled() });
      });
  useConnectionStore.setState((store) => ({ waiting: [...store.waiting, { id, method, startedAt, ...(cancel ? { cancel } : {}) }] }));
  // A stopped read still ends in main; its answer still tells how the connection is.
  const answered = call().then((result) => {
    const at = Date.now();
    const status = statusOf(result, startedAt, at);
    if (profileId !== undefined && status) record(profileId, status, at);
    return result;
  });
  const settled = stopped ? Promise.race([answered, stopped]) : answered;
  return settled.finally(() => useConnectionStore.setState((store) => ({ waiting: store.waiting.filter((waiting) => waiting.id !== id) })));
}

/** Stops waiting for every read in flight: each answers `cancelled()` at once. */
export function cancelReads(): void {
  for (const waiting of useConnectionStore.getState().waiting) waiting.cancel?.();
}

/** The active profile's connection. */
export const useConnection = (): ConnectionState => useConnectionStore((store) => (store.byProfile[currentAccount() ?? ''] ?? UNKNOWN));

/** The requests still waiting for ITNIO, oldest first. */
export const useWaiting = (): Waiting[] => useConnectionStore((store) => store.waiting);

/** Why writes cannot be sent now, or undefined: offline, a write would fail or leave an unknown outcome. */
export function useWriteBlockedReason(): string | undefined {
  const { t } = useTranslation('shell');
  return useConnection().status === 'offline' ? t('connection.writeBlocked') : undefined;
}

/**
 * Calls `reread` each time the active profile's connection comes back from offline or failing, so
 * a screen replaces what it kept with what ITNIO holds now.
 */
export function useOnReconnect(reread: () => void): void {
  const latest = useRef(reread);
  useEffect(() => {
    latest.current = reread;
  }, [reread]);
  const recoveries = useConnectionStore((store) => store.recoveries[currentAccount() ?? ''] ?? 0);
  const seen = useRef(recoveries);
  useEffect(() => {
    if (recoveries === seen.current) return;
    seen.current = recoveries;
    latest.current();
  }, [recoveries]);
}

/**
 * While the active profile is offline or failing, asks ITNIO again with `probe` (a cheap read
 * whose answer also updates what is shown): 5 s after, then twice as long each time, at most once
 * a minute, and never while another probe waits. Stops once an answer comes.
 */
export function startProbing(probe: () => Promise<unknown>, timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis): () => void {
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = timers.setTimeout(async () => {
      const state = useConnectionStore.getState().byProfile[currentAccount() ?? ''];
      if (state?.status !== 'offline' && state?.status !== 'failing') return;
      await probe();
      attempt += 1;
      schedule();
    }, probeDelayMs(attempt));
  };
  schedule();
  return () => {
    stopped = true;
    if (timer !== undefined) timers.clearTimeout(timer);
  };
}
