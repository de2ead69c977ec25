import { mkdir, open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { historyEntry, type HistoryEntry } from '../../contract/schemas/history';

export const HISTORY_FILE = 'call-history.jsonl';
/** The newest attempts kept; older ones are dropped when the log is compacted. */
export const HISTORY_CAP = 10_000;
/** How far past the cap the log may grow before it is compacted, so compaction stays rare. */
const COMPACT_SLACK = 1_000;

/**
 * Every call attempt, kept on disk as an append-only log: one JSON line per attempt, fsync'd
 * before the call's answer is returned.
 *
 * Why a log and not one JSON document: an append never rewrites earlier lines, so a crash mid-write
 * can at worst tear the line being written, which readers skip and the next append steps over;
 * and the app and the CLI share the file, where appends from two processes both land, while a
 * whole-file rewrite from one process's stale copy would drop the other's calls. Compaction (past
 * cap + slack) and clearing replace the file atomically (temp file, fsync, rename).
 */
export interface CallHistory {
  append(entry: HistoryEntry): Promise<void>;
  /** Every readable entry, newest first. */
  entries(): Promise<HistoryEntry[]>;
  /** Empties the history; answers how many entries it held. */
  clear(): Promise<number>;
}

interface Loaded {
  /** Oldest first, as written. */
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

  return {
    append: (entry) =>
      serial(async () => {
        await mkdir(dirname(file), { recursive: true, mode: 0o700 });
        const handle = await open(file, 'a+', 0o600);
        try {
          const { size } = await handle.stat();
          const torn = size > 0 && !(await endsWithNewline(handle, size));
          // O_APPEND: one small write lands whole at the end, whoever else is appending.
          await handle.write(`${torn ? '\n' : ''}${JSON.stringify(historyEntry.parse(entry))}\n`);
          await handle.sync();
        } finally {
          await handle.close();
        }
        const { entries, lines } = await load();
        if (lines > cap + slack) await replace(entries.slice(-cap));
      }),
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

/** Lines that are torn or not an entry (a crash, a hand edit) are skipped, never fatal. */
function parse(text: string): Loaded {
  const entries: HistoryEntry[] = [];
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
    const parsed = historyEntry.safeParse(value);
    if (parsed.success) entries.push(parsed.data);
  }
  return { entries, lines };
}
