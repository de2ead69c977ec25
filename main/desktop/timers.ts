/** Timers that run a check; what a run answers (the check's promise) is for tests to wait on. */
export interface Timers {
  every(ms: number, run: () => Promise<unknown>): () => void;
  after(ms: number, run: () => Promise<unknown>): () => void;
}

/** Unref'd: a check never keeps the process alive. */
export const realTimers: Timers = {
  every: (ms, run) => {
    const timer = setInterval(() => void run(), ms);
    timer.unref();
    return () => clearInterval(timer);
  },
  after: (ms, run) => {
    const timer = setTimeout(() => void run(), ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};
