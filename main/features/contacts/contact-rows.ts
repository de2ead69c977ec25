import { CALLEE_DIGITS } from '../../../contract/schemas/callee';
import { CONTACT_LIMITS, type ContactNumber, type ImportedRow } from '../../../contract/schemas/contacts';
import { normalisePhoneNumber } from '../../../contract/schemas/phone-number';
import type { Said } from '../../../contract/said';
import { hasUnsafeChars, neutralise, UNSAFE_TEXT_RULE } from '../../../contract/text';
import { onField, reasonList, rowReason, type Words } from './row-reasons';

/**
 * One row of a CSV or one vCard as its reader found it, before any of the address book's rules:
 * each value with the column or property it came from, which a refusal names.
 */
export interface FileContact {
  /** The line the row or card starts on, counting from 1. */
  line: number;
  name: FileValue;
  company: FileValue;
  note: FileValue;
  numbers: (FileValue & { label: string })[];
  favourite: boolean;
  /** Why the reader could not take the row or card at all (an encoding it does not read). */
  unreadable?: Said;
}

export interface FileValue {
  text: string;
  /** The column (`Phone 2 - Value`) or property (`TEL 2`) it was read from, as the file names it (or, without a header, as Switchboard does). */
  field: Words;
}

/** A row that passed the rules: what the address book adds or merges. */
export interface ContactDraft {
  line: number;
  name: string;
  /** False when the file gave no name and the company or the number stands in for it. */
  named: boolean;
  company: string;
  note: string;
  numbers: ContactNumber[];
  favourite: boolean;
  /** What was left out of the row, said in its report line: "dropped TEL 2 "ext. 12": …". */
  dropped: Said[];
}

export type RowReading = { draft: ContactDraft } | { refused: ImportedRow };

/** Why a number found no room in a contact. */
export const HOLDS_AT_MOST: Said = { key: 'contacts.importRow.holdsAtMost', values: { max: CONTACT_LIMITS.numbers } };

/**
 * A row's values checked with the rules a contact saved in the app is held to, each number read
 * by the Dialer's own normaliser. A note's line breaks become spaces (the app keeps a note on one
 * line, and a multi-line note is ordinary in an export); any other control character refuses the
 * row, as do a value too long and a row with no number to call. A number that cannot be read is
 * dropped and said so, as long as another one in the row can be read.
 */
export function checkedRow(row: FileContact, defaultCountry?: string): RowReading {
  const name = row.name.text.trim();
  const company = row.company.text.trim();
  const note = row.note.text.replace(/\s*[\r\n\t]\s*/g, ' ').trim();
  const shownName = neutralise(name || company || row.numbers[0]?.text.trim() || '').slice(0, CONTACT_LIMITS.name);
  const refuse = (reason: Said): RowReading => ({ refused: { line: row.line, name: shownName, result: 'refused', ...rowReason(reason) } });

  if (row.unreadable) return refuse(row.unreadable);
  const texts: [FileValue, string, number][] = [
    [row.name, name, CONTACT_LIMITS.name],
    [row.company, company, CONTACT_LIMITS.company],
    [row.note, note, CONTACT_LIMITS.note],
    ...row.numbers.map((number): [FileValue, string, number] => [
      { text: number.label, field: { key: 'contacts.importRow.labelOf', values: { field: number.field } } },
      number.label.trim(),
      CONTACT_LIMITS.label,
    ]),
  ];
  for (const [{ field }, text, max] of texts) {
    if (hasUnsafeChars(text)) return refuse(onField(field, UNSAFE_TEXT_RULE));
    if (text.length > max) return refuse(onField(field, { key: 'contacts.importRow.tooLong', values: { max, length: text.length } }));
  }

  const written = row.numbers.filter((number) => number.text.trim() !== '');
  if (written.length === 0) return refuse({ key: name || company ? 'contacts.importRow.noNumber' : 'contacts.importRow.noNameNoNumber' });

  const numbers: ContactNumber[] = [];
  const dropped: Said[] = [];
  for (const { text, field, label } of written) {
    const read = normalisePhoneNumber(text, CALLEE_DIGITS, defaultCountry);
    const shown: Said = { key: 'contacts.importRow.numberShown', values: { field, text: neutralise(text.trim()) } };
    if (read.problem) dropped.push(onField(shown, read.problem));
    else if (numbers.some((number) => number.digits === read.digits)) continue;
    else if (numbers.length >= CONTACT_LIMITS.numbers) dropped.push(onField(shown, HOLDS_AT_MOST));
    else numbers.push({ label: label.trim().toLowerCase(), digits: read.digits, ...(read.country ? { country: read.country } : {}) });
  }
  if (numbers.length === 0) return refuse({ key: 'contacts.importRow.noNumberRead', values: { reasons: reasonList(dropped)! } });

  return {
    draft: {
      line: row.line,
      // The list shows a name on every row: the company, else the number, stands in for a missing one.
      name: name || company || `+${numbers[0]!.digits}`,
      named: name !== '',
      company,
      note,
      numbers,
      favourite: row.favourite,
      dropped,
    },
  };
}
