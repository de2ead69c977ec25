/** What a key shorter than `MIN_SHOWN_LENGTH` shows: nothing of it, not even its length. */
export const FULLY_MASKED = '••••••';
const MIN_SHOWN_LENGTH = 6;

/**
 * The only form of an API key that leaves main: the first 3 and last 2 characters (`bDqJFiq9` →
 * `bDq…q9`), enough to tell profiles apart. Keys shorter than 6 characters are fully masked; an
 * empty key stays empty (there is nothing to hide, and the UI can say "not set").
 */
export function maskApiKey(key: string): string {
  const chars = Array.from(key); // code points, so a surrogate pair is never split
  if (chars.length === 0) return '';
  if (chars.length < MIN_SHOWN_LENGTH) return FULLY_MASKED;
  return `${chars.slice(0, 3).join('')}…${chars.slice(-2).join('')}`;
}
