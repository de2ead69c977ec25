import { stat } from 'node:fs/promises';

/**
 * Which version of a file is on disk: it changes with every write, an atomic replace (a new inode)
 * included, so a parse may be reused while it stays the same. Undefined when there is no file.
 */
export async function fileStamp(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file, { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
