/** "10:05:00": the local clock time of a moment, e.g. when a list was read from ITNIO. */
export const clockTime = (iso: string): string => new Date(iso).toLocaleTimeString();

/** "1 phone", "3 phones": a count with its noun (one that takes an s). */
export const countOf = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "just now", "12 min ago", "3 h ago", "2 days ago": how old something read at `iso` is. */
export function ageOf(iso: string, now: number = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (!(minutes >= 1)) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
