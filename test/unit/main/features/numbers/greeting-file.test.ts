import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { GREETING_MAX_BYTES } from '../../../../../contract/schemas/greetings';
import { readGreetingFile } from '../../../../../main/features/numbers/greeting-file';
import { inEnglish } from '../../../../../main/platform/messages';
import { wav } from '../../../../support/audio-fixtures';
import { openTestApp } from '../../../../support/app';
import { cliHarness } from '../../cli/cli-harness';

/** What the file system tells the reader, changed by a test to stage a race it cannot time. */
const fsSeen = vi.hoisted(() => ({
  /** Answers stat() for these paths as if they were this other path. */
  statAs: new Map<string, string>(),
  /** An opened handle's fstat() reports this size instead of the real one. */
  fstatSize: undefined as number | undefined,
  bytesRead: 0,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const stat = ((path: string, ...rest: []) => real.stat(fsSeen.statAs.get(String(path)) ?? path, ...rest)) as typeof real.stat;
  const open = async (...args: Parameters<typeof real.open>): Promise<FileHandle> => {
    const handle = await real.open(...args);
    const realStat = handle.stat.bind(handle);
    const realRead = handle.read.bind(handle) as (...readArgs: unknown[]) => Promise<{ bytesRead: number }>;
    return Object.assign(handle, {
      stat: async () => {
        const stats = await realStat();
        if (fsSeen.fstatSize !== undefined) stats.size = fsSeen.fstatSize;
        return stats;
      },
      read: async (...readArgs: unknown[]) => {
        const done = await realRead(...readArgs);
        fsSeen.bytesRead += done.bytesRead;
        return done;
      },
    });
  };
  return { ...real, stat, open, default: { ...real, stat, open } };
});

const dir = mkdtempSync(join(tmpdir(), 'sb-greeting-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fifos: string[] = [];
afterEach(() => {
  fsSeen.statAs.clear();
  fsSeen.fstatSize = undefined;
  fsSeen.bytesRead = 0;
  // A reader stuck in a blocking open of a pipe is released by a writer; none waiting is fine too.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody had it open for reading.
    }
  }
});

function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  fifos.push(path);
  return path;
}

/** The read must answer by itself: a blocked open never would. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms: the read is blocked`)), ms).unref()),
  ]);
}

const notRegular = (name: string) => ({
  ok: false,
  error: {
    kind: 'file',
    field: 'greeting',
    message: `"${name}" is not a regular file (a pipe, device or folder).`,
    hint: 'Choose an mp3, wav or m4a file.',
    say: { message: { key: 'numbers.greetingFile.notRegular', values: { name } }, hint: { key: 'numbers.greetingFile.notRegularHint' } },
  },
});

describe('readGreetingFile', () => {
  it('reads a greeting and names it by its file name', async () => {
    const bytes = wav({ seconds: 1 });
    writeFileSync(join(dir, 'hello.wav'), bytes);
    const result = await readGreetingFile(join(dir, 'hello.wav'));
    expect(result.ok && result.value.name).toBe('hello.wav');
    expect(result.ok && Buffer.from(result.value.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses an oversized file from its size, without reading it', async () => {
    // A sparse 4 GiB file: reading it would take long and need 4 GiB of memory; the size check does not.
    const path = join(dir, 'huge.wav');
    writeFileSync(path, '');
    truncateSync(path, 4 * 1024 ** 3);
    const started = performance.now();
    const result = await readGreetingFile(path);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ ok: false, error: { kind: 'file', field: 'greeting', message: '"huge.wav" is 4096.0 MB (4,294,967,296 bytes); a greeting can be at most 5 MB (5,242,880 bytes).' } });
    expect(fsSeen.bytesRead).toBe(0);
  });

  it('says plainly when the file is missing', async () => {
    const missing = await readGreetingFile(join(dir, 'missing.mp3'));
    expect(missing).toMatchObject({ ok: false, error: { kind: 'file', message: '"missing.mp3" was not found.' } });
    // The window's keys say in English what the CLI prints.
    if (!missing.ok) expect([inEnglish(missing.error.say!.message), inEnglish(missing.error.say!.hint!)]).toEqual([missing.error.message, missing.error.hint]);
  });

  it('refuses a named pipe at once, where opening it would wait for a writer forever', async () => {
    expect(await within(2000, readGreetingFile(fifo('pipe.wav')))).toEqual(notRegular('pipe.wav'));
  });

  it('refuses a device and a folder, which are not regular files either', async () => {
    expect(await within(2000, readGreetingFile('/dev/zero'))).toEqual(notRegular('zero'));
    mkdirSync(join(dir, 'folder.mp3'));
    expect(await within(2000, readGreetingFile(join(dir, 'folder.mp3')))).toEqual(notRegular('folder.mp3'));
  });

  it('refuses a file swapped for a pipe between its stat and its open, without waiting on the pipe', async () => {
    const regular = join(dir, 'before-swap.wav');
    writeFileSync(regular, wav({ seconds: 1 }));
    const swapped = fifo('swapped.wav');
    fsSeen.statAs.set(swapped, regular);
    expect(await within(2000, readGreetingFile(swapped))).toEqual(notRegular('swapped.wav'));
  });

  it('reads at most one byte past the limit, whatever size the file reported when opened', async () => {
    // A file growing after its size was taken (or one whose size says 0, as /proc's do).
    const path = join(dir, 'growing.wav');
    writeFileSync(path, '');
    truncateSync(path, GREETING_MAX_BYTES * 3);
    fsSeen.fstatSize = 1000;
    const result = await readGreetingFile(path);
    expect(result).toMatchObject({ ok: false, error: { kind: 'file', field: 'greeting', message: expect.stringContaining('a greeting can be at most 5 MB') } });
    expect(fsSeen.bytesRead).toBe(GREETING_MAX_BYTES + 1);
  });
});

describe('the greeting callers read through it', () => {
  const harness = cliHarness({ key: 'greetKey42', secret: 'greeting-file-secret-never-printed', homePrefix: 'sb-greeting-file-cli-', credentials: 'environment' });

  it('`number edit --greeting` on a pipe exits 2 at once and sends nothing', async () => {
    harness.sandbox.requests.length = 0;
    const result = await within(3000, harness.cli(['number', 'edit', '442079460958', '--voicemail', 'off', '--greeting', fifo('cli.wav')]));
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('"cli.wav" is not a regular file (a pipe, device or folder).') });
    expect(harness.sandbox.requests.filter((request) => request.path === '/number/edit')).toHaveLength(0);
  });

  it("the app's greeting picker refuses a pipe at once", async () => {
    const app = await openTestApp();
    try {
      app.dialogs.queueOpen(fifo('picked.wav'));
      expect(await within(2000, app.call('numbers.pickGreeting'))).toEqual(notRegular('picked.wav'));
    } finally {
      await app.close();
    }
  });
});
