import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { withFileLock } from './file-lock';
import { fileStamp } from './file-stamp';

/**
 * A small JSON document on disk shared by every Switchboard process (the app, CLI runs, the
 * preview): validated on load, replaced atomically on save (temp file, fsync, rename), and changed
 * only under its cross-process lock after a fresh read, so no process writes back a stale copy
 * over another's change.
 */
export class JsonStore<S extends z.ZodType> {
  /** The last parse, reused while the file on disk is the same one (inode, size and mtime). */
  private cache: { stamp: string; value: z.output<S> } | undefined;
  private readonly file: string;
  private readonly schema: S;
  private readonly defaults: () => z.output<S>;

  constructor(file: string, schema: S, defaults: () => z.output<S>) {
    this.file = file;
    this.schema = schema;
    this.defaults = defaults;
  }

  /** The document as it is on disk now (another process may have changed it since the last read). */
  async read(): Promise<z.output<S>> {
    const stamp = await fileStamp(this.file);
    if (stamp === undefined) return this.defaults();
    if (this.cache?.stamp === stamp) return this.cache.value;
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.defaults();
      throw error;
    }
    const parsed = this.schema.safeParse(safeJson(raw));
    // A file we cannot understand is not silently overwritten with defaults by a later save.
    if (!parsed.success) throw new Error(`${this.file} is not a valid Switchboard file`);
    this.cache = { stamp, value: parsed.data };
    return parsed.data;
  }

  /** Applies `change` to the document as it is on disk, under the lock, and persists it. */
  async update(change: (current: z.output<S>) => z.output<S>): Promise<z.output<S>> {
    return this.transact(async (current) => {
      const next = change(current);
      return { next, value: next };
    });
  }

  /**
   * Holds the lock across `work`, which may do other slow things that must not interleave with
   * another process's change (a keychain write beside a profile). `next` is written when it is not
   * the document `work` was given.
   */
  async transact<T>(work: (current: z.output<S>) => Promise<{ next?: z.output<S>; value: T }>): Promise<T> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    return withFileLock(this.file, async () => {
      const current = await this.read();
      const { next, value } = await work(current);
      if (next !== undefined && next !== current) await this.write(next);
      return value;
    });
  }

  /** Only inside `transact`'s work: persists one step before the next slow one (crash safety). */
  async write(next: z.output<S>): Promise<void> {
    const checked = this.schema.parse(next) as z.output<S>;
    await writeFileAtomic(this.file, `${JSON.stringify(checked, null, 2)}\n`, { fsync: true, mode: 0o600 });
    this.cache = undefined;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
