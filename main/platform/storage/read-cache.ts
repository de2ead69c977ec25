import { createHash } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { Logger } from '../log';

/** One kept answer: what was read, and when. */
export interface Kept {
  readAt: string;
  value: unknown;
}

/**
 * The last successful answer of each read, per profile, in `<dataDir>/last-read/<profile>/`, one
 * file per read. It is a cache shared by every process on the data folder: a write replaces a
 * file whole (temp file, rename), the last writer wins, and a file that is missing, torn, too big
 * or not ours reads as nothing kept. Nothing here ever fails a request.
 */
export interface ReadCache {
  get(profileId: string, key: string): Promise<Kept | undefined>;
  put(profileId: string, key: string, kept: Kept): Promise<void>;
  /** Removes everything kept for the profile (it was removed, or now names another account). */
  forget(profileId: string): Promise<void>;
}

/** Far above a real account's list (10 000 phones are about 1 MB); a bigger file is not one of ours. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

const keptFile = z.object({ key: z.string(), readAt: z.string(), value: z.unknown() });

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * Profile ids are free text by their schema; ours are letters, digits, - and _. Any other is
 * hashed (behind a `~` no plain id has), so no id can name a path outside the folder.
 */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const folderName = (profileId: string) => (PLAIN_ID.test(profileId) ? profileId : `~${digest(profileId)}`);

export function openReadCache(dataDir: string, log: Logger): ReadCache {
  const root = join(dataDir, 'last-read');
  const folder = (profileId: string) => join(root, folderName(profileId));
  const fileOf = (profileId: string, key: string) => join(folder(profileId), `${digest(key)}.json`);
  /**
   * What this process last wrote to each file. An answer this process already kept (a list served
   * from memory again) is not written again, nor over a newer one another process kept since.
   */
  const written = new Map<string, string>();

  return {
    get: async (profileId, key) => {
      try {
        const kept = keptFile.safeParse(JSON.parse(await readBounded(fileOf(profileId, key))));
        return kept.success && kept.data.key === key ? { readAt: kept.data.readAt, value: kept.data.value } : undefined;
      } catch {
        return undefined;
      }
    },

    put: async (profileId, key, { readAt, value }) => {
      const file = fileOf(profileId, key);
      if (written.get(file) === readAt) return;
      try {
        await mkdir(folder(profileId), { recursive: true, mode: 0o700 });
        // No fsync: a cache lost in a power cut costs one read, and a torn file reads as nothing kept.
        await writeFileAtomic(file, JSON.stringify({ key, readAt, value }), { mode: 0o600, fsync: false });
        written.set(file, readAt);
      } catch (error) {
        log.error('last read not kept', { code: (error as NodeJS.ErrnoException).code ?? (error as Error).name });
      }
    },

    forget: async (profileId) => {
      const gone = folder(profileId);
      for (const file of written.keys()) if (file.startsWith(gone + sep)) written.delete(file);
      await rm(gone, { recursive: true, force: true, maxRetries: 3 }).catch((error: NodeJS.ErrnoException) => {
        log.error('last reads not removed', { code: error.code ?? error.name });
      });
    },
  };
}

/** The file's text, refused (thrown) when it is larger than any answer we keep. */
async function readBounded(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    if ((await handle.stat()).size > MAX_FILE_BYTES) throw new Error(`${file} is too large`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
