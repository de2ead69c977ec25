import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fail, invalidField, ok, type Result } from '../../../contract/result';
import { contact, CONTACT_LIMITS, type Contact, type ImportedRow, type saveContactInput } from '../../../contract/schemas/contacts';
import { spoken } from '../../platform/messages';
import { JsonStore } from '../../platform/storage/json-store';
import { mergeDrafts } from './contact-merge';
import type { ContactDraft } from './contact-rows';

export const CONTACTS_FILE = 'contacts.json';

const addressBookFile = z.object({ version: z.literal(1), contacts: z.array(contact) });

export type SavedContact = z.output<typeof saveContactInput>;

export interface AddressBook {
  list(): Promise<Contact[]>;
  /** Replaces the contact with `id`, or adds one without. */
  save(input: SavedContact): Promise<Result<Contact>>;
  remove(id: string): Promise<boolean>;
  /** Adds or merges imported rows (contact-merge.ts), against the book as it is on disk at that moment. */
  merge(drafts: readonly ContactDraft[]): Promise<ImportedRow[]>;
}

/**
 * The address book: `contacts.json` in the data folder, one for every profile. Every change is
 * made under the file's lock on a fresh read, so an import in a CLI run and an edit in the app
 * at the same moment both land.
 */
export function openAddressBook(dataDir: string, clock: { now: () => Date } = { now: () => new Date() }): AddressBook {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const store = new JsonStore(join(dataDir, CONTACTS_FILE), addressBookFile, () => ({ version: 1 as const, contacts: [] }));

  return {
    list: async () => (await store.read()).contacts,

    save: ({ id, ...fields }) =>
      store.transact(async (book) => {
        // The same number typed twice is kept once.
        const numbers = fields.numbers.filter((number, index) => fields.numbers.findIndex((other) => other.digits === number.digits) === index);
        const saved: Contact = { id: id ?? randomUUID(), ...fields, numbers, updatedAt: clock.now().toISOString() };
        if (id !== undefined) {
          const index = book.contacts.findIndex((known) => known.id === id);
          if (index === -1) return { value: invalidField('id', 'is not a contact in the address book', 'It may have been removed in another window: reload the contacts. Nothing was changed.') };
          return { next: { ...book, contacts: book.contacts.with(index, saved) }, value: ok(saved) };
        }
        if (book.contacts.length >= CONTACT_LIMITS.contacts) {
          return { value: fail({ kind: 'invalid-input', ...spoken({ key: 'contacts.addressBook.full', values: { max: CONTACT_LIMITS.contacts } }, { key: 'contacts.addressBook.fullHint' }) }) };
        }
        return { next: { ...book, contacts: [...book.contacts, saved] }, value: ok(saved) };
      }),

    remove: (id) =>
      store.transact(async (book) => {
        const contacts = book.contacts.filter((known) => known.id !== id);
        return contacts.length === book.contacts.length ? { value: false } : { next: { ...book, contacts }, value: true };
      }),

    merge: (drafts) =>
      store.transact(async (book) => {
        const merged = mergeDrafts(book.contacts, drafts, { now: clock.now().toISOString(), newId: randomUUID });
        return { next: { ...book, contacts: merged.contacts }, value: merged.rows };
      }),
  };
}
