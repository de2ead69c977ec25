import { ruleSaid } from '../../../contract/messages/templates';
import type { AppError } from '../../../contract/result';
import { sayWith, type Said } from '../../../contract/said';
import { i18n } from '.';

type Write = (key: string, values: Record<string, string | number>) => string;
const writer = (language: string | null): Write => {
  const t = i18n.getFixedT(language, 'main');
  return (key, values) => (t as unknown as Write)(key, values);
};

/**
 * Main's words in the window's language. Main keeps the English it wrote beside the keys; where the
 * two part (main added to its words after keying them), the English stands: a translation of
 * something else would be worse than the right words in English.
 */
export function inWindowLanguage(english: string, said: Said | undefined): string {
  if (!said || sayWith(writer('en'), said) !== english) return english;
  return sayWith(writer(null), said);
}

/** A message of main's catalog in the window's language, for words shared code gives as keys (a call's outcome). */
export const say = (said: Said): string => sayWith(writer(null), said);

/** An error's message, hint and rule as the window says them. */
export function errorWords(error: AppError): { message: string; hint?: string; rule?: string } {
  return {
    message: inWindowLanguage(error.message, error.say?.message),
    ...(error.hint === undefined ? {} : { hint: inWindowLanguage(error.hint, error.say?.hint) }),
    ...(error.rule === undefined ? {} : { rule: inWindowLanguage(error.rule, error.say?.rule) }),
  };
}

/** A rule the window checks itself (a schema's words, "must be at most 64 characters") in its language, or as written where the catalog has no template of it. */
export const ruleWords = (english: string): string => inWindowLanguage(english, ruleSaid(english));

/** An error's message and hint as one line, for a place with room for one. */
export const sentence = ({ message, hint }: { message: string; hint?: string }): string => (hint ? `${message} ${hint}` : message);
