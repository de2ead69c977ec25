/**
 * Takes and releases the lock of one file in a loop, appending to the file and reading it back
 * under it as the stores do, and prints `ack N` after each release, until it is killed. The lock
 * test kills it at random moments.
 * Usage: node lock-holder-child.mts <file> <firstIndex>
 */
import '../../../../support/typescript-imports.mts';
import { appendFile, readFile } from 'node:fs/promises';

const { withFileLock } = await import('../../../../../main/platform/storage/file-lock');

const [file = '', first = '0'] = process.argv.slice(2);
for (let index = Number(first); ; index++) {
  await withFileLock(file, async () => {
    await appendFile(file, `${index} `.padEnd(1_000, '.') + '\n');
    await readFile(file);
  });
  process.stdout.write(`ack ${index}\n`);
}
