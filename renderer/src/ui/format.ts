/** "10:05:00": the local clock time of a moment, e.g. when a list was read from ITNIO. */
export const clockTime = (iso: string): string => new Date(iso).toLocaleTimeString();

/** "1 phone", "3 phones": a count with its noun (one that takes an s). */
export const countOf = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
