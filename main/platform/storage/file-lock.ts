import fs from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import type { AppError } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { spoken } from '../messages';

/**
 * How long a writer waits for another process's lock. Longer than `STALE_MS`, so a lock left by a
 * process that crashed is taken over within one wait rather than failing it.
 */
export const LOCK_WAIT_MS = 15_000;
/**
 * A lock whose holder stopped refreshing it this long ago is stale (its process died). The holder
 * refreshes it every `STALE_MS / 2` for as long as it works, however slow (a keychain prompt).
 */
const STALE_MS = 10_000;

/** Thrown when the lock could not be had in time; the router answers it as a `file` error. */
export class StorageBusyError extends Error {
  readonly appError: AppError;

  constructor(file: string, waitedMs: number) {
    super(`lock not acquired: ${basename(file)}`);
    this.name = 'StorageBusyError';
    this.appError = {
      kind: 'file',
      ...spoken({ key: 'storage.busy.message', values: { file: basename(file), seconds: Math.round(waitedMs / 1000) } }, { key: 'storage.busy.hint' }),
    };
  }
}

/** Who holds a lock or a claim: enough to tell, on this computer, whether that process still runs. */
export interface Owner {
  host: string;
  pid: number;
}

export const thisProcess = (): Owner => ({ host: hostname(), pid: process.pid });

/**
 * False only when the owner provably ended: same computer, and no process with its id. Another
 * computer's process (a data folder on a network share) or a reused id count as running.
 */
export function isRunning(owner: Owner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Work queued per file inside this process, so the process does not race itself for its own lock. */
const local = new Map<string, Promise<unknown>>();

/**
 * Runs `work` holding the cross-process lock of `file` (a `<file>.lock` directory next to it, made
 * with mkdir, which is atomic on every local file system). Every read-modify-write of a shared file
 * re-reads the file inside `work`: what was read before the lock may already be out of date.
 */
export function withFileLock<T>(file: string, work: () => Promise<T>, options: { waitMs?: number } = {}): Promise<T> {
  const previous = local.get(file) ?? Promise.resolve();
  const run = previous.then(() => locked(file, work, options.waitMs ?? LOCK_WAIT_MS));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  local.set(file, settled);
  void settled.then(() => {
    if (local.get(file) === settled) local.delete(file);
  });
  return run;
}

async function locked<T>(file: string, work: () => Promise<T>, waitMs: number): Promise<T> {
  const started = Date.now();
  let release: () => Promise<void>;
  let compromised = false;
  for (;;) {
    try {
      release = await lockfile.lock(file, {
        realpath: false,
        stale: STALE_MS,
        retries: 0,
        fs: stagingFs,
        // A lock taken over as stale while we still hold it: our write may interleave with another, but
        // throwing here (the default) would crash the app from a timer.
        onCompromised: () => {
          compromised = true;
        },
      });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY') {
        // proper-lockfile found the lock stale but its rmdir met the owner entry a killed process left: finish its removal.
        await retire(lockDir(file));
        continue;
      }
      if (code !== 'ELOCKED') throw error;
      const waited = Date.now() - started;
      if (waited >= waitMs) throw new StorageBusyError(file, waited);
      if (await removedIfAbandoned(file)) continue;
      // Jittered, so processes that collided once do not collide again in step.
      await sleep(10 + Math.random() * 40);
    }
  }
  try {
    return await work();
  } finally {
    // Stops the refresh; its rmdir meets our owner entry and leaves the directory, which `retire` removes.
    await release().catch(() => undefined);
    // Taken over as stale meanwhile, the directory is another process's lock now.
    if (!compromised) await retire(lockDir(file));
  }
}

const lockDir = (file: string) => `${file}.lock`;

const OWNER_PREFIX = 'owner-';

/**
 * The lock's owner as the name of an entry in the lock directory: it is there the moment the lock
 * is (see `stagingFs`), whole, where a file's contents could be cut short by a kill.
 */
export const ownerEntry = (owner: Owner) => `${OWNER_PREFIX}${encodeURIComponent(owner.host)}@${owner.pid}`;

function ownerOf(names: readonly string[]): Owner | undefined {
  const entry = names.find((name) => name.startsWith(OWNER_PREFIX));
  const match = entry && /^(.+)@(\d+)$/.exec(entry.slice(OWNER_PREFIX.length));
  return match ? { host: decodeURIComponent(match[1]!), pid: Number(match[2]) } : undefined;
}

/** A directory is renamed onto another only if that one is empty; a lock directory never is. */
const isTaken = (code: string | undefined) => code === 'ENOTEMPTY' || code === 'EEXIST' || (code === 'EPERM' && process.platform === 'win32');

/**
 * proper-lockfile's file system, its mkdir making the lock directory with the owner already inside:
 * staged under the owner's own name, then renamed into place in one step. A waiter finding a lock
 * without an owner must leave it to its staleness (10 s), since its process may only be starved;
 * made this way, no lock is ever without one.
 */
const stagingFs = {
  ...fs,
  mkdir: (path: string, done: (error: NodeJS.ErrnoException | null) => void) => {
    const owner = ownerEntry(thisProcess());
    const staged = `${path}-${owner}`;
    const held = () => done(Object.assign(new Error(`lock held: ${basename(path)}`), { code: 'EEXIST' }));
    const stage = () =>
      fs.mkdir(join(staged, owner), { recursive: true }, (error) => {
        if (error) return done(error);
        fs.rename(staged, path, (renameError) => {
          if (!renameError) return done(null);
          fs.rm(staged, { recursive: true, force: true }, () => (isTaken(renameError.code) ? held() : done(renameError)));
        });
      });
    // Waiters try again every few ms: a held lock is told by one stat, not by staging a directory.
    fs.stat(path, (statError) => (statError ? stage() : held()));
  },
};

/**
 * Removes a lock directory in one step, by renaming it away with the owner inside, and only then
 * deletes it: deleting the owner first and the directory next would leave, to a kill in between,
 * an ownerless lock that every other process waits out.
 */
async function retire(dir: string): Promise<void> {
  const removed = `${dir}.released`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await rename(dir, removed);
      // Another process may be removing `removed` too, or renaming its own lock onto it: whatever is left, the next release clears.
      await rm(removed, { recursive: true, force: true }).catch(() => undefined);
      await sweepStaged(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      // An earlier release's leftover is in the way.
      await rm(removed, { recursive: true, force: true }).catch(() => undefined);
    }
  }
  await rm(dir, { recursive: true, force: true });
}

/** Removes the lock directories that processes killed while staging them left next to the lock. */
async function sweepStaged(dir: string): Promise<void> {
  const prefix = `${basename(dir)}-`;
  const names = await readdir(dirname(dir)).catch(() => [] as string[]);
  for (const name of names) {
    const owner = name.startsWith(prefix) ? ownerOf([name.slice(prefix.length)]) : undefined;
    if (owner && !isRunning(owner)) await rm(join(dirname(dir), name), { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * A lock whose owner was killed (SIGKILL, a power cut) is taken over at once instead of after
 * `STALE_MS`. Its window is proper-lockfile's own for stale locks: only between a waiter reading
 * the dead owner and removing the lock could another waiter have taken the lock over already.
 */
async function removedIfAbandoned(file: string): Promise<boolean> {
  const dir = lockDir(file);
  const names = await readdir(dir).catch(() => undefined);
  // Gone meanwhile: try again at once.
  if (!names) return true;
  const owner = ownerOf(names);
  // No owner entry: made by an earlier Switchboard, which named itself (in owner.json) only after
  // making the lock and may be about to (a busy machine can starve a process for seconds), or was
  // killed first. Only its staleness (STALE_MS, proper-lockfile's) tells them apart.
  if (!owner || isRunning(owner)) return false;
  await retire(dir);
  return true;
}

/** What the data folder said, for an operator: a failed write sends nothing and says why. */
const FOLDER_PROBLEMS: Record<string, Said> = {
  ENOSPC: { key: 'storage.folder.diskFull' },
  EDQUOT: { key: 'storage.folder.quotaUsed' },
  EACCES: { key: 'storage.folder.notWritable' },
  EPERM: { key: 'storage.folder.notWritable' },
  EROFS: { key: 'storage.folder.readOnly' },
};

/** A storage failure as an error value; `undefined` for anything that is not one (a bug). */
export function storageError(error: unknown): AppError | undefined {
  if (error instanceof StorageBusyError) return error.appError;
  const problem = FOLDER_PROBLEMS[(error as NodeJS.ErrnoException | undefined)?.code ?? ''];
  if (!problem) return undefined;
  return { kind: 'file', ...spoken({ key: 'storage.notWritten.message', values: { problem } }, { key: 'storage.notWritten.hint' }) };
}
