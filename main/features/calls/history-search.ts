import { describeCallRecord } from '../../../contract/schemas/call-record-text';
import { countryName } from '../../../contract/schemas/callee';
import type { HistoryEntry } from '../../../contract/schemas/calls';

const NUMBER_LIKE = /^[\d\s+\-.()/]+$/;

/**
 * Whether an entry matches what the operator typed: any part of its text (case-insensitive), or,
 * for something written like a number (`+44 20 7946`), its digits within the callee, caller ID
 * or phone account.
 */
export function matchesQuery(entry: HistoryEntry, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return true;
  const digits = NUMBER_LIKE.test(wanted) ? wanted.replace(/\D/g, '') : '';
  if (digits && [entry.callee, entry.displayNum, entry.account].some((value) => value?.includes(digits))) return true;
  const text = [
    entry.callee,
    entry.country ? countryName(entry.country) : undefined,
    entry.account,
    entry.displayNum,
    entry.calledInfo,
    entry.profileName,
    entry.request,
    entry.recordingId,
    entry.errorCode,
    entry.errorMessage,
    entry.record ? describeCallRecord(entry.record) : undefined,
    entry.record?.terminationReason,
  ];
  return text.some((value) => value?.toLowerCase().includes(wanted));
}
