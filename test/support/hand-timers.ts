import type { Timers } from '../../main/desktop/timers';

/** Timers the test runs by hand: `run(ms)` fires what is due by then, in order, each check waited for. */
export function handTimers() {
  let now = 0;
  const pending: { at: number; every?: number; run: () => Promise<unknown>; stopped: boolean }[] = [];
  const add = (ms: number, run: () => Promise<unknown>, every?: number) => {
    const timer = { at: now + ms, ...(every ? { every } : {}), run, stopped: false };
    pending.push(timer);
    return () => void (timer.stopped = true);
  };
  const timers: Timers = { after: (ms, run) => add(ms, run), every: (ms, run) => add(ms, run, ms) };
  const run = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = pending.filter((timer) => !timer.stopped && timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      now = next.at;
      if (next.every) next.at += next.every;
      else next.stopped = true;
      // A check reads the settings file: each is waited for, however busy the machine.
      await next.run();
    }
    now = until;
  };
  return { timers, run };
}
