import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../contract/result';
import { ownerEntry, storageError, thisProcess, withFileLock } from '../../../../../main/platform/storage/file-lock';
import { inEnglish } from '../../../../../main/platform/messages';
import { openSettings } from '../../../../../main/platform/storage/settings';
import { useTempDirs } from '../../../../support/temp-dirs';

const freshDir = useTempDirs('sb-store-');

describe('settings store', () => {
  it('starts from defaults and persists updates across reopen', async () => {
    const dir = freshDir();
    const store = openSettings(dir);
    expect(await store.read()).toEqual({ version: 1 });
    const bounds = { x: 10, y: 20, width: 1000, height: 700, maximized: false };
    await store.update((current) => ({ ...current, window: bounds }));
    expect((await openSettings(dir).read()).window).toEqual(bounds);
    expect(statSync(join(dir, 'settings.json')).mode & 0o777).toBe(0o600);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const dir = freshDir();
    const store = openSettings(dir);
    const grow = () =>
      store.update((current) => {
        const window = current.window ?? { x: 0, y: 0, width: 800, height: 600, maximized: false };
        return { ...current, window: { ...window, width: window.width + 1 } };
      });
    await Promise.all([grow(), grow(), grow(), grow(), grow()]);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).window.width).toBe(805);
  });

  it('keeps a change another process made: every update re-reads the file under the lock', async () => {
    const dir = freshDir();
    const app = openSettings(dir);
    const cli = openSettings(dir);
    const bounds = (width: number) => ({ x: 0, y: 0, width, height: 600, maximized: false });
    await app.update((current) => ({ ...current, window: bounds(900) }));
    await cli.update((current) => ({ ...current, window: { ...current.window!, height: 700 } }));
    expect((await app.read()).window).toEqual({ ...bounds(900), height: 700 });
    await app.update((current) => ({ ...current, window: { ...current.window!, width: 1000 } }));
    expect((await openSettings(dir).read()).window).toEqual({ ...bounds(1000), height: 700 });
  });

  it('waits for a lock held by a running process, takes over one whose process was killed, and says when it is kept busy', async () => {
    const dir = freshDir();
    const file = join(dir, 'settings.json');
    const lock = `${file}.lock`;
    // A lock left by a process that no longer runs (SIGKILL leaves it behind).
    mkdirSync(join(lock, ownerEntry({ host: hostname(), pid: 2 ** 22 + 1 })), { recursive: true });
    await openSettings(dir).update((current) => ({ ...current, window: { x: 0, y: 0, width: 900, height: 600, maximized: false } }));
    expect(existsSync(lock)).toBe(false);

    // A lock this version cannot read an owner from (an earlier Switchboard wrote owner.json, after
    // making the lock): seconds old, it may be a starved process about to name itself, and is waited
    // for; stale (10 s unrefreshed), taken over.
    mkdirSync(lock);
    writeFileSync(join(lock, 'owner.json'), JSON.stringify({ host: hostname(), pid: 2 ** 22 + 1 }));
    expect(storageError(await withFileLock(file, async () => 'written', { waitMs: 200 }).catch((error: unknown) => error))).toMatchObject({ kind: 'file' });
    utimesSync(lock, new Date(Date.now() - 5_000), new Date(Date.now() - 5_000));
    expect(storageError(await withFileLock(file, async () => 'written', { waitMs: 200 }).catch((error: unknown) => error))).toMatchObject({ kind: 'file' });
    utimesSync(lock, new Date(Date.now() - 11_000), new Date(Date.now() - 11_000));
    expect(await withFileLock(file, async () => 'written', { waitMs: 200 })).toBe('written');
    expect(existsSync(lock)).toBe(false);

    // A lock another running process holds (its owner is this test's process, which runs): the writer waits, then says so.
    const release = await lockfile.lock(file, { realpath: false });
    mkdirSync(join(lock, ownerEntry(thisProcess())));
    const started = Date.now();
    const busy = await withFileLock(file, async () => 'written', { waitMs: 400 }).catch((error: unknown) => storageError(error));
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(busy).toEqual({
      kind: 'file',
      message: 'Another Switchboard window or command kept settings.json busy for 0 s, so nothing was sent or changed.',
      hint: 'Try again in a moment. If it keeps happening, close other Switchboard windows and commands.',
      say: { message: { key: 'storage.busy.message', values: { file: 'settings.json', seconds: 0 } }, hint: { key: 'storage.busy.hint' } },
    });
    const { say, message } = busy as AppError;
    expect(inEnglish(say!.message)).toBe(message);
    rmSync(join(lock, ownerEntry(thisProcess())), { recursive: true });
    await release();
    expect(await withFileLock(file, async () => 'written')).toBe('written');
  });

  it('refuses to load a corrupt file instead of silently replacing it', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), '{"version": 1, "window": {"x": "oops"');
    await expect(openSettings(dir).read()).rejects.toThrow(/not a valid Switchboard file/);
  });

  it('rejects an update that breaks the schema and keeps the file as it was', async () => {
    const dir = freshDir();
    const store = openSettings(dir);
    await store.update((current) => ({ ...current, window: { x: 0, y: 0, width: 900, height: 600, maximized: true } }));
    await expect(store.update((current) => ({ ...current, window: { x: 0, y: 0, width: 10, height: 10, maximized: true } }))).rejects.toThrow();
    expect((await openSettings(dir).read()).window?.width).toBe(900);
  });
});

describe('a write the data folder refused', () => {
  it('says why in words, and that nothing was sent; anything else is not a storage error', () => {
    const full = storageError(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    expect(full).toEqual({
      kind: 'file',
      message: 'Switchboard could not write to its data folder: the disk is full. Nothing was sent or changed.',
      hint: 'Free some space or fix the folder permissions, then try again.',
      say: { message: { key: 'storage.notWritten.message', values: { problem: { key: 'storage.folder.diskFull' } } }, hint: { key: 'storage.notWritten.hint' } },
    });
    expect(inEnglish(full!.say!.message)).toBe(full!.message);
    expect(storageError(Object.assign(new Error('read-only'), { code: 'EROFS' }))?.message).toBe('Switchboard could not write to its data folder: it is on a read-only disk. Nothing was sent or changed.');
    expect(storageError(new Error('a bug'))).toBeUndefined();
  });
});
