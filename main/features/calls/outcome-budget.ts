/**
 * How many requests for call records may go to ITNIO: at most `inFlight` at once, and at most
 * `perMinute` started in any 60 seconds, whoever asks (background checks, the refresh button,
 * several windows). The vendor documents no rate limit but answers -15 "too frequent", so the
 * console stays well under any plausible one.
 */
export interface RequestBudget {
  /** Claims up to `wanted` requests of this minute's allowance (all of them when `force`); answers how many were granted. */
  reserve(wanted: number, now: number, force?: boolean): number;
  /** Gives back one claimed request that was never sent. */
  refund(): void;
  /** Milliseconds until another request may be claimed; 0 when one may be now. */
  waitMs(now: number): number;
  /** Runs `task` once fewer than `inFlight` others are running. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

const MINUTE_MS = 60_000;

export function createRequestBudget(limits: { inFlight: number; perMinute: number }): RequestBudget {
  /** Start times claimed within the last minute, oldest first. */
  const claimed: number[] = [];
  let running = 0;
  const waiting: (() => void)[] = [];

  const forgetOld = (now: number) => {
    while (claimed.length > 0 && claimed[0]! <= now - MINUTE_MS) claimed.shift();
  };

  const acquire = async () => {
    if (running < limits.inFlight) {
      running += 1;
      return;
    }
    // The slot is handed over by release, so running never dips below the limit in between.
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    reserve(wanted, now, force = false) {
      forgetOld(now);
      const granted = force ? wanted : Math.max(0, Math.min(wanted, limits.perMinute - claimed.length));
      for (let index = 0; index < granted; index++) claimed.push(now);
      return granted;
    },
    refund() {
      claimed.pop();
    },
    waitMs(now) {
      forgetOld(now);
      if (claimed.length < limits.perMinute) return 0;
      return claimed[claimed.length - limits.perMinute]! + MINUTE_MS - now;
    },
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
