/**
 * Text from outside (the vendor, files, argv, other processes' records) may carry characters that
 * act instead of showing: terminal escapes, NUL, line breaks inside a field, and Unicode direction
 * controls that make "8001" read as "1008" (Trojan Source). Operator input with any of them is
 * refused; anything shown or printed has them replaced by visible stand-ins.
 */

// C0 and C1 controls, DEL, the line and paragraph separators, and every bidirectional formatting
// character (embeddings, overrides, isolates and the implicit marks).
// eslint-disable-next-line no-control-regex -- finding control characters is what this module is for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');
// The same set but the tab and line feed, which our own terminal output and JSON indentation are made of.
const UNSAFE_IN_LINES = new RegExp(`(?![\\t\\n])${UNSAFE.source}`, 'gu');

/** The rule's wording, after the field name: "account must not contain …". */
export const UNSAFE_TEXT_RULE = 'must not contain control characters (such as line breaks or terminal escapes) or text-direction marks';

/** True when the text holds a character that would act rather than show. */
export const hasUnsafeChars = (text: string): boolean => UNSAFE.test(text);

/**
 * The text with every unsafe character replaced by a visible one: a C0 control by its Control
 * Pictures symbol (ESC shows as ␛), DEL by ␡, anything else by U+FFFD. One character for one, so
 * positions and lengths keep their meaning.
 */
export const neutralise = (text: string): string => text.replace(UNSAFE_ALL, standIn);

/** As `neutralise`, but for multi-line text we print ourselves: tabs and line feeds stay. */
export const neutraliseLines = (text: string): string => text.replace(UNSAFE_IN_LINES, standIn);

// What neutralise puts in: the Control Pictures ␀–␡ and U+FFFD.
const STAND_INS = /[\u2400-\u2421\ufffd]/u;

/** True when the text shows a stand-in that `neutralise` may have put in for a character that acts. */
export const hasStandIns = (text: string): boolean => STAND_INS.test(text);

function standIn(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/**
 * JSON text with every unsafe character written as a \uXXXX escape: parsed, the value is the same;
 * printed, nothing acts. JSON.stringify escapes only C0 controls, leaving DEL, C1 and the
 * direction marks raw; the tabs and line feeds left are its indentation.
 */
export const escapeUnsafeInJson = (json: string): string => json.replace(UNSAFE_IN_LINES, unicodeEscape);

const unicodeEscape = (char: string): string => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
