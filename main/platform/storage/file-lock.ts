import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import type { AppError } from '../../../contract/result';

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
      message: `Another Switchboard window or command kept ${basename(file)} busy for ${Math.round(waitedMs / 1000)} s, so nothing was sent or changed.`,
      hint: 'Try again in a moment. If it keeps happening, close other Switchboard windows and commands.',
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
  for (;;) {
    try {
      release = await lockfile.lock(file, {
        realpath: false,
        stale: STALE_MS,
        retries: 0,
        // A lock taken over as stale while we still hold it: our write may interleave with another, but
        // throwing here (the default) would crash the app from a timer.
        onCompromised: () => undefined,
      });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY') {
        // proper-lockfile found the lock stale but its rmdir met an owner file a killed process left: finish its removal.
        await rm(lockDir(file), { recursive: true, force: true });
        continue;
      }
      if (code !== 'ELOCKED') throw error;
      if (await removedIfAbandoned(file)) continue;
      const waited = Date.now() - started;
      if (waited >= waitMs) throw new StorageBusyError(file, waited);
      // Jittered, so processes that collided once do not collide again in step.
      await sleep(10 + Math.random() * 40);
    }
  }
  // Written after the lock is ours, whole or not at all (renamed into place): until then a waiter
  // knows no owner and leaves the lock to its staleness.
  const staged = join(lockDir(file), `${OWNER_FILE}.${process.pid}`);
  await writeFile(staged, JSON.stringify(thisProcess()))
    .then(() => rename(staged, join(lockDir(file), OWNER_FILE)))
    .catch(() => undefined);
  try {
    return await work();
  } finally {
    // Gone before the release's rmdir, which removes only an empty directory.
    await rm(join(lockDir(file), OWNER_FILE), { force: true }).catch(() => undefined);
    await release().catch(() => undefined);
  }
}

const OWNER_FILE = 'owner.json';
const lockDir = (file: string) => `${file}.lock`;

/**
 * A lock whose owner was killed (SIGKILL, a power cut) is taken over at once instead of after
 * `STALE_MS`. Its window is proper-lockfile's own for stale locks: only between a waiter reading
 * the dead owner and removing the lock could another waiter have taken the lock over already.
 */
async function removedIfAbandoned(file: string): Promise<boolean> {
  const dir = lockDir(file);
  let owner: Owner | undefined;
  try {
    owner = JSON.parse(await readFile(join(dir, OWNER_FILE), 'utf8')) as Owner;
  } catch {
    // No owner yet: taken a moment ago by a process that names itself next (which a busy machine can
    // starve for seconds: 40 CLI runs at once took a named profile twice when this waited only 3 s),
    // or its process was killed first. Only its staleness (STALE_MS, proper-lockfile's) tells them apart.
    return !(await stat(dir).then(
      () => true,
      () => false,
    ));
  }
  if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || isRunning(owner)) return false;
  await rm(dir, { recursive: true, force: true });
  return true;
}

/** What the data folder said, for an operator: a failed write sends nothing and says why. */
const FOLDER_PROBLEMS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'it is not writable for this user',
  EPERM: 'it is not writable for this user',
  EROFS: 'it is on a read-only disk',
};

/** A storage failure as an error value; `undefined` for anything that is not one (a bug). */
export function storageError(error: unknown): AppError | undefined {
  if (error instanceof StorageBusyError) return error.appError;
  const problem = FOLDER_PROBLEMS[(error as NodeJS.ErrnoException | undefined)?.code ?? ''];
  if (!problem) return undefined;
  return {
    kind: 'file',
    message: `Switchboard could not write to its data folder: ${problem}. Nothing was sent or changed.`,
    hint: 'Free some space or fix the folder permissions, then try again.',
  };
}
