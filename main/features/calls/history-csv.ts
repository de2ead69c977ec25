import { describeCallRecord } from '../../../contract/schemas/call-record-text';
import { countryName } from '../../../contract/schemas/phone-number';
import type { HistoryEntry } from '../../../contract/schemas/call-history';
import { toCsv, type CsvColumn } from '../../platform/files/csv';

/** A vendor code such as -10 goes out as the number it is, which the formula escaping leaves alone. */
const codeCell = (code: string | undefined): string | number | undefined => (code !== undefined && String(Number(code)) === code ? Number(code) : code);

const COLUMNS: CsvColumn<HistoryEntry>[] = [
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
  ['Error code', (entry) => codeCell(entry.errorCode)],
  ['Error', (entry) => entry.errorMessage],
  // The call record, once ITNIO filed it; appended so that scripts reading the older columns by position still work.
  ['Call result', (entry) => (entry.record ? describeCallRecord(entry.record) : undefined)],
  ['Answered', (entry) => (entry.record ? (entry.record.answered ? 'yes' : 'no') : undefined)],
  ['Talk time (s)', (entry) => entry.record?.callDuration],
  ['Cost', (entry) => entry.record?.cost],
  ['Currency', (entry) => entry.record?.currency],
  ['Termination code', (entry) => entry.record?.terminationCode],
  ['Termination reason', (entry) => entry.record?.terminationReason],
];

/** The call history as CSV, newest first, one row per attempt. */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  return toCsv(COLUMNS, entries);
}

/** `call-history-2025-06-02.csv`. */
export const historyFileName = (day: Date): string => `call-history-${day.toISOString().slice(0, 10)}.csv`;
