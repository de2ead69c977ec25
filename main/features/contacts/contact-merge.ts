import type { Said } from '../../../contract/said';
import { CONTACT_LIMITS, type Contact, type ContactNumber, type ImportedRow } from '../../../contract/schemas/contacts';
import { neutralise } from '../../../contract/text';
import { HOLDS_AT_MOST, type ContactDraft } from './contact-rows';
import { reasonList, rowReason } from './row-reasons';

export interface MergeStamp {
  /** ISO time written as `updatedAt` on every contact added or changed. */
  now: string;
  newId: () => string;
}

/**
 * Imported rows added to the address book, the file's order kept. A row is the same person as a
 * contact already there (or one an earlier row of the same file added) when both have the same
 * name (letters compared without regard to case or spacing) and either the same company or a
 * number in common; a row that names no one is the contact it shares a number with. Two names
 * sharing a number stay two contacts: colleagues give the same office number. A merge never
 * overwrites: it adds the row's new numbers (up to the limit), fills a company or note the
 * contact lacks, and stars it when the row does. A row matching nothing is a new contact while
 * the address book has room.
 */
export function mergeDrafts(existing: readonly Contact[], drafts: readonly ContactDraft[], stamp: MergeStamp): { contacts: Contact[]; rows: ImportedRow[] } {
  const contacts = [...existing];
  const rows: ImportedRow[] = [];
  // Where each number and name is, so a file of many rows against a full book is not rows × contacts.
  const byNumber = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const remember = (at: number) => {
    const contact = contacts[at]!;
    for (const [map, keys] of [[byNumber, contact.numbers.map((number) => number.digits)], [byName, [key(contact.name)]]] as const) {
      for (const one of keys) if (!map.get(one)?.includes(at)) map.set(one, [...(map.get(one) ?? []), at]);
    }
  };
  contacts.forEach((_, at) => remember(at));
  const matchOf = (draft: ContactDraft): number => {
    const candidates = draft.named ? (byName.get(key(draft.name)) ?? []) : draft.numbers.flatMap((number) => byNumber.get(number.digits) ?? []);
    return Math.min(...candidates.filter((at) => sameContact(contacts[at]!, draft)), Infinity);
  };

  for (const draft of drafts) {
    const dropped = draft.dropped.map((reason): Said => ({ key: 'contacts.importRow.dropped', values: { reason } }));
    const at = matchOf(draft);
    if (at === Infinity) {
      if (contacts.length >= CONTACT_LIMITS.contacts) {
        rows.push({ line: draft.line, name: neutralise(draft.name), result: 'refused', ...rowReason({ key: 'contacts.importRow.bookFull', values: { max: CONTACT_LIMITS.contacts } }) });
        continue;
      }
      const { line: _line, named: _named, dropped: _dropped, ...fields } = draft;
      contacts.push({ id: stamp.newId(), ...fields, updatedAt: stamp.now });
      remember(contacts.length - 1);
      const reason = reasonList(dropped);
      rows.push({ line: draft.line, name: neutralise(draft.name), result: 'imported', ...(reason ? rowReason(reason) : {}) });
      continue;
    }
    const { contact, added, full } = mergedInto(contacts[at]!, draft, stamp.now);
    contacts[at] = contact;
    remember(at);
    const what: Said = added.length ? { key: 'contacts.importRow.added', values: { items: itemList(added)! } } : { key: 'contacts.importRow.nothingNew' };
    const into: Said = { key: 'contacts.importRow.mergedInto', values: { name: neutralise(contact.name), what } };
    const leftOut = full.map((digits): Said => ({ key: 'contacts.importRow.leftOut', values: { digits, reason: HOLDS_AT_MOST } }));
    rows.push({ line: draft.line, name: neutralise(draft.name), result: 'merged', ...rowReason(reasonList([into, ...leftOut, ...dropped])!) });
  }
  return { contacts, rows };
}

/** What a merge added, one after the other: "+447700900123 (mobile), the note". */
const itemList = (items: readonly (string | Said)[]): string | Said | undefined =>
  items.reduce<string | Said | undefined>((list, then) => (list === undefined ? then : { key: 'contacts.importRow.items', values: { first: list, then } }), undefined);

const key = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

function sameContact(contact: Contact, draft: ContactDraft): boolean {
  const shared = draft.numbers.some((number) => contact.numbers.some((known) => known.digits === number.digits));
  if (!draft.named) return shared;
  return key(contact.name) === key(draft.name) && (shared || key(contact.company) === key(draft.company));
}

/** The contact with what the draft adds to it, those additions in words, and the new numbers it had no room for. */
function mergedInto(contact: Contact, draft: ContactDraft, now: string): { contact: Contact; added: (string | Said)[]; full: string[] } {
  const added: (string | Said)[] = [];
  const full: string[] = [];
  const numbers: ContactNumber[] = [...contact.numbers];
  for (const number of draft.numbers) {
    if (numbers.some((known) => known.digits === number.digits)) continue;
    if (numbers.length >= CONTACT_LIMITS.numbers) {
      full.push(number.digits);
      continue;
    }
    numbers.push(number);
    added.push(`+${number.digits}${number.label ? ` (${neutralise(number.label)})` : ''}`);
  }
  const company = contact.company || draft.company;
  if (company !== contact.company) added.push({ key: 'contacts.importRow.theCompany' });
  const note = contact.note || draft.note;
  if (note !== contact.note) added.push({ key: 'contacts.importRow.theNote' });
  const favourite = contact.favourite || draft.favourite;
  if (favourite !== contact.favourite) added.push({ key: 'contacts.importRow.theStar' });
  const changed = numbers.length !== contact.numbers.length || company !== contact.company || note !== contact.note || favourite !== contact.favourite;
  return { contact: changed ? { ...contact, numbers, company, note, favourite, updatedAt: now } : contact, added, full };
}
