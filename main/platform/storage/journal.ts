import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { withFileLock } from './file-lock';
import { fileStamp } from './file-stamp';

/**
 * An append-only file of JSON lines shared by every Switchboard process. Appends are one O_APPEND
 * write each, fsync'd before they are acknowledged; appends, compactions and check-then-append steps
 * all run under the file's cross-process lock, so a compaction (a whole-file rewrite) reads every
 * line any process appended before it and none is appended behind its back.
 *
 * Readers take no lock: they see the file before or after an append or an atomic replace, at worst
 * with a torn last line from a crash, which is skipped.
 */
export interface Journal<T> {
  /** Runs `work` holding the lock; `read`, `append` and `replace` inside it see and change the latest file. */
  locked<R>(work: () => Promise<R>): Promise<R>;
  /** The file's lines read as JSON values (a torn one skipped) and parsed, re-read only when the file changed (inode, size, mtime). */
  read(): Promise<{ parsed: T; lines: number }>;
  /** Inside `locked` only. */
  append(line: unknown): Promise<void>;
  /** Inside `locked` only: the whole file replaced atomically (temp file, fsync, rename). */
  replace(lines: readonly unknown[]): Promise<void>;
}

export function openJournal<T>(file: string, parse: (values: readonly unknown[]) => T): Journal<T> {
  let cache: { stamp: string; loaded: { parsed: T; lines: number } } | undefined;

  const read = async () => {
    const stamp = (await fileStamp(file)) ?? 'missing';
    if (cache?.stamp === stamp) return cache.loaded;
    const text = stamp === 'missing' ? '' : await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : Promise.reject(error)));
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const loaded = { parsed: parse(lines.flatMap(jsonValue)), lines: lines.length };
    cache = { stamp, loaded };
    return loaded;
  };

  return {
    locked: async (work) => {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      return withFileLock(file, work);
    },
    read,
    append: async (line) => {
      const handle = await open(file, 'a+', 0o600);
      try {
        const { size } = await handle.stat();
        const torn = size > 0 && !(await endsWithNewline(handle, size));
        // A line torn by a crash is closed first, so this one starts on a line of its own.
        await handle.write(`${torn ? '\n' : ''}${JSON.stringify(line)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    replace: async (lines) => {
      await writeFileAtomic(file, lines.map((line) => `${JSON.stringify(line)}\n`).join(''), { fsync: true, mode: 0o600 });
      cache = undefined;
    },
  };
}

/** A line torn by a crash, or edited by hand into something else, is no value at all. */
function jsonValue(line: string): unknown[] {
  try {
    return [JSON.parse(line)];
  } catch {
    return [];
  }
}

async function endsWithNewline(handle: FileHandle, size: number): Promise<boolean> {
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  return last[0] === 0x0a;
}
