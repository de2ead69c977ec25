import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';

/**
 * A small JSON document on disk, validated on load and replaced atomically on save (temp file,
 * fsync, rename), so a crash mid-write leaves the previous version intact.
 */
export class JsonStore<S extends z.ZodType> {
  private cache: z.output<S> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;
  private readonly schema: S;
  private readonly defaults: () => z.output<S>;

  constructor(file: string, schema: S, defaults: () => z.output<S>) {
    this.file = file;
    this.schema = schema;
    this.defaults = defaults;
  }

  async read(): Promise<z.output<S>> {
    if (this.cache !== undefined) return this.cache;
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return (this.cache = this.defaults());
      throw error;
    }
    const parsed = this.schema.safeParse(safeJson(raw));
    // A file we cannot understand is not silently overwritten with defaults by a later save.
    if (!parsed.success) throw new Error(`${this.file} is not a valid Switchboard file`);
    return (this.cache = parsed.data);
  }

  /** Applies `change` to the current document and persists it; saves are serialised. */
  async update(change: (current: z.output<S>) => z.output<S>): Promise<z.output<S>> {
    const run = this.writing.then(async () => {
      const next = this.schema.parse(change(await this.read())) as z.output<S>;
      await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`, { fsync: true, mode: 0o600 });
      this.cache = next;
      return next;
    });
    this.writing = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
