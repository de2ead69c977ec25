export interface OutcomeLimits {
  /** The first check of a new call: ITNIO files a record some seconds after the call ends. */
  firstCheckMs: number;
  /** The longest wait between two checks of one call. */
  maxBackoffMs: number;
  /** Requests for records at once. */
  inFlight: number;
  /** Requests for records started in any minute. */
  perMinute: number;
  /** How long a profile rests after a check failed for a reason other than the call itself (network, credentials, -15). */
  pauseMs: number;
}

export const OUTCOME_LIMITS: OutcomeLimits = {
  firstCheckMs: 5_000,
  maxBackoffMs: 10 * 60_000,
  inFlight: 2,
  perMinute: 30,
  pauseMs: 60_000,
};

/**
 * The wait before the next check of a call that still has no record after `misses` checks:
 * doubling from twice the first delay (5 s, then 10, 20, 40 s …) up to the cap, so a call whose
 * record is slow costs a handful of requests an hour, not one every few seconds.
 */
export function backoffMs(misses: number, limits: Pick<OutcomeLimits, 'firstCheckMs' | 'maxBackoffMs'>): number {
  return Math.min(limits.firstCheckMs * 2 ** Math.max(0, misses), limits.maxBackoffMs);
}

/**
 * An unknown call (its answer never came) still without a record this long after it was sent was
 * not placed: ITNIO files a record when a call ends, and a call rings at most two minutes. Only a
 * call answered and still talking after an hour would be misjudged.
 */
export const UNKNOWN_SETTLE_MS = 60 * 60_000;
