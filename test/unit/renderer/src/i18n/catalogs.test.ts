import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../../../renderer/src/i18n/catalog';
import { en } from '../../../../../renderer/src/i18n/en';
import { pseudoMessage, PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../../../contract/messages/pseudo';
import { zhCN } from '../../../../../renderer/src/i18n/zh-CN';

const CATALOGS: Record<string, Record<string, Catalog>> = { en, 'zh-CN': zhCN };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every message of a catalog as "namespace:dotted.key" → message. */
function messages(catalog: Record<string, Catalog>): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (group: Catalog, path: string) => {
    for (const [key, value] of Object.entries(group)) {
      if (typeof value === 'string') found.set(`${path}${key}`, value);
      else walk(value, `${path}${key}.`);
    }
  };
  for (const [ns, group] of Object.entries(catalog)) walk(group, `${ns}:`);
  return found;
}

/** A key without its plural suffix: languages differ in their plural forms, not in their messages. */
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (message: string) => [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]).sort();
const tags = (message: string) => [...message.matchAll(/<\/?\w+\s*\/?>/g)].map((match) => match[0]).sort();

describe('the catalogs', () => {
  const all = Object.entries(CATALOGS).map(([language, catalog]) => ({ language, messages: messages(catalog) }));

  it('have the same messages in every language', () => {
    const keys = (found: Map<string, string>) => new Set([...found.keys()].map(base));
    for (const { language, messages: found } of all) {
      for (const other of all) {
        const missing = [...keys(other.messages)].filter((key) => !keys(found).has(key));
        expect(missing, `${language} lacks what ${other.language} has`).toEqual([]);
      }
    }
  });

  it("give every plural message each form its language's plural rules ask for", () => {
    for (const { language, messages: found } of all) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const plurals = new Set([...found.keys()].filter((key) => PLURAL.test(key)).map(base));
      for (const other of all) for (const key of other.messages.keys()) if (PLURAL.test(key)) plurals.add(base(key));
      const lacking = [...plurals].flatMap((key) => categories.filter((category) => !found.has(`${key}_${category}`)).map((category) => `${key}_${category}`));
      expect(lacking, `${language}'s plural forms`).toEqual([]);
    }
  });

  it('keep the values and tags of the English message in every translation', () => {
    const english = all.find(({ language }) => language === 'en')!.messages;
    for (const { language, messages: found } of all) {
      for (const [key, message] of found) {
        const source = english.get(key) ?? english.get(`${base(key)}_other`);
        if (source === undefined) continue;
        expect({ key, values: placeholders(message), tags: tags(message) }, language).toEqual({ key, values: placeholders(source), tags: tags(source) });
      }
    }
  });

  it('leave no message empty', () => {
    for (const { language, messages: found } of all) expect([...found].filter(([, message]) => message.trim() === '').map(([key]) => key), language).toEqual([]);
  });
});

describe('the pseudo-locale', () => {
  it('accents every letter, keeps values and tags as written, and is at least 30% longer, bracketed', () => {
    const english = 'Created {{count}} phones in <1>{{group}}</1>';
    const message = pseudoMessage(english);
    const text = (written: string) => written.replace(/\{\{\w+\}\}|<\/?\d+>/g, '');
    expect(message.startsWith(PSEUDO_OPEN) && message.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(message).toContain('{{count}}');
    expect(message).toContain('<1>{{group}}</1>');
    expect(text(message)).not.toMatch(/[A-Za-z]/);
    // The text the operator reads, without the brackets, against the English text.
    expect(text(message).length - 2).toBeGreaterThanOrEqual(Math.ceil(text(english).length * 1.3));
  });
});
