import type { CallRecord } from './calls';
import type { HistoryEntry, HistoryOutcome, RecordStatus } from './call-history';
import { englishOf } from '../messages/english';
import type { Said } from '../said';

/* A call record and a history entry's outcome in the operator's words, shared by the history screen, the CSV export and the CLI. */

/** What SIP endings mean to an operator, and which outcome each is; any other code shows the vendor's own reason. */
const ENDINGS: Readonly<Record<string, { label: Said; outcome: HistoryOutcome }>> = {
  '404': { label: { key: 'calls.ending.notFound' }, outcome: 'call-failed' },
  '408': { label: { key: 'calls.ending.noAnswer' }, outcome: 'no-answer' },
  '480': { label: { key: 'calls.ending.noAnswer' }, outcome: 'no-answer' },
  '484': { label: { key: 'calls.ending.incomplete' }, outcome: 'call-failed' },
  '486': { label: { key: 'calls.ending.busy' }, outcome: 'busy' },
  '487': { label: { key: 'calls.ending.cancelled' }, outcome: 'cancelled' },
  '503': { label: { key: 'calls.ending.networkDown' }, outcome: 'call-failed' },
  '600': { label: { key: 'calls.ending.busy' }, outcome: 'busy' },
  '603': { label: { key: 'calls.ending.declined' }, outcome: 'declined' },
};

const NOT_ANSWERED: Said = { key: 'calls.ending.notAnswered' };

/** Words that are not the catalog's (the vendor's reason, a talk time, a cost) as a message, said as they are. */
const verbatim = (text: string): Said => ({ key: 'calls.ending.verbatim', values: { text } });

/** Parts of one line joined with " · ", as one message; undefined when there are none. */
function joined(parts: readonly (Said | string | undefined)[]): Said | undefined {
  const [first, ...rest] = parts.filter((part): part is Said | string => part !== undefined && part !== '');
  if (first === undefined) return undefined;
  return rest.reduce<Said>((line, then) => ({ key: 'calls.ending.joined', values: { first: line, then } }), typeof first === 'string' ? verbatim(first) : first);
}

const withCode = (ending: Said, code: string | undefined): Said => (code ? { key: 'calls.ending.withCode', values: { ending, code } } : ending);

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
 * verdict, and the code is shown only for calls that were not. As a message, for the window to say
 * in its language; `callEnding` writes it in English.
 */
export function callEndingSaid(record: CallRecord): { outcome: HistoryOutcome; label: Said } {
  if (record.answered) return { outcome: 'answered', label: { key: 'calls.ending.answered' } };
  const code = record.terminationCode.trim();
  const reason = record.terminationReason.trim();
  const ending = CONNECTED.has(code)
    ? { label: { key: 'calls.ending.connected' } as const, outcome: 'no-answer' as const }
    : (ENDINGS[code] ?? otherEnding(code, reason));
  return { outcome: ending.outcome, label: withCode(ending.label, code) };
}

/** How a call ended, in English (the CLI, the CSV, notices). */
export function callEnding(record: CallRecord): { outcome: HistoryOutcome; label: string } {
  const { outcome, label } = callEndingSaid(record);
  return { outcome, label: englishOf(label) };
}

/** A code the console does not know keeps the vendor's words; a record saying nothing at all was simply not answered. */
const otherEnding = (code: string, reason: string): { label: Said; outcome: HistoryOutcome } =>
  code || reason ? { label: reason ? verbatim(reason) : NOT_ANSWERED, outcome: 'call-failed' } : { label: NOT_ANSWERED, outcome: 'no-answer' };

/** What else the record says, after its ending: talk time of an answered call, and the cost ("0:42 · $0.05"); undefined when nothing. */
export const callDetailsSaid = (record: CallRecord): Said | undefined => joined([record.answered ? talkTime(record.callDuration) : undefined, callCost(record)]);

/** The record's details in English, or '' when it has none. */
export function callDetails(record: CallRecord): string {
  const details = callDetailsSaid(record);
  return details ? englishOf(details) : '';
}

/** A call record in one line, as an operator reads it: "Answered · 0:42 · $0.05", "Busy (486)". */
export function describeCallRecordSaid(record: CallRecord): Said {
  const { label } = callEndingSaid(record);
  const details = callDetailsSaid(record);
  return details ? { key: 'calls.ending.joined', values: { first: label, then: details } } : label;
}

/** A call record in one line, in English. */
export const describeCallRecord = (record: CallRecord): string => englishOf(describeCallRecordSaid(record));

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
const PLACED: Partial<Record<RecordStatus, Said>> = {
  watching: { key: 'calls.request.watching' },
  unchecked: { key: 'calls.request.unchecked' },
  expired: { key: 'calls.request.expired' },
};

type OutcomeEntry = Pick<HistoryEntry, 'request' | 'record' | 'errorKind' | 'errorCode'>;

/** The words of a history row's badge: the call's ending once known ("No answer (480)"), else the request's state. */
export function outcomeSaid(entry: OutcomeEntry, status: RecordStatus): Said {
  if (entry.record) return callEndingSaid(entry.record).label;
  const outcome = historyOutcome(entry);
  switch (outcome) {
    case 'placed':
      return PLACED[status] ?? { key: 'calls.request.placed' };
    case 'refused':
      return withCode({ key: 'calls.request.refused' }, entry.errorCode);
    case 'failed':
      return withCode({ key: 'calls.request.failed' }, entry.errorCode);
    case 'placing':
      return { key: 'calls.request.placing' };
    case 'unknown':
      return { key: 'calls.request.unknown' };
    default:
      return verbatim(HISTORY_OUTCOME_NAMES[outcome]);
  }
}

/** A history row's badge in English (the CLI). */
export const outcomeLabel = (entry: OutcomeEntry, status: RecordStatus): string => englishOf(outcomeSaid(entry, status));

/**
 * Words main keeps in English in a call's data (a history entry's errorMessage, a placed call's
 * historyWarning): the window says them in its language where the kept words are exactly these.
 */
export const CALL_NOTES = {
  historyNotSaved: { key: 'calls.notes.historyNotSaved' },
  stoppedBeforeAnswer: { key: 'calls.notes.stoppedBeforeAnswer' },
  notPlaced: { key: 'calls.notes.notPlaced' },
} as const satisfies Record<string, Said>;

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
