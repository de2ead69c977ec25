import { z } from 'zod';
import { ERROR_KINDS } from '../result';
import type { CallRecord } from './call-records';
import type { HistoryEntry } from './history';

/** Calls placed this recently are checked in the background until ITNIO files their record. */
export const OUTCOME_WATCH_MS = 2 * 3_600_000;

/** ITNIO keeps phone call records for two calendar months (§4.5); older calls have none to read. */
export function recordsKeptSince(now: number): number {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - 2);
  return date.getTime();
}

const entryId = z
  .string()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a history entry id (letters, digits, _ or -)');

/**
 * Which calls of the history to ask ITNIO about. Nothing: the calls whose next background check is
 * due. `all`: every call still without a record, now (the "Refresh outcomes" button). `ids`: those
 * entries, now (a row's "Check outcome").
 */
export const checkOutcomesInput = z
  .object({
    all: z.literal(true, 'must be true when given').optional(),
    ids: z.array(entryId, 'must be a list of history entry ids').min(1, 'must name at least one call').max(20, 'must name at most 20 calls').optional(),
  })
  .refine((input) => !(input.all && input.ids), { message: 'give either all or ids, not both', path: ['ids'] })
  .optional();
export type CheckOutcomesInput = z.input<typeof checkOutcomesInput>;

export const outcomeSweep = z.object({
  /** Requests sent to ITNIO by this check. */
  checked: z.number().int(),
  /** Call records found and kept with their history entries. */
  filed: z.number().int(),
  /** Calls still without a record that Switchboard checks again by itself. */
  watching: z.number().int(),
  /** Calls due now but held back by the limit on requests per minute. */
  deferred: z.number().int(),
  /** When the next check is due; null when nothing is left to check. */
  nextCheckInMs: z.number().int().nullable(),
  /** The first failure of this check (the rest of its calls wait for a later one). */
  problem: z
    .object({ kind: z.enum(ERROR_KINDS), code: z.string().optional(), message: z.string(), hint: z.string().optional(), field: z.string().optional() })
    .optional(),
});
export type OutcomeSweep = z.infer<typeof outcomeSweep>;

/** Where a history entry stands with its call record. */
export type RecordStatus =
  /** The attempt failed: ITNIO never took the call, so it has no record. */
  | 'no-call'
  | 'filed'
  /** Recent: checked in the background until the record is filed. */
  | 'watching'
  /** Older than the background window, still within ITNIO's two months: checked on request. */
  | 'unchecked'
  /** Older than two months: ITNIO no longer has its record. */
  | 'expired';

export function recordStatus(entry: Pick<HistoryEntry, 'at' | 'outcome' | 'recordingId' | 'record'>, now: number): RecordStatus {
  if (entry.outcome !== 'placed' || !entry.recordingId) return 'no-call';
  if (entry.record) return 'filed';
  const at = Date.parse(entry.at);
  if (at < recordsKeptSince(now)) return 'expired';
  return now - at <= OUTCOME_WATCH_MS ? 'watching' : 'unchecked';
}

/** What SIP endings mean to an operator; any other code shows the vendor's own reason. */
const ENDINGS: Readonly<Record<string, string>> = {
  '404': 'Number not found',
  '408': 'No answer',
  '480': 'No answer',
  '484': 'Incomplete number',
  '486': 'Busy',
  '487': 'Cancelled',
  '503': 'Network unavailable',
  '600': 'Busy',
  '603': 'Declined',
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
 * A call record in one line, as an operator reads it: "Answered · 0:42 · $0.05", "Busy (486)".
 * terminationCode has meant two things (SIP 200 = connected; "0 = success" on older pages), so
 * "answered" comes from the record's own verdict, and the code is shown only for calls that
 * were not.
 */
export function describeCallRecord(record: CallRecord): string {
  const cost = callCost(record);
  if (record.answered) return ['Answered', talkTime(record.callDuration), cost].filter(Boolean).join(' · ');
  const code = record.terminationCode.trim();
  const label = CONNECTED.has(code) ? 'Connected, no talk time' : (ENDINGS[code] ?? (record.terminationReason.trim() || 'Not answered'));
  return [code ? `${label} (${code})` : label, cost].filter(Boolean).join(' · ');
}
