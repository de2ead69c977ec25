import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { fail, ok, type Result } from '../../../contract/result';
import { GREETING_MAX_BYTES } from '../../../contract/schemas/greetings';
import { checkGreetingSize, greetingError } from './greeting';

export interface GreetingFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Reads a greeting from disk (main's open dialog, or the CLI's --greeting). Only a regular file is
 * opened: a named pipe would block the open until some writer came, a device like /dev/zero never
 * ends. The size is checked on the open handle first, so an oversized file is refused unread.
 */
export async function readGreetingFile(path: string): Promise<Result<GreetingFile>> {
  const name = basename(path);
  try {
    if (!(await stat(path)).isFile()) return fail(notRegular(name));
  } catch (error) {
    return fail(openError(name, (error as NodeJS.ErrnoException).code));
  }
  let handle;
  try {
    // Non-blocking, in case the path became a pipe since the stat: the open then returns at once
    // and the handle's own stat below refuses it.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return fail(openError(name, (error as NodeJS.ErrnoException).code));
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return fail(notRegular(name));
    const size = checkGreetingSize(name, stats.size);
    if (!size.ok) return size;
    // The size told at open is not a promise: the file may have grown since (or, like /proc's, say
    // 0). One byte past the limit is enough to know it is too big, so no more is ever held.
    const bytes = await readAtMost(handle, GREETING_MAX_BYTES + 1);
    const read = checkGreetingSize(name, bytes.length);
    return read.ok ? ok({ name, bytes }) : read;
  } catch (error) {
    return fail(openError(name, (error as NodeJS.ErrnoException).code));
  } finally {
    await handle.close();
  }
}

/**
 * Reads a greeting piped to the CLI (`--greeting -`). The stream is read only up to one byte past
 * the limit: an endless or oversized input is refused without being held whole.
 */
export async function readGreetingStream(stream: NodeJS.ReadableStream, name = 'stdin'): Promise<Result<GreetingFile>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    chunks.push(bytes.subarray(0, GREETING_MAX_BYTES + 1 - size));
    size += Math.min(bytes.length, GREETING_MAX_BYTES + 1 - size);
    if (size > GREETING_MAX_BYTES) break;
  }
  const read = checkGreetingSize(name, size);
  if (!read.ok) return read;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return ok({ name, bytes });
}

async function readAtMost(handle: FileHandle, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = new Uint8Array(limit);
  let filled = 0;
  while (filled < limit) {
    const { bytesRead } = await handle.read(buffer, filled, limit - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.slice(0, filled);
}

const notRegular = (name: string) => greetingError({ key: 'numbers.greetingFile.notRegular', values: { name } }, { key: 'numbers.greetingFile.notRegularHint' });

function openError(name: string, code: string | undefined) {
  switch (code) {
    case 'ENOENT':
      return greetingError({ key: 'numbers.greetingFile.notFound', values: { name } }, { key: 'numbers.greetingFile.notFoundHint' });
    case 'EACCES':
    case 'EPERM':
      return greetingError({ key: 'numbers.greetingFile.denied', values: { name } }, { key: 'numbers.greetingFile.deniedHint' });
    default:
      return greetingError(
        code ? { key: 'numbers.greetingFile.unreadableCode', values: { name, code } } : { key: 'numbers.greetingFile.unreadable', values: { name } },
        { key: 'numbers.greetingFile.unreadableHint' },
      );
  }
}
