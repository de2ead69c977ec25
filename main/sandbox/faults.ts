/** Failures a real network and a real vendor produce, injected so clients can be tested against them. */
export type Fault = (
  | { kind: 'latency'; ms: number }
  | { kind: 'reset' }
  | { kind: 'html'; status: 500 | 502 | 503 }
  | { kind: 'truncated' }
  | { kind: 'hang' }
  /** The vendor acts (a call is placed), then its answer never comes: the worst case for a write. */
  | { kind: 'hang-after-acting' }
  | { kind: 'status'; code: string }
  | { kind: 'no-status' }
) & {
  /** Only requests to this path; every path when omitted. */
  path?: string;
  /** How many requests it hits; until cleared when omitted. */
  times?: number;
};

/** What strikes one request: a delay first, if any, then at most one other fault. */
export interface FaultsTaken {
  latencyMs: number;
  fault?: Exclude<Fault, Latency>;
}

export interface FaultBook {
  inject(fault: Fault): void;
  clear(): void;
  /** The faults for this request, counted against their `times`: the first armed latency, and the first armed other fault. */
  take(path: string): FaultsTaken;
}

type Latency = Extract<Fault, { kind: 'latency' }>;
const isLatency = (fault: Fault): fault is Latency => fault.kind === 'latency';
const isOther = (fault: Fault): fault is Exclude<Fault, Latency> => fault.kind !== 'latency';

export function createFaultBook(): FaultBook {
  let armed: { fault: Fault; remaining: number }[] = [];
  const takeFirst = <F extends Fault>(path: string, wanted: (fault: Fault) => fault is F): F | undefined => {
    for (const entry of armed) {
      const { fault } = entry;
      if (entry.remaining > 0 && wanted(fault) && (fault.path === undefined || fault.path === path)) {
        entry.remaining -= 1;
        armed = armed.filter(({ remaining }) => remaining > 0);
        return fault;
      }
    }
    return undefined;
  };
  return {
    inject: (fault) => {
      armed.push({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
    },
    clear: () => {
      armed = [];
    },
    take: (path) => {
      const latencyMs = takeFirst(path, isLatency)?.ms ?? 0;
      const fault = takeFirst(path, isOther);
      return fault ? { latencyMs, fault } : { latencyMs };
    },
  };
}
