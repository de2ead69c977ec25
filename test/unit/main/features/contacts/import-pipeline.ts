import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { Contact, ImportedRow } from '../../../../../contract/schemas/contacts';
import { readContactFile, type ContactFileFormat } from '../../../../../main/features/contacts/contact-file';
import { mergeDrafts } from '../../../../../main/features/contacts/contact-merge';
import { checkedRow, type ContactDraft } from '../../../../../main/features/contacts/contact-rows';

export const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures/contacts');

export const fixture = (name: string): Uint8Array<ArrayBuffer> => readFileSync(join(FIXTURES, name));

/**
 * A file read and merged into `existing` as `contacts.import` does it, without the store: ids are
 * `c1`, `c2`… and every change is stamped `NOW`, so whole contacts can be compared.
 */
export const NOW = '2025-06-02T09:00:00.000Z';

export function imported(
  bytes: Uint8Array | string,
  options: { defaultCountry?: string; existing?: Contact[]; name?: string } = {},
): { format: ContactFileFormat; contacts: Contact[]; rows: ImportedRow[] } {
  const file = { name: options.name ?? 'contacts.csv', bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes };
  const read = readContactFile(file);
  if (!read.ok) expect.fail(`the file was refused: ${read.error.message}`);
  const drafts: ContactDraft[] = [];
  const refused: ImportedRow[] = [];
  for (const row of read.value.rows) {
    const reading = checkedRow(row, options.defaultCountry);
    if ('draft' in reading) drafts.push(reading.draft);
    else refused.push(reading.refused);
  }
  let id = 0;
  const merged = mergeDrafts(options.existing ?? [], drafts, { now: NOW, newId: () => `c${++id}` });
  return { format: read.value.format, contacts: merged.contacts, rows: [...refused, ...merged.rows].sort((a, b) => a.line - b.line) };
}

/** A contact as the import makes it, with only the fields the test cares about given. */
export const contactOf = (fields: Partial<Contact> & Pick<Contact, 'id' | 'name' | 'numbers'>): Contact => ({ company: '', note: '', favourite: false, updatedAt: NOW, ...fields });
