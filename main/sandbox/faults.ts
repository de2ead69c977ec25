/** Failures a real network and a real vendor produce, injected so clients can be tested against them. */
export type Fault = (
  | { kind: 'latency'; ms: number }
  | { kind: 'reset' }
  | { kind: 'html'; status: 500 | 502 | 503 }
  | { kind: 'truncated' }
  | { kind: 'hang' }
  | { kind: 'status'; code: string }
  | { kind: 'no-status' }
) & {
  /** Only requests to this path; every path when omitted. */
  path?: string;
  /** How many requests it hits; until cleared when omitted. */
  times?: number;
};

export interface FaultBook {
  inject(fault: Fault): void;
  clear(): void;
  /** The fault for this request, if any; counts it against `times`. */
  take(path: string): Fault | undefined;
}

export function createFaultBook(): FaultBook {
  let armed: { fault: Fault; remaining: number }[] = [];
  return {
    inject: (fault) => {
      armed.push({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
    },
    clear: () => {
      armed = [];
    },
    take: (path) => {
      const entry = armed.find(({ fault, remaining }) => remaining > 0 && (fault.path === undefined || fault.path === path));
      if (!entry) return undefined;
      entry.remaining -= 1;
      armed = armed.filter(({ remaining }) => remaining > 0);
      return entry.fault;
    },
  };
}
