import { describeCallRecord, historyOutcome } from '../../../contract/schemas/call-record-text';
import { countryName } from '../../../contract/schemas/phone-number';
import type { HistoryEntry, HistoryFilter } from '../../../contract/schemas/call-history';

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

/** Whether an entry is one of the calls the filter asks for: every field given narrows, the search included. */
export function matchesFilter(entry: HistoryEntry, filter: HistoryFilter | undefined): boolean {
  if (!filter) return true;
  const at = Date.parse(entry.at);
  if (filter.from && at < Date.parse(filter.from)) return false;
  if (filter.to && at >= Date.parse(filter.to)) return false;
  if (filter.outcome && historyOutcome(entry) !== filter.outcome) return false;
  if (filter.phone && entry.account !== filter.phone) return false;
  if (filter.profileId && entry.profileId !== filter.profileId) return false;
  return !filter.query || matchesQuery(entry, filter.query);
}

/** The phones and profiles the history holds calls of, for the filter to offer. */
export function historyFacets(entries: readonly HistoryEntry[]): { phones: string[]; profiles: { id: string; name: string }[] } {
  const profiles = new Map<string, string>();
  for (const entry of entries) if (!profiles.has(entry.profileId)) profiles.set(entry.profileId, entry.profileName);
  return {
    phones: [...new Set(entries.map((entry) => entry.account))].sort(),
    profiles: [...profiles].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}
