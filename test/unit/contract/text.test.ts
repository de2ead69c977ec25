import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUnsafeInJson, hasUnsafeChars, neutralise, neutraliseLines } from '../../../contract/text';

/** The set as the sanitiser documents it, written out independently of its regular expression. */
const UNSAFE_RANGES: readonly [number, number][] = [
  [0x0000, 0x001f], // C0 controls
  [0x007f, 0x009f], // DEL and C1 controls
  [0x061c, 0x061c], // Arabic letter mark
  [0x200e, 0x200f], // left-to-right and right-to-left marks
  [0x2028, 0x2029], // line and paragraph separators
  [0x202a, 0x202e], // embeddings and overrides
  [0x2066, 0x2069], // isolates
];
const isInSet = (code: number) => UNSAFE_RANGES.some(([from, to]) => code >= from && code <= to);
const UNSAFE_CHARS = UNSAFE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)));

const unsafeChar = fc.constantFrom(...UNSAFE_CHARS);
/** Any text, with the unsafe characters far more frequent than chance would make them. */
const anyText = fc.string({ unit: fc.oneof(unsafeChar, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 });
const safeText = fc.string({ unit: 'binary', maxLength: 40 }).filter((text) => !hasUnsafeChars(text));
const codePoints = (text: string) => [...text];

describe('hasUnsafeChars', () => {
  it('detects every character of the set, alone or inside text', () => {
    for (const char of UNSAFE_CHARS) {
      expect(hasUnsafeChars(char), `U+${char.codePointAt(0)!.toString(16)}`).toBe(true);
      expect(hasUnsafeChars(`8001${char}0001`)).toBe(true);
    }
  });

  it('lets every other character of the Basic Multilingual Plane through', () => {
    const flagged: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (!isInSet(code) && hasUnsafeChars(String.fromCharCode(code))) flagged.push(code);
    }
    expect(flagged).toEqual([]);
  });

  it('takes letters of any script, emoji and accents as plain text', () => {
    for (const text of ['Front Office', 'مكتب الاستقبال', 'Réception', '受付 1', 'desk 👩‍💻', 'a\u0301', '']) expect(hasUnsafeChars(text), text).toBe(false);
  });
});

describe('neutralise', () => {
  it('never lets an unsafe character through', () => {
    fc.assert(fc.property(anyText, (text) => !hasUnsafeChars(neutralise(text))));
  });

  it('leaves safe text exactly as it was', () => {
    fc.assert(fc.property(safeText, (text) => neutralise(text) === text));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (text) => neutralise(neutralise(text)) === neutralise(text)));
  });

  it('puts one character in place of each, so every other one keeps its position', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const before = codePoints(text);
        const after = codePoints(neutralise(text));
        expect(after).toHaveLength(before.length);
        before.forEach((char, i) => (hasUnsafeChars(char) ? expect(after[i]).not.toBe(char) : expect(after[i]).toBe(char)));
      }),
    );
  });

  it('shows C0 controls as their control pictures, DEL as ␡ and the rest as the replacement character', () => {
    expect(neutralise('\u001b[2J\u0000\t\n\r')).toBe('␛[2J␀␉␊␍');
    expect(neutralise('del\u007f')).toBe('del␡');
    expect(neutralise('8001\u202e1000\u2066\u2028\u0085')).toBe('8001\ufffd1000\ufffd\ufffd\ufffd');
  });
});

describe('neutraliseLines', () => {
  it('keeps the tabs and line feeds our own output is made of, and neutralises the rest', () => {
    expect(neutraliseLines('a\tb\nc\r\u001b]0;title\u0007\u202e')).toBe('a\tb\nc␍␛]0;title␇\ufffd');
  });

  it('is neutralise applied between the tabs and line feeds', () => {
    const byPieces = (text: string) => text.split('\n').map((line) => line.split('\t').map(neutralise).join('\t')).join('\n');
    fc.assert(fc.property(anyText, (text) => neutraliseLines(text) === byPieces(text)));
  });
});

describe('escapeUnsafeInJson', () => {
  const jsonValue = fc.jsonValue({ stringUnit: fc.oneof(unsafeChar, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxDepth: 3 });

  it('leaves nothing that acts in the text, indented or not, and parses back to the same value', () => {
    fc.assert(
      fc.property(jsonValue, fc.constantFrom(0, 2), (value, indent) => {
        const text = escapeUnsafeInJson(JSON.stringify(value, null, indent));
        expect(hasUnsafeChars(text.replace(/\n/g, ''))).toBe(false);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('writes what JSON.stringify leaves raw as \\u escapes', () => {
    expect(escapeUnsafeInJson(JSON.stringify({ name: 'a\u202eb\u2028c\u007fd\u0085' }))).toBe('{"name":"a\\u202eb\\u2028c\\u007fd\\u0085"}');
  });
});
