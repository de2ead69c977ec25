import type { Said } from '../../../contract/said';
import type { Contact } from '../../../contract/schemas/contacts';
import { toCsv, type CsvColumn } from '../../platform/files/csv';
import { readCsvRecords, type CsvRecord } from '../../platform/files/csv-read';
import type { FileContact, FileValue } from './contact-rows';
import type { Words } from './row-reasons';

/**
 * Contacts as CSV, in the column layouts people export them in: Google Contacts (either of its
 * headers: `Name` or `First Name`…, `Phone 1 - Type` or `Phone 1 - Label`, several numbers in one
 * cell joined by " ::: "), Outlook (`First Name`, `Company`, a column per kind of phone) and a
 * plain name,number file, with or without its header row. The header says which.
 *
 * Switchboard's own export is in the Google layout (Name, Organization Name, Notes, Labels, then
 * a label and value column per number), so Google Contacts and this reader both take it back; a
 * favourite is labelled "* starred", as Google marks its starred contacts.
 */

export type CsvLayout = 'google-csv' | 'outlook-csv' | 'plain-csv';

/** What the reader could not get past: the file as a whole is refused. */
export interface CsvProblem {
  problem: Said;
}

const GOOGLE_PHONE = /^phone (\d+) - value$/i;
const OUTLOOK_PHONES = ['primary phone', 'mobile phone', 'business phone', 'home phone'];
// Outlook's own kinds of phone, in its column names: "Mobile Phone", "Business Phone 2", "Car Phone", "Callback".
const OUTLOOK_PHONE = /(^|\s)phone( \d+)?$|^callback$/i;
const STARRED = /(^|:::)\s*\*?\s*starred\s*($|:::)/i;

export function readContactCsv(text: string): { layout: CsvLayout; rows: FileContact[] } | CsvProblem {
  const read = readCsvRecords(text);
  if (!read.ok) return { problem: { key: 'contacts.contactFile.notCsv', values: { problem: read.problem } } };
  const records = read.records;
  const [header, ...data] = records;
  if (!header) return { problem: { key: 'contacts.contactFile.noRows' } };
  const columns = header.cells.map((cell) => cell.trim());
  const lower = columns.map((cell) => cell.toLowerCase());

  if (lower.some((cell) => GOOGLE_PHONE.test(cell))) return { layout: 'google-csv', rows: data.map((record) => googleRow(record, columns)) };
  if (lower.some((cell) => OUTLOOK_PHONES.includes(cell))) return { layout: 'outlook-csv', rows: data.map((record) => outlookRow(record, columns)) };
  return plainRows(records);
}

/** The cell under the first of `names` the header has (compared without case), with the column it came from. */
function cellOf(record: CsvRecord, columns: readonly string[], ...names: string[]): FileValue {
  for (const name of names) {
    const index = columns.findIndex((column) => column.toLowerCase() === name.toLowerCase());
    if (index !== -1) return { text: record.cells[index] ?? '', field: columns[index]! };
  }
  return { text: '', field: names[0]! };
}

/** Given, middle and family name joined, as the name column of a layout that splits it. */
function joinedName(record: CsvRecord, columns: readonly string[], parts: string[][]): FileValue {
  const values = parts.map((names) => cellOf(record, columns, ...names));
  return { text: values.map((value) => value.text.trim()).filter(Boolean).join(' '), field: values[0]!.field };
}

function googleRow(record: CsvRecord, columns: readonly string[]): FileContact {
  const whole = cellOf(record, columns, 'Name');
  const name = whole.text.trim()
    ? whole
    : joinedName(record, columns, [
        ['First Name', 'Given Name'],
        ['Middle Name', 'Additional Name'],
        ['Last Name', 'Family Name'],
      ]);
  const numbers: FileContact['numbers'] = [];
  columns.forEach((column, index) => {
    const position = GOOGLE_PHONE.exec(column)?.[1];
    if (position === undefined) return;
    // "* Mobile": the star marks the primary number in Google's older export.
    const label = cellOf(record, columns, `Phone ${position} - Label`, `Phone ${position} - Type`).text.replace(/^\s*\*\s*/, '');
    for (const text of (record.cells[index] ?? '').split(':::')) numbers.push({ text, field: column, label });
  });
  const groups = `${cellOf(record, columns, 'Labels').text}:::${cellOf(record, columns, 'Group Membership').text}`;
  return {
    line: record.line,
    name,
    company: cellOf(record, columns, 'Organization Name', 'Organization 1 - Name'),
    note: cellOf(record, columns, 'Notes'),
    numbers,
    favourite: STARRED.test(groups),
  };
}

function outlookRow(record: CsvRecord, columns: readonly string[]): FileContact {
  const numbers: FileContact['numbers'] = [];
  columns.forEach((column, index) => {
    if (!OUTLOOK_PHONE.test(column)) return;
    const label = column.replace(/\s*phone\b/i, '').toLowerCase().replace(/^business\b/, 'work');
    numbers.push({ text: record.cells[index] ?? '', field: column, label });
  });
  return {
    line: record.line,
    name: joinedName(record, columns, [['First Name'], ['Middle Name'], ['Last Name']]),
    company: cellOf(record, columns, 'Company'),
    note: cellOf(record, columns, 'Notes'),
    numbers,
    favourite: false,
  };
}

const PLAIN_HEADERS = {
  name: ['name', 'full name', 'contact'],
  number: ['number', 'phone', 'phone number', 'telephone', 'tel', 'mobile'],
  company: ['company', 'organization', 'organisation'],
  note: ['note', 'notes'],
};

/**
 * A plain file: name then number, or columns named so in a header row. The first row is a header
 * when none of its cells holds a digit (a number always does).
 */
function plainRows(records: CsvRecord[]): { layout: 'plain-csv'; rows: FileContact[] } | CsvProblem {
  const [first] = records;
  const headed = first !== undefined && first.cells.every((cell) => !/\p{Nd}/u.test(cell));
  if (!headed) {
    const columns: Words[] = [1, 2].map((n) => ({ key: 'contacts.importRow.column', values: { n } }));
    return { layout: 'plain-csv', rows: records.map((record) => plainRow(record, { name: 0, number: 1 }, columns)) };
  }
  const columns = first.cells.map((cell) => cell.trim());
  const find = (names: string[]) => columns.findIndex((column) => names.includes(column.toLowerCase()));
  const at = { name: find(PLAIN_HEADERS.name), number: find(PLAIN_HEADERS.number), company: find(PLAIN_HEADERS.company), note: find(PLAIN_HEADERS.note) };
  if (at.number === -1) {
    return { problem: { key: 'contacts.contactFile.noNumberColumn' } };
  }
  return { layout: 'plain-csv', rows: records.slice(1).map((record) => plainRow(record, at, columns)) };
}

function plainRow(record: CsvRecord, at: { name: number; number: number; company?: number; note?: number }, columns: readonly Words[]): FileContact {
  const value = (index: number | undefined, fallback: string): FileValue =>
    index === undefined || index === -1 ? { text: '', field: fallback } : { text: record.cells[index] ?? '', field: columns[index] ?? fallback };
  return {
    line: record.line,
    name: value(at.name, 'name'),
    company: value(at.company, 'company'),
    note: value(at.note, 'note'),
    numbers: [{ ...value(at.number, 'number'), label: '' }],
    favourite: false,
  };
}

/** The export's columns for contacts holding at most `numbers` numbers each. */
function exportColumns(numbers: number): CsvColumn<Contact>[] {
  const phones = Array.from({ length: Math.max(1, numbers) }, (_, index): CsvColumn<Contact>[] => [
    [`Phone ${index + 1} - Label`, (contact) => contact.numbers[index]?.label],
    [`Phone ${index + 1} - Value`, (contact) => (contact.numbers[index] ? `+${contact.numbers[index].digits}` : undefined)],
  ]).flat();
  return [
    ['Name', (contact) => contact.name],
    ['Organization Name', (contact) => contact.company],
    ['Notes', (contact) => contact.note],
    ['Labels', (contact) => (contact.favourite ? '* starred' : undefined)],
    ...phones,
  ];
}

/**
 * The address book as CSV in the Google layout. Numbers are written with their `+`, so no
 * reader takes them for national ones; the leading apostrophe the formula guard gives them also
 * keeps a spreadsheet from turning them into 4.42E+11, and this reader drops it.
 */
export function contactsCsv(contacts: readonly Contact[]): string {
  return toCsv(exportColumns(Math.max(0, ...contacts.map((contact) => contact.numbers.length))), contacts);
}
