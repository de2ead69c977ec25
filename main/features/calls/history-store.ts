import { join } from 'node:path';
import { z } from 'zod';
import { callRecord, type CallRecord } from '../../../contract/schemas/calls';
import { historyEntry, type HistoryEntry } from '../../../contract/schemas/call-history';
import { CALL_NOTES } from '../../../contract/schemas/call-record-text';
import { inEnglish } from '../../platform/messages';
import { claimOwner, isClaimOpen } from '../../platform/storage/claims';
import { thisProcess } from '../../platform/storage/file-lock';
import { openJournal } from '../../platform/storage/journal';

export const HISTORY_FILE = 'call-history.jsonl';
/** The newest attempts kept; older ones are dropped when the log is compacted. */
export const HISTORY_CAP = 10_000;
/** How far past the cap the log may grow before it is compacted, so compaction stays rare. */
const COMPACT_SLACK = 1_000;

/**
 * Every call attempt, kept on disk as a journal shared by the app and every CLI run: a pending line
 * claims a call before it is sent, an answered line with the same id completes it (fsync'd before
 * the call's answer is returned), and one line per call record (CDR) read later from ITNIO, keyed
 * by profile and recording id, is merged into its entry on read.
 *
 * Why a journal and not one JSON document: an append never rewrites earlier lines, so a crash
 * mid-write can at worst tear the line being written, which readers skip and the next append steps
 * over. Compaction (past cap + slack lines) and clearing replace the file atomically under the
 * journal's lock, from a read made under it, so no process's line is lost. A reader that predates
 * claims and record lines skips them as lines that are not entries it knows.
 */
export interface CallHistory {
  /**
   * Claims a call in the shared journal before it is sent: under the lock, `decide` sees the last
   * attempt at the same callee from the same phone on the same profile, by any process (a claim
   * still being sent included), and may refuse; otherwise a pending entry is appended, which every
   * other process's guard and history then see. Complete it with `append` and the same id.
   */
  claim(call: PendingCall, decide: (last: LastAttempt | undefined) => Refusal | undefined): Promise<{ ok: true } | { ok: false; refusal: Refusal }>;
  /** Appends an attempt; an entry with a claim's id completes that claim. */
  append(entry: HistoryEntry): Promise<void>;
  /** Keeps a call's record with the entry of the call it belongs to. */
  appendRecord(line: RecordLine): Promise<void>;
  /** Every readable entry, newest first, with its call record when one was kept. */
  entries(): Promise<HistoryEntry[]>;
  /** Empties the history (calls still being sent stay claimed); answers how many entries it removed. */
  clear(): Promise<number>;
}

/** A call about to be sent: its history entry, still without an answer. */
export type PendingCall = Pick<HistoryEntry, 'id' | 'at' | 'profileId' | 'profileName' | 'callee' | 'country' | 'account' | 'displayNum' | 'calledInfo'>;

/** The latest attempt at one callee from one phone: whether it is still being sent, and when it ended. */
export interface LastAttempt {
  entry: HistoryEntry;
  /** When its answer came, else when it was claimed (epoch ms). */
  endedAtMs: number;
  inFlight: boolean;
}

export interface Refusal {
  lastAttemptMs: number;
  inFlight: boolean;
  /** The last attempt may have rung and its outcome is not known yet. */
  unknown?: boolean;
  /** ITNIO placed the last attempt: its recording id. */
  recordingId?: string;
}

/** A call record line: told apart from an entry line by its `type`. */
const recordLine = z.object({
  type: z.literal('record'),
  profileId: z.string(),
  recordingId: z.string(),
  checkedAt: z.string(),
  record: callRecord,
});
export type RecordLine = Omit<z.infer<typeof recordLine>, 'type'>;

/** An entry as written: a pending one names the process sending it; an answered one when the answer came. */
const storedEntry = historyEntry.extend({
  owner: claimOwner.optional(),
  endedAt: z.string().optional(),
});
type StoredEntry = z.infer<typeof storedEntry>;

export function openCallHistory(dataDir: string, options: { cap?: number; slack?: number; now?: () => number } = {}): CallHistory {
  const journal = openJournal(join(dataDir, HISTORY_FILE), parse);
  const cap = options.cap ?? HISTORY_CAP;
  const slack = options.slack ?? COMPACT_SLACK;
  const now = options.now ?? Date.now;

  /** What the operator sees: a claim that no longer stands (its process ended, or it expired) is unknown, not dropped. */
  const view = (entry: StoredEntry): HistoryEntry => {
    const { owner, endedAt: _endedAt, ...rest } = entry;
    if (rest.request !== 'pending' || !owner) return rest;
    if (isClaimOpen(owner, rest.at, now())) return rest;
    return {
      ...rest,
      request: 'unknown',
      errorMessage: inEnglish(CALL_NOTES.stoppedBeforeAnswer),
      say: { errorMessage: CALL_NOTES.stoppedBeforeAnswer },
    };
  };

  const appendLine = (line: unknown) =>
    journal.locked(async () => {
      await journal.append(line);
      const { parsed, lines } = await journal.read();
      // Under the lock, from a fresh read: every line any process appended is in `parsed`.
      if (lines > cap + slack) await journal.replace(parsed.slice(-cap));
    });

  return {
    claim: (call, decide) =>
      journal.locked(async () => {
        const { parsed } = await journal.read();
        const last = parsed.findLast((entry) => entry.profileId === call.profileId && entry.callee === call.callee && entry.account === call.account);
        const seen = last && view(last);
        const refusal = decide(last && seen && { entry: seen, endedAtMs: Date.parse(last.endedAt ?? last.at), inFlight: seen.request === 'pending' });
        if (refusal) return { ok: false, refusal };
        await journal.append(storedEntry.parse({ ...call, request: 'pending', owner: thisProcess() }));
        return { ok: true };
      }),
    append: (entry) => appendLine(storedEntry.parse({ ...entry, endedAt: new Date(now()).toISOString() })),
    appendRecord: (line) => appendLine(recordLine.parse({ type: 'record', ...line })),
    entries: async () => (await journal.read()).parsed.map(view).reverse(),
    clear: () =>
      journal.locked(async () => {
        const { parsed } = await journal.read();
        const sending = parsed.filter((entry) => view(entry).request === 'pending');
        await journal.replace(sending);
        return parsed.length - sending.length;
      }),
  };
}

/** Lines written before the request had its own name kept it under `outcome`. */
function fromLegacyLine(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('outcome' in value) || 'request' in value) return value;
  const { outcome, ...rest } = value as Record<string, unknown>;
  return { ...rest, request: outcome };
}

/** Entries and records are looked up within their profile: ids are only unique there. */
const profileKey = (profileId: string, id: string) => `${profileId}\n${id}`;

/**
 * Oldest first, as written. Lines that are torn or neither an entry nor a record (a crash, a hand
 * edit) are skipped, never fatal. A later entry with the same id (a claim's answer) takes the
 * claim's place. A record joins the entry with its profile and recording id; the last one read wins.
 */
function parse(values: readonly unknown[]): StoredEntry[] {
  const entries = new Map<string, StoredEntry>();
  const records = new Map<string, { record: CallRecord; checkedAt: string }>();
  for (const value of values) {
    const entry = storedEntry.safeParse(fromLegacyLine(value));
    if (entry.success) {
      entries.set(profileKey(entry.data.profileId, entry.data.id), entry.data);
      continue;
    }
    const kept = recordLine.safeParse(value);
    if (kept.success) records.set(profileKey(kept.data.profileId, kept.data.recordingId), { record: kept.data.record, checkedAt: kept.data.checkedAt });
  }
  return [...entries.values()].map((entry) => {
    const kept = entry.recordingId === undefined ? undefined : records.get(profileKey(entry.profileId, entry.recordingId));
    return kept ? { ...entry, record: kept.record, recordCheckedAt: kept.checkedAt } : entry;
  });
}
