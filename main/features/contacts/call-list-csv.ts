import { fail, ok, type AppError, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { CALLEE_DIGITS } from '../../../contract/schemas/callee';
import { callEnding, historyOutcome, HISTORY_OUTCOME_NAMES } from '../../../contract/schemas/call-record-text';
import type { HistoryEntry } from '../../../contract/schemas/call-history';
import { CALL_LIST_LIMITS, CONTACT_FILE_MAX_BYTES, type CallList, type CallListEntry, type ImportedRow } from '../../../contract/schemas/contacts';
import { normalisePhoneNumber } from '../../../contract/schemas/phone-number';
import { neutralise } from '../../../contract/text';
import { toCsv, type CsvColumn } from '../../platform/files/csv';
import { decodeText, readCsvRecords, type CsvRecord } from '../../platform/files/csv-read';
import { spoken } from '../../platform/messages';
import { onField, reasonList, rowReason, type Words } from './row-reasons';

/**
 * A call list's CSV: numbers, one a row, with optional name and note columns. A header row names
 * its columns (number, phone or tel; name; note or notes), in any order; without one the number
 * comes first, then the name, then the note. Spreadsheets save with a BOM, CRLF line ends, `;`
 * as the separator where `,` is the decimal comma, or in Windows-1252: all are read.
 */

export interface CallListRows {
  entries: CallListEntry[];
  /** What became of each row, in the file's order. */
  rows: ImportedRow[];
}

const HEADERS = {
  number: new Set(['number', 'phone', 'tel', 'telephone', 'phonenumber']),
  name: new Set(['name']),
  note: new Set(['note', 'notes']),
} as const;
type Column = keyof typeof HEADERS;

/** Where each column is in a row, and how a refusal names it: the header as the file writes it, else Switchboard's name of it. */
type Layout = Record<Column, { index: number; label: Words } | undefined>;

const NO_HEADER: Layout = {
  number: { index: 0, label: { key: 'contacts.importRow.columns.number' } },
  name: { index: 1, label: { key: 'contacts.importRow.columns.name' } },
  note: { index: 2, label: { key: 'contacts.importRow.columns.note' } },
};

const NOTHING_IMPORTED: Said = { key: 'contacts.callListFile.correctHint' };
const SPLIT: Said = { key: 'contacts.callListFile.splitHint' };

export function readCallListCsv(file: { name: string; bytes: Uint8Array }, defaultCountry?: string): Result<CallListRows> {
  const shown = neutralise(file.name);
  // Checked before anything is decoded, so an oversized file costs nothing more.
  if (file.bytes.length > CONTACT_FILE_MAX_BYTES) return fail(fileTooLarge(file.name));

  const text = decodeText(file.bytes);
  if (text === undefined) return fail(fileError({ key: 'contacts.callListFile.binary', values: { name: shown } }, NOTHING_IMPORTED));
  const read = readCsvRecords(text);
  if (!read.ok) return fail(fileError({ key: 'contacts.callListFile.unreadable', values: { name: shown, problem: neutralise(read.problem) } }, NOTHING_IMPORTED));
  const { records } = read;
  const [first, ...rest] = records;
  if (!first) return fail(fileError({ key: 'contacts.callListFile.noRows', values: { name: shown } }, { key: 'contacts.callListFile.noRowsHint' }));

  const layout = headerLayout(first.cells);
  if (layout && !layout.number) return fail(fileError({ key: 'contacts.callListFile.noNumberColumn', values: { name: shown } }, { key: 'contacts.callListFile.noNumberColumnHint' }));
  const data = layout ? rest : records;
  if (data.length > CALL_LIST_LIMITS.entries) {
    return fail(fileError({ key: 'contacts.callListFile.tooManyRows', values: { name: shown, rows: data.length, max: CALL_LIST_LIMITS.entries } }, SPLIT));
  }

  const result = readRows(data, layout ?? NO_HEADER, defaultCountry);
  if (result.entries.length === 0) {
    // The rows' reasons as the import report words them.
    const reasons = reasonList(result.rows.slice(0, 3).flatMap((row): Said[] => (row.say ? [{ key: 'contacts.importRow.onLine', values: { line: row.line, reason: row.say.reason } }] : [])));
    const message: Said = reasons
      ? { key: 'contacts.callListFile.nothingCallableWhy', values: { name: shown, reasons } }
      : { key: 'contacts.callListFile.nothingCallable', values: { name: shown } };
    return fail(fileError(message, NOTHING_IMPORTED));
  }
  return ok(result);
}

function readRows(records: readonly CsvRecord[], layout: Layout, defaultCountry: string | undefined): CallListRows {
  const entries: CallListEntry[] = [];
  const rows: ImportedRow[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, cells } of records) {
    const cell = (column: Column) => (layout[column] ? (cells[layout[column].index] ?? '') : '');
    const name = oneLine(cell('name'));
    const note = oneLine(cell('note'));
    const written = cell('number').trim();
    const refuse = (column: Column, rule: string | Said) =>
      rows.push({ line, name: name || oneLine(written).slice(0, CALL_LIST_LIMITS.name), result: 'refused', ...rowReason(onField(layout[column]!.label, rule)) });

    const read = normalisePhoneNumber(written, CALLEE_DIGITS, defaultCountry);
    if (read.problem) refuse('number', read.problem);
    else if (lineOf.has(read.digits)) refuse('number', { key: 'contacts.importRow.duplicateOf', values: { line: lineOf.get(read.digits)! } });
    else if (name.length > CALL_LIST_LIMITS.name) refuse('name', `must be at most ${CALL_LIST_LIMITS.name} characters`);
    else if (note.length > CALL_LIST_LIMITS.note) refuse('note', `must be at most ${CALL_LIST_LIMITS.note} characters`);
    else {
      lineOf.set(read.digits, line);
      entries.push({ id: `e${line}`, line, digits: read.digits, ...(read.country ? { country: read.country } : {}), name, note, calls: [], skipped: false });
      rows.push({ line, name: name || read.digits, result: 'imported' });
    }
  }
  return { entries, rows };
}

/** The header's columns when the first row names any we know; undefined when it is already a number. */
function headerLayout(cells: readonly string[]): Layout | undefined {
  const layout: Layout = { number: undefined, name: undefined, note: undefined };
  cells.forEach((cell, index) => {
    const word = cell.toLowerCase().replace(/[^a-z]/g, '');
    for (const column of Object.keys(HEADERS) as Column[]) {
      if (!layout[column] && HEADERS[column].has(word)) layout[column] = { index, label: oneLine(cell).slice(0, 40) };
    }
  });
  return layout.number || layout.name || layout.note ? layout : undefined;
}

/** A cell from the file as one line of text: line breaks inside quotes become spaces, anything that acts is shown instead. */
const oneLine = (cell: string): string => neutralise(cell.replace(/\s*\n\s*/g, ' ').trim());

const fileError = (message: Said, hint: Said): AppError => ({ kind: 'invalid-input', field: 'file', ...spoken(message, hint) });

/** Also said before a file chosen in the dialog is read at all. */
export const fileTooLarge = (name: string): AppError =>
  fileError({ key: 'contacts.callListFile.tooLarge', values: { name: neutralise(name), megabytes: CONTACT_FILE_MAX_BYTES / 1024 / 1024 } }, SPLIT);

/** How an entry's last call ended, from the call history: the record's ending once ITNIO filed it, else where the request stands. */
function lastCall(entry: CallListEntry, calls: ReadonlyMap<string, HistoryEntry>): { outcome?: string; call?: HistoryEntry } {
  const recordingId = entry.calls.at(-1);
  if (recordingId === undefined) return {};
  const call = calls.get(recordingId);
  if (!call) return { outcome: 'Not in the call history' };
  return { outcome: call.record ? callEnding(call.record).label : HISTORY_OUTCOME_NAMES[historyOutcome(call)], call };
}

type ExportRow = CallListEntry & ReturnType<typeof lastCall>;

const COLUMNS: CsvColumn<ExportRow>[] = [
  ['Line', (row) => row.line],
  ['Number', (row) => row.digits],
  ['Name', (row) => row.name],
  ['Note', (row) => row.note],
  ['Disposition', (row) => row.disposition?.kind],
  ['Disposition note', (row) => row.disposition?.note],
  ['Call back at', (row) => row.disposition?.callBackAt],
  ['Disposition time', (row) => row.disposition?.at],
  ['Skipped', (row) => (row.skipped ? 'yes' : 'no')],
  ['Calls', (row) => row.calls.length],
  ['Last call', (row) => row.outcome],
  ['Talk time (s)', (row) => row.call?.record?.callDuration],
  ['Cost', (row) => row.call?.record?.cost],
  ['Currency', (row) => row.call?.record?.currency],
];

/** The list as CSV, one row an entry in the file's order, with its disposition and its last call's outcome read from `history`. */
export function callListCsv(list: CallList, history: readonly HistoryEntry[]): string {
  // Recording ids are unique within a profile: the list's calls were placed under its own. The history is newest first.
  const calls = new Map<string, HistoryEntry>();
  for (const call of history) if (call.profileId === list.profileId && call.recordingId !== undefined && !calls.has(call.recordingId)) calls.set(call.recordingId, call);
  return toCsv(
    COLUMNS,
    list.entries.map((entry) => ({ ...entry, ...lastCall(entry, calls) })),
  );
}

/** `call-list-Leads-June-2025-06-02.csv`. */
export const callListFileName = (list: Pick<CallList, 'name'>, day: Date): string =>
  `call-list-${list.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'export'}-${day.toISOString().slice(0, 10)}.csv`;
