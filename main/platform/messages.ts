import { englishOf } from '../../contract/messages/english';
import type { SaidError } from '../../contract/result';
import type { Said } from '../../contract/said';

/** A message of main's catalog, in English: the CLI and the log speak English; the window says the keys in its own language. */
export const inEnglish: (said: Said) => string = englishOf;

/** An error's message and hint, in English for the CLI and the log, and as keys for the window. */
export function spoken(message: Said, hint?: Said): { message: string; hint?: string; say: SaidError } {
  return { message: inEnglish(message), ...(hint ? { hint: inEnglish(hint) } : {}), say: { message, ...(hint ? { hint } : {}) } };
}
