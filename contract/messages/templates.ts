import type { Said } from '../said';
import en from './en';

type RuleKey = `rules.rule.${keyof (typeof en)['rules']['rule'] & string}`;
type HintKey = `rules.hints.${keyof (typeof en)['rules']['hints'] & string}`;

/** Values by these names are numbers ("1–65535", "1,000,000"): a word in their place is another rule, not this one. */
const NUMBER_VALUES = new Set(['min', 'max', 'length', 'version']);
const VALUE = /\{\{(\w+)\}\}/g;

interface Template<K> {
  key: K;
  names: string[];
  pattern: RegExp;
  /** The template's own words, without its values: the more, the more specific. */
  literal: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile<K>(group: Readonly<Record<string, string>>, prefix: string): Template<K>[] {
  const templates = Object.entries(group).map(([name, english]) => {
    const names = [...english.matchAll(VALUE)].map((match) => match[1]!);
    const source = english
      .split(VALUE)
      .map((part, index) => (index % 2 === 0 ? escape(part) : NUMBER_VALUES.has(part) ? '(\\d[\\d,.]*)' : '(.+?)'))
      .join('');
    return { key: `${prefix}${name}` as K, names, pattern: new RegExp(`^${source}$`, 'su'), literal: english.replace(VALUE, '').length };
  });
  // "must be 4–32 characters" is an instance of "must be {{min}}–{{max}} characters", never of "must be {{min}}–{{max}}".
  return templates.sort((a, b) => b.literal - a.literal);
}

const RULES = compile<RuleKey>(en.rules.rule, 'rules.rule.');
const HINTS = compile<HintKey>(en.rules.hints, 'rules.hints.');

function instanceOf<K extends Said['key']>(templates: readonly Template<K>[], english: string): (Said & { key: K }) | undefined {
  for (const { key, names, pattern } of templates) {
    const match = pattern.exec(english);
    if (!match) continue;
    return names.length === 0 ? { key } : { key, values: Object.fromEntries(names.map((name, index) => [name, match[index + 1]!])) };
  }
  return undefined;
}

/**
 * The rule catalog's key and values of a rule written in English ("must be at most 64 characters"
 * → `rules.rule.atMostCharacters`, max 64), or undefined when no template of the catalog writes it.
 * Written back in English, the key and values give the very same words.
 */
export const ruleSaid = (english: string): (Said & { key: RuleKey }) | undefined => instanceOf(RULES, english);

/** The same for a hint that comes with a broken rule ("Correct the highlighted field and try again. Nothing was sent."). */
export const hintSaid = (english: string): (Said & { key: HintKey }) | undefined => instanceOf(HINTS, english);
