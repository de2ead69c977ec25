import type { Catalog } from './catalog';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!]),
);

/** What must reach the page as written: `{{value}}`, `$t(key)` and the `<0>…</0>` tags of Trans. */
const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>|<\/?[a-z]+\s*\/?>)/;

/** Where a message starts and ends in the pseudo-locale: text between them came from a catalog. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** How much longer a message is made: German and Finnish run about 30% longer than English. */
const LONGER_BY = 0.3;

/** One message in the pseudo-locale: accented, 30% longer, and bracketed so that the page shows where each message starts and ends. */
export function pseudoMessage(message: string): string {
  const parts = message.split(KEPT);
  const accented = parts.map((part, index) => (index % 2 === 1 ? part : [...part].map((char) => ACCENTED[char] ?? char).join(''))).join('');
  const letters = parts.filter((_, index) => index % 2 === 0).join('').length;
  return `${PSEUDO_OPEN}${accented}${'·'.repeat(Math.ceil(letters * LONGER_BY))}${PSEUDO_CLOSE}`;
}

/** A catalog in the pseudo-locale, made from the English one. */
export function pseudoCatalog<C extends Catalog>(catalog: C): C {
  return Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, typeof value === 'string' ? pseudoMessage(value) : pseudoCatalog(value)])) as C;
}
