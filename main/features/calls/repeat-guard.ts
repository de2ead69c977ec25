/**
 * The double-dial guard: the same callee from the same phone (on the same profile) within a few
 * seconds of the last attempt, or while it is still in flight, is refused unless the operator
 * confirmed it. It lives in main so that the CLI and a renderer racing itself are held to it too.
 */
export const REPEAT_WINDOW_MS = 5_000;

export type Claim = { ok: true; release: () => void } | { ok: false; lastAttemptMs: number; inFlight: boolean };

export interface RepeatGuard {
  /**
   * Takes the slot for a call. Check and take happen in one synchronous step, so two requests
   * arriving together cannot both pass. `recordedAt` is the last attempt another process made (the
   * CLI and the app share the history), as epoch ms. `release` when the attempt is over: the window
   * then runs from its end, since a slow answer is when a second click is most likely.
   */
  claim(key: string, confirmed: boolean, recordedAt?: number): Claim;
}

interface Attempt {
  at: number;
  inFlight: number;
}

export function createRepeatGuard(options: { windowMs?: number; now?: () => number } = {}): RepeatGuard {
  const windowMs = options.windowMs ?? REPEAT_WINDOW_MS;
  const now = options.now ?? Date.now;
  const attempts = new Map<string, Attempt>();

  const forgetOld = (at: number) => {
    for (const [key, attempt] of attempts) if (attempt.inFlight === 0 && at - attempt.at >= windowMs) attempts.delete(key);
  };

  return {
    claim(key, confirmed, recordedAt) {
      const at = now();
      forgetOld(at);
      const last = attempts.get(key);
      if (!confirmed) {
        if (last) return { ok: false, lastAttemptMs: at - last.at, inFlight: last.inFlight > 0 };
        if (recordedAt !== undefined && at - recordedAt >= 0 && at - recordedAt < windowMs) return { ok: false, lastAttemptMs: at - recordedAt, inFlight: false };
      }
      const attempt = last ?? { at, inFlight: 0 };
      attempt.at = at;
      attempt.inFlight += 1;
      attempts.set(key, attempt);
      let released = false;
      return {
        ok: true,
        release: () => {
          if (released) return;
          released = true;
          attempt.inFlight -= 1;
          attempt.at = now();
        },
      };
    },
  };
}
