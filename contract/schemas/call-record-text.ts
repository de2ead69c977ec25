import type { CallRecord } from './calls';
import type { HistoryEntry, HistoryOutcome, RecordStatus } from './call-history';

/* A call record and a history entry's outcome in the operator's words, shared by the history screen, the CSV export and the CLI. */

/** What SIP endings mean to an operator, and which outcome each is; any other code shows the vendor's own reason. */
const ENDINGS: Readonly<Record<string, { label: string; outcome: HistoryOutcome }>> = {
  '404': { label: 'Number not found', outcome: 'call-failed' },
  '408': { label: 'No answer', outcome: 'no-answer' },
  '480': { label: 'No answer', outcome: 'no-answer' },
  '484': { label: 'Incomplete number', outcome: 'call-failed' },
  '486': { label: 'Busy', outcome: 'busy' },
  '487': { label: 'Cancelled', outcome: 'cancelled' },
  '503': { label: 'Network unavailable', outcome: 'call-failed' },
  '600': { label: 'Busy', outcome: 'busy' },
  '603': { label: 'Declined', outcome: 'declined' },
};

/** The codes that mean "connected": SIP 200 on current pages, "0 = success" on older ones. */
const CONNECTED = new Set(['200', '0']);

/** Seconds as m:ss, or h:mm:ss from an hour on. */
export function talkTime(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** A decimal string as money: "0.0500" USD → "$0.05", "0.0525" EUR → "0.0525 EUR"; nothing for zero or unreadable amounts. */
export function callCost(record: Pick<CallRecord, 'cost' | 'currency'>): string | undefined {
  const amount = Number(record.cost);
  if (record.cost.trim() === '' || !Number.isFinite(amount) || amount === 0) return undefined;
  const [whole = '0', fraction = ''] = record.cost.trim().replace(/^-/, '').split('.');
  const cents = fraction.replace(/0+$/, '').padEnd(2, '0');
  const text = `${amount < 0 ? '-' : ''}${whole}.${cents}`;
  return record.currency === 'USD' ? `$${text}` : `${text} ${record.currency}`;
}

/**
 * How a call ended, in a few words: "Answered", "Busy (486)". terminationCode has meant two things
 * (SIP 200 = connected; "0 = success" on older pages), so "answered" comes from the record's own
 * verdict, and the code is shown only for calls that were not.
 */
export function callEnding(record: CallRecord): { outcome: HistoryOutcome; label: string } {
  if (record.answered) return { outcome: 'answered', label: 'Answered' };
  const code = record.terminationCode.trim();
  const reason = record.terminationReason.trim();
  const ending = CONNECTED.has(code)
    ? { label: 'Connected, no talk time', outcome: 'no-answer' as const }
    : (ENDINGS[code] ?? otherEnding(code, reason));
  return { outcome: ending.outcome, label: code ? `${ending.label} (${code})` : ending.label };
}

/** A code the console does not know keeps the vendor's words; a record saying nothing at all was simply not answered. */
const otherEnding = (code: string, reason: string): { label: string; outcome: HistoryOutcome } =>
  code || reason ? { label: reason || 'Not answered', outcome: 'call-failed' } : { label: 'Not answered', outcome: 'no-answer' };

/** What else the record says, after its ending: talk time of an answered call, and the cost ("0:42 · $0.05"). */
export function callDetails(record: CallRecord): string {
  return [record.answered ? talkTime(record.callDuration) : undefined, callCost(record)].filter(Boolean).join(' · ');
}

/** A call record in one line, as an operator reads it: "Answered · 0:42 · $0.05", "Busy (486)". */
export function describeCallRecord(record: CallRecord): string {
  return [callEnding(record).label, callDetails(record)].filter(Boolean).join(' · ');
}

/** Error kinds that are ITNIO's own answer to the request: it refused the call (the balance, the phone, the key). */
const ITNIO_REFUSED = new Set<HistoryEntry['errorKind']>(['vendor', 'auth', 'clock-skew']);

/**
 * What happened to a call of the history: its outcome once ITNIO filed the record, and until then
 * where our request stands (placed, still placing, unknown, refused by ITNIO, failed).
 */
export function historyOutcome(entry: Pick<HistoryEntry, 'request' | 'record' | 'errorKind'>): HistoryOutcome {
  if (entry.record) return callEnding(entry.record).outcome;
  switch (entry.request) {
    case 'placed':
      return 'placed';
    case 'pending':
      return 'placing';
    case 'unknown':
      return 'unknown';
    case 'failed':
      return ITNIO_REFUSED.has(entry.errorKind) ? 'refused' : 'failed';
  }
}

/** A placed call without its record, by where it stands with it. */
const PLACED: Partial<Record<RecordStatus, string>> = {
  watching: 'Placed — checking outcome…',
  unchecked: 'Placed — outcome not checked',
  expired: 'Placed — outcome no longer kept',
};

/** The words of a history row's badge: the call's ending once known ("No answer (480)"), else the request's state. */
export function outcomeLabel(entry: Pick<HistoryEntry, 'request' | 'record' | 'errorKind' | 'errorCode'>, status: RecordStatus): string {
  if (entry.record) return callEnding(entry.record).label;
  const outcome = historyOutcome(entry);
  const code = entry.errorCode ? ` (${entry.errorCode})` : '';
  switch (outcome) {
    case 'placed':
      return PLACED[status] ?? 'Placed';
    case 'refused':
      return `Refused${code}`;
    case 'failed':
      return `Failed${code}`;
    default:
      return HISTORY_OUTCOME_NAMES[outcome];
  }
}

/** Each outcome as the history filter offers it. */
export const HISTORY_OUTCOME_NAMES: Readonly<Record<HistoryOutcome, string>> = {
  answered: 'Answered',
  'no-answer': 'No answer',
  busy: 'Busy',
  declined: 'Declined',
  cancelled: 'Cancelled',
  'call-failed': 'Call failed',
  placed: 'Placed, outcome not known yet',
  placing: 'Placing',
  unknown: 'Unknown',
  refused: 'Refused by ITNIO',
  failed: 'Failed (not placed)',
};
