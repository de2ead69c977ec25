import { z } from 'zod';
import { ERROR_KINDS } from '../result';
import { appError, said } from './app-error';
import { callRecord } from './calls';
import { profileId } from './profiles';
import { plainText } from './rules';

/**
 * The call history as main keeps it and the screen and CLI read it: each attempt, the filter for
 * listing and exporting it, and the background checks that file each call's record with it.
 */

export const HISTORY_REQUESTS = ['placed', 'failed', 'pending', 'unknown'] as const;
export type HistoryRequest = (typeof HISTORY_REQUESTS)[number];

/** One call attempt as the history keeps it: what was dialled, from where, and how it ended. */
export const historyEntry = z.object({
  id: z.string(),
  /** ISO time of the attempt. */
  at: z.string(),
  profileId: z.string(),
  profileName: z.string(),
  callee: z.string(),
  /** ISO 3166 alpha-2 of the callee, when known. */
  country: z.string().optional(),
  account: z.string(),
  displayNum: z.string().optional(),
  calledInfo: z.string().optional(),
  /**
   * What happened to our request: ITNIO took the call (placed) or it did not go through (failed);
   * still being sent by a running app or CLI (pending); or claimed by a process that ended before
   * ITNIO answered (unknown: the phone may have rung, check the call records in ITNIO).
   */
  request: z.enum(HISTORY_REQUESTS),
  recordingId: z.string().optional(),
  errorKind: z.enum(ERROR_KINDS).optional(),
  /** The vendor's status code, when the vendor answered one. */
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
  /**
   * `errorMessage` as keys of main's catalog, for the window to say in its language. Absent from
   * entries kept before it was; keys a file holds that this version cannot read are let go, so
   * the entry still loads with its English.
   */
  say: z.object({ errorMessage: said }).optional().catch(undefined),
  /** The call's record (CDR) once ITNIO has filed it: answered or not, talk time, cost, ending. */
  record: callRecord.optional(),
  /** ISO time the record was read from ITNIO. */
  recordCheckedAt: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

/**
 * What the history's badge and its filter tell apart: the call's outcome at ITNIO once its record
 * is filed, and before that where our request stands (placed, placing, unknown, refused, failed).
 * contract/schemas/call-record-text.ts sorts an entry into one and words it.
 */
export const CALL_OUTCOMES = ['answered', 'no-answer', 'busy', 'declined', 'cancelled', 'call-failed'] as const;
export const REQUEST_STATES = ['placed', 'placing', 'unknown', 'refused', 'failed'] as const;
export const HISTORY_OUTCOMES = [...CALL_OUTCOMES, ...REQUEST_STATES] as const;
export type HistoryOutcome = (typeof HISTORY_OUTCOMES)[number];

/** A moment with its offset: the screen sends the operator's days as their local midnights. */
const filterTime = z.iso.datetime({ offset: true, error: 'must be a date and time with its offset, such as 2025-07-01T00:00:00+02:00' });

/** Which calls of the history: every field narrows, none means all. One filter for the list and the export, so a CSV holds what the screen shows. */
const historyFilterFields = {
  /** Matches number, phone, caller ID, note, profile, recording id or error. */
  query: plainText().trim().max(100, 'must be at most 100 characters').optional(),
  /** Calls placed at or after this moment. */
  from: filterTime.optional(),
  /** Calls placed before this moment. */
  to: filterTime.optional(),
  outcome: z.enum(HISTORY_OUTCOMES, `must be one of ${HISTORY_OUTCOMES.join(', ')}`).optional(),
  /** The phone (SIP account) that placed the call. */
  phone: plainText().trim().min(1, 'is required when given').max(64, 'must be at most 64 characters').optional(),
  /** The profile the call was placed under; every profile when omitted. */
  profileId: profileId.optional(),
};

const fromBeforeTo = (filter: { from?: string | undefined; to?: string | undefined }, context: z.RefinementCtx) => {
  if (filter.from && filter.to && Date.parse(filter.to) <= Date.parse(filter.from)) context.addIssue({ code: 'custom', path: ['to'], message: 'must be later than from' });
};

export const historyFilter = z.object(historyFilterFields).superRefine(fromBeforeTo);
export type HistoryFilter = z.input<typeof historyFilter>;

export const historyListInput = z
  .object({
    ...historyFilterFields,
    /** At most this many of the newest matches; all when omitted. */
    limit: z.number().int().min(1, 'must be at least 1').optional(),
  })
  .superRefine(fromBeforeTo)
  .optional();

export const historyList = z.object({
  /** Newest first. */
  entries: z.array(historyEntry),
  /** Every attempt in the history. */
  total: z.number().int(),
  /** Attempts matching the filter (entries may hold fewer when limited). */
  matched: z.number().int(),
  /** The phones (SIP accounts) the history holds calls of, to filter by. */
  phones: z.array(z.string()),
  /** The profiles the history holds calls of, by name. */
  profiles: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type HistoryList = z.infer<typeof historyList>;

export const historyExportInput = historyFilter.optional();

export const historyExport = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), path: z.string(), count: z.number().int() }),
]);
export type HistoryExport = z.infer<typeof historyExport>;

export const historyCleared = z.object({ removed: z.number().int() });

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
  problem: appError.optional(),
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

/** An unknown call (its answer never came) is looked for in ITNIO's records like a placed one. */
export function recordStatus(entry: Pick<HistoryEntry, 'at' | 'request' | 'recordingId' | 'record'>, now: number): RecordStatus {
  if (entry.request !== 'unknown' && (entry.request !== 'placed' || !entry.recordingId)) return 'no-call';
  if (entry.record) return 'filed';
  const at = Date.parse(entry.at);
  if (at < recordsKeptSince(now)) return 'expired';
  return now - at <= OUTCOME_WATCH_MS ? 'watching' : 'unchecked';
}
