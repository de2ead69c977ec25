import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { fail, ok, type Result } from '../../../contract/result';
import { checkGreetingSize, greetingError } from './greeting';

export interface GreetingFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Reads a greeting from disk (main's open dialog, or the CLI's --greeting): the size is checked on
 * the open handle first, so an oversized file is refused without being read.
 */
export async function readGreetingFile(path: string): Promise<Result<GreetingFile>> {
  const name = basename(path);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return fail(openError(name, (error as NodeJS.ErrnoException).code));
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return fail(greetingError(`"${name}" is not a file.`, 'Choose an mp3, wav or m4a file.'));
    const size = checkGreetingSize(name, stats.size);
    if (!size.ok) return size;
    return ok({ name, bytes: new Uint8Array(await handle.readFile()) });
  } catch (error) {
    return fail(openError(name, (error as NodeJS.ErrnoException).code));
  } finally {
    await handle.close();
  }
}

function openError(name: string, code: string | undefined) {
  switch (code) {
    case 'ENOENT':
      return greetingError(`"${name}" was not found.`, 'Check the path and try again.');
    case 'EACCES':
    case 'EPERM':
      return greetingError(`"${name}" cannot be read: permission denied.`, 'Choose a file you are allowed to read, or change its permissions.');
    case 'EISDIR':
      return greetingError(`"${name}" is a folder, not a file.`, 'Choose an mp3, wav or m4a file.');
    default:
      return greetingError(`"${name}" could not be read${code ? ` (${code})` : ''}.`, 'Try again, or copy the file to another folder first.');
  }
}
