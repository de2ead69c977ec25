const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** ITNIO's voice and number record queries answer at most 31 days at a time (wider API §2.6). */
export const VOICE_WINDOW_DAYS = 31;
const WINDOW_MS = VOICE_WINDOW_DAYS * DAY_MS;

/** A time as ITNIO's voice queries take it: ISO-8601 with the operator's offset and whole seconds. */
export function offsetTime(ms: number, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${new Date(ms + offsetMinutes * MINUTE_MS).toISOString().slice(0, 19)}${zone}`;
}

/**
 * The queries one range takes. Each window ends where the next begins, so no call falls between
 * two; a call read twice is merged by its id.
 */
export function voiceWindows(start: number, end: number): { from: number; to: number }[] {
  const windows: { from: number; to: number }[] = [];
  for (let from = start; from <= end; from += WINDOW_MS) windows.push({ from, to: Math.min(end, from + WINDOW_MS) });
  return windows;
}
