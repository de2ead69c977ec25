import { mkdir, open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { callRecord, type CallRecord } from '../../../contract/schemas/calls';
import { historyEntry, type HistoryEntry } from '../../../contract/schemas/calls';

export const HISTORY_FILE = 'call-history.jsonl';
/** The newest attempts kept; older ones are dropped when the log is compacted. */
export const HISTORY_CAP = 10_000;
/** How far past the cap the log may grow before it is compacted, so compaction stays rare. */
const COMPACT_SLACK = 1_000;

/**
 * Every call attempt, kept on disk as an append-only log: one JSON line per attempt, fsync'd
 * before the call's answer is returned, and one line per call record (CDR) read later from ITNIO,
 * keyed by profile and recording id and merged into its entry on read.
 *
 * Why a log and not one JSON document: an append never rewrites earlier lines, so a crash mid-write
 * can at worst tear the line being written, which readers skip and the next append steps over;
 * and the app and the CLI share the file, where appends from two processes both land, while a
 * whole-file rewrite from one process's stale copy would drop the other's calls. Compaction (past
 * cap + slack lines) and clearing replace the file atomically (temp file, fsync, rename);
 * compaction folds each record into its entry's line. A reader that predates record lines skips
 * them as lines that are not entries.
 */
export interface CallHistory {
  append(entry: HistoryEntry): Promise<void>;
  /** Keeps a call's record with the entry of the call it belongs to. */
  appendRecord(line: RecordLine): Promise<void>;
  /** Every readable entry, newest first, with its call record when one was kept. */
  entries(): Promise<HistoryEntry[]>;
  /** Empties the history; answers how many entries it held. */
  clear(): Promise<number>;
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

interface Loaded {
  /** Oldest first, as written, records merged in. */
  entries: HistoryEntry[];
  lines: number;
}

export function openCallHistory(dataDir: string, options: { cap?: number; slack?: number } = {}): CallHistory {
  const file = join(dataDir, HISTORY_FILE);
  const cap = options.cap ?? HISTORY_CAP;
  const slack = options.slack ?? COMPACT_SLACK;
  let cache: { stamp: string; loaded: Loaded } | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  // One operation at a time within this process; other processes only ever append.
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const run = queue.then(operation);
    queue = run.catch(() => undefined);
    return run;
  };

  const load = async (): Promise<Loaded> => {
    const stamp = await stat(file).then(
      (info) => `${info.size}:${info.mtimeMs}`,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return 'missing';
        throw error;
      },
    );
    if (cache?.stamp === stamp) return cache.loaded;
    const text = stamp === 'missing' ? '' : await readFile(file, 'utf8');
    const loaded = parse(text);
    cache = { stamp, loaded };
    return loaded;
  };

  const replace = async (entries: HistoryEntry[]) => {
    await writeFileAtomic(file, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''), { fsync: true, mode: 0o600 });
    cache = undefined;
  };

  const appendLine = (line: unknown) =>
    serial(async () => {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      const handle = await open(file, 'a+', 0o600);
      try {
        const { size } = await handle.stat();
        const torn = size > 0 && !(await endsWithNewline(handle, size));
        // O_APPEND: one small write lands whole at the end, whoever else is appending.
        await handle.write(`${torn ? '\n' : ''}${JSON.stringify(line)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      const { entries, lines } = await load();
      if (lines > cap + slack) await replace(entries.slice(-cap));
    });

  return {
    append: (entry) => appendLine(historyEntry.parse(entry)),
    appendRecord: (line) => appendLine(recordLine.parse({ type: 'record', ...line })),
    entries: () => serial(async () => [...(await load()).entries].reverse()),
    clear: () =>
      serial(async () => {
        const { entries } = await load();
        await replace([]);
        return entries.length;
      }),
  };
}

async function endsWithNewline(handle: FileHandle, size: number): Promise<boolean> {
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/** Lines written before the request had its own name kept it under `outcome`. */
function fromLegacyLine(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('outcome' in value) || 'request' in value) return value;
  const { outcome, ...rest } = value as Record<string, unknown>;
  return { ...rest, request: outcome };
}

const recordKey = (profileId: string, recordingId: string) => `${profileId}\n${recordingId}`;

/**
 * Lines that are torn or neither an entry nor a record (a crash, a hand edit) are skipped, never
 * fatal. A record joins the entry with its profile and recording id; the last one read wins.
 */
function parse(text: string): Loaded {
  const entries: HistoryEntry[] = [];
  const records = new Map<string, { record: CallRecord; checkedAt: string }>();
  let lines = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    lines += 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const entry = historyEntry.safeParse(fromLegacyLine(value));
    if (entry.success) {
      entries.push(entry.data);
      continue;
    }
    const kept = recordLine.safeParse(value);
    if (kept.success) records.set(recordKey(kept.data.profileId, kept.data.recordingId), { record: kept.data.record, checkedAt: kept.data.checkedAt });
  }
  const merged = entries.map((entry) => {
    const kept = entry.recordingId === undefined ? undefined : records.get(recordKey(entry.profileId, entry.recordingId));
    return kept ? { ...entry, record: kept.record, recordCheckedAt: kept.checkedAt } : entry;
  });
  return { entries: merged, lines };
}
