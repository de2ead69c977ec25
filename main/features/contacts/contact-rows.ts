import { CALLEE_DIGITS } from '../../../contract/schemas/callee';
import { CONTACT_LIMITS, type ContactNumber, type ImportedRow } from '../../../contract/schemas/contacts';
import { normalisePhoneNumber } from '../../../contract/schemas/phone-number';
import { hasUnsafeChars, neutralise, UNSAFE_TEXT_RULE } from '../../../contract/text';

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
  unreadable?: string;
}

export interface FileValue {
  text: string;
  /** The column (`Phone 2 - Value`) or property (`TEL 2`) it was read from. */
  field: string;
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
  dropped: string[];
}

export type RowReading = { draft: ContactDraft } | { refused: ImportedRow };

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
  const refuse = (reason: string): RowReading => ({ refused: { line: row.line, name: shownName, result: 'refused', reason } });

  if (row.unreadable) return refuse(row.unreadable);
  const texts: [FileValue, string, number][] = [
    [row.name, name, CONTACT_LIMITS.name],
    [row.company, company, CONTACT_LIMITS.company],
    [row.note, note, CONTACT_LIMITS.note],
    ...row.numbers.map((number): [FileValue, string, number] => [{ text: number.label, field: `the label of ${number.field}` }, number.label.trim(), CONTACT_LIMITS.label]),
  ];
  for (const [{ field }, text, max] of texts) {
    if (hasUnsafeChars(text)) return refuse(`${field}: ${UNSAFE_TEXT_RULE}`);
    if (text.length > max) return refuse(`${field}: must be at most ${max} characters (this has ${text.length})`);
  }

  const written = row.numbers.filter((number) => number.text.trim() !== '');
  if (written.length === 0) return refuse(name || company ? 'has no phone number: a contact needs one to be called' : 'has no name and no phone number');

  const numbers: ContactNumber[] = [];
  const dropped: string[] = [];
  for (const { text, field, label } of written) {
    const read = normalisePhoneNumber(text, CALLEE_DIGITS, defaultCountry);
    const shown = `${field} "${neutralise(text.trim())}"`;
    if (read.problem) dropped.push(`${shown}: ${read.problem}`);
    else if (numbers.some((number) => number.digits === read.digits)) continue;
    else if (numbers.length >= CONTACT_LIMITS.numbers) dropped.push(`${shown}: a contact holds at most ${CONTACT_LIMITS.numbers} numbers`);
    else numbers.push({ label: label.trim().toLowerCase(), digits: read.digits, ...(read.country ? { country: read.country } : {}) });
  }
  if (numbers.length === 0) return refuse(`no number could be read: ${dropped.join('; ')}`);

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
