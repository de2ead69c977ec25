import { stringify } from 'csv-stringify/sync';
import { describeCallRecord } from '../../../contract/schemas/calls';
import { countryName } from '../../../contract/schemas/callee';
import type { HistoryEntry } from '../../../contract/schemas/calls';

const COLUMNS: [string, (entry: HistoryEntry) => string | undefined][] = [
  ['Time', (entry) => entry.at],
  ['Profile', (entry) => entry.profileName],
  ['Callee', (entry) => entry.callee],
  ['Country', (entry) => (entry.country ? countryName(entry.country) : undefined)],
  ['Phone account', (entry) => entry.account],
  ['Caller ID', (entry) => entry.displayNum],
  ['Note', (entry) => entry.calledInfo],
  // The published header of the request column (placed or failed), kept for scripts that read it.
  ['Outcome', (entry) => entry.request],
  ['Recording ID', (entry) => entry.recordingId],
  ['Error kind', (entry) => entry.errorKind],
  ['Error code', (entry) => entry.errorCode],
  ['Error', (entry) => entry.errorMessage],
  // The call record, once ITNIO filed it; appended so that scripts reading the older columns by position still work.
  ['Call result', (entry) => (entry.record ? describeCallRecord(entry.record) : undefined)],
  ['Answered', (entry) => (entry.record ? (entry.record.answered ? 'yes' : 'no') : undefined)],
  ['Talk time (s)', (entry) => entry.record && String(entry.record.callDuration)],
  ['Cost', (entry) => entry.record?.cost],
  ['Currency', (entry) => entry.record?.currency],
  ['Termination code', (entry) => entry.record?.terminationCode],
  ['Termination reason', (entry) => entry.record?.terminationReason],
];

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage return) as a formula; a
 * note typed into the dialer must not run as one on the reader's machine (OWASP CSV injection).
 * Plain numbers, such as the vendor's code -10, stay as they are.
 */
const inert = (value: string | undefined): string =>
  value && /^[=+\-@\t\r]/.test(value) && !/^-\d+$/.test(value) ? `'${value}` : (value ?? '');

/** The call history as CSV, newest first, one row per attempt. */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  return stringify(
    entries.map((entry) => COLUMNS.map(([, cell]) => inert(cell(entry)))),
    { header: true, columns: COLUMNS.map(([name]) => name) },
  );
}

/** `call-history-2025-06-02.csv`. */
export const historyFileName = (day: Date): string => `call-history-${day.toISOString().slice(0, 10)}.csv`;
