import type { Said } from '../../../contract/said';

/**
 * The server's clock is the truth for signing: a stale Timestamp is answered with -16, and the
 * vendor does not publish how much drift it tolerates.
 */

/** Below this the Date header's one-second resolution is noise; above it we sign with the server's time. */
const SIGN_WITH_SERVER_CLOCK_ABOVE_MS = 2_000;
/** Above this the operator should fix the computer's clock, even though requests still work. */
const CLOCK_WARNING_ABOVE_MS = 60_000;

export interface Clock {
  /** Learns the offset from a response's Date header; a missing or unreadable header changes nothing. */
  observe(dateHeader: string | string[] | undefined): void;
  /** Server time minus local time, from the last response that carried a Date header. */
  offsetMs(): number;
  /** The server refused our time: from now on sign with its clock, however small the offset looks. */
  rejectedByServer(): void;
  signingTimeMs(): number;
}

export function createClock(now: () => number): Clock {
  let offset = 0;
  let serverClockRequired = false;
  return {
    observe(dateHeader) {
      const serverTime = Date.parse(Array.isArray(dateHeader) ? (dateHeader[0] ?? '') : (dateHeader ?? ''));
      if (!Number.isNaN(serverTime)) offset = serverTime - now();
    },
    offsetMs: () => offset,
    rejectedByServer: () => {
      serverClockRequired = true;
    },
    signingTimeMs: () => now() + (serverClockRequired || Math.abs(offset) > SIGN_WITH_SERVER_CLOCK_ABOVE_MS ? offset : 0),
  };
}

/** The vendor wants whole seconds, which stay 10 digits until the year 2286. */
export const timestampSeconds = (timeMs: number): string => String(Math.floor(timeMs / 1000));

/** A sentence for the operator when this computer's clock is far from the server's, else undefined. */
export function clockWarningSaid(offsetMs: number): Said | undefined {
  if (!Number.isFinite(offsetMs) || Math.abs(offsetMs) <= CLOCK_WARNING_ABOVE_MS) return undefined;
  return { key: offsetMs > 0 ? 'itnio.clock.behind' : 'itnio.clock.ahead', values: { span: roughly(Math.abs(offsetMs)) } };
}

function roughly(ms: number): Said {
  const count = (unitMs: number) => Math.round(ms / unitMs);
  if (count(60_000) < 60) return { key: 'itnio.clock.minutes', values: { count: count(60_000) } };
  if (count(3_600_000) < 48) return { key: 'itnio.clock.hours', values: { count: count(3_600_000) } };
  return { key: 'itnio.clock.days', values: { count: count(86_400_000) } };
}
