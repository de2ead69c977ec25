import type { Contact } from '../../../../contract/schemas/contacts';

/** Lower case without accents, so "Zoë" is found by "zoe". */
const folded = (text: string): string => text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();

/**
 * Whether a contact answers what the operator typed: part of the name or company (any word's
 * start or inside it), or digits found in one of its numbers ("7946" finds +44 20 7946 0958).
 * Digits written with spaces or a plus are read as the digits alone.
 */
export function contactMatches(contact: Contact, typed: string): boolean {
  const query = folded(typed.trim());
  if (!query) return true;
  const digits = query.replace(/[\s\-().+/]/g, '');
  // "0044 20…" is "+44 20…" as dialled from Europe: the international prefix is not a digit of the number.
  const wanted = digits.length > 2 ? digits.replace(/^00/, '') : digits;
  if (/^\d+$/.test(digits)) return contact.numbers.some((number) => number.digits.includes(wanted));
  return folded(`${contact.name} ${contact.company}`).includes(query);
}

/** Favourites first, then by name as the operator's language sorts it. */
export const byFavouriteThenName = (a: Contact, b: Contact): number => Number(b.favourite) - Number(a.favourite) || a.name.localeCompare(b.name);
