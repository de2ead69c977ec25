import { z } from 'zod';
import { ERROR_KINDS } from '../result';
import { callRecord } from './call-records';

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
  outcome: z.enum(['placed', 'failed']),
  recordingId: z.string().optional(),
  errorKind: z.enum(ERROR_KINDS).optional(),
  /** The vendor's status code, when the vendor answered one. */
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
  /** The call's record (CDR) once ITNIO has filed it: answered or not, talk time, cost, ending. */
  record: callRecord.optional(),
  /** ISO time the record was read from ITNIO. */
  recordCheckedAt: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

const historyQuery = z.string().trim().max(100, 'must be at most 100 characters').optional();

export const historyListInput = z
  .object({
    /** Matches number, phone, caller ID, note, profile, recording id or error. */
    query: historyQuery,
    /** At most this many of the newest matches; all when omitted. */
    limit: z.number().int().min(1, 'must be at least 1').optional(),
  })
  .optional();

export const historyList = z.object({
  /** Newest first. */
  entries: z.array(historyEntry),
  /** Every attempt in the history. */
  total: z.number().int(),
  /** Attempts matching the query (entries may hold fewer when limited). */
  matched: z.number().int(),
});
export type HistoryList = z.infer<typeof historyList>;

export const historyExportInput = z.object({ query: historyQuery }).optional();

export const historyExport = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), path: z.string(), count: z.number().int() }),
]);
export type HistoryExport = z.infer<typeof historyExport>;

export const historyCleared = z.object({ removed: z.number().int() });
