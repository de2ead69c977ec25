/** The sandbox's own clock, so tests can put it ahead of or behind the client's. */
export interface Clock {
  now(): number;
  setOffset(ms: number): void;
}

export function createClock(offsetMs = 0): Clock {
  let offset = offsetMs;
  return {
    now: () => Date.now() + offset,
    setOffset: (ms) => {
      offset = ms;
    },
  };
}

const VENDOR_ZONE_MS = 8 * 3600_000;

/** Call-centre objects carry zone-less "yyyy-MM-dd HH:mm:ss" times; the vendor runs on UTC+8. */
export function vendorTime(ms: number): string {
  return new Date(ms + VENDOR_ZONE_MS).toISOString().replace('T', ' ').slice(0, 19);
}

/** Voice records carry ISO-8601 times with the vendor's offset, e.g. "2022-02-18T14:42:40+08:00". */
export function vendorIsoTime(ms: number): string {
  return `${new Date(ms + VENDOR_ZONE_MS).toISOString().slice(0, 19)}+08:00`;
}
