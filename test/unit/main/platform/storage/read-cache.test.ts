import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReadCache } from '../../../../../main/platform/storage/read-cache';
import { memoryLogger } from '../../../../support/memory-log';
import { useTempDirs } from '../../../../support/temp-dirs';

const freshDir = useTempDirs('sb-read-cache-');

const KEY = 'numbers.list {}';
const kept = (readAt: string, numbers: string[] = ['447700900123']) => ({ readAt, value: { profileId: 'p-1', numbers } });

function setup(dir = freshDir()) {
  const { log, lines } = memoryLogger();
  return { dir, cache: openReadCache(dir, log), lines };
}

/** The one file kept for `profile`, as the cache laid it out. */
const onlyFile = (dir: string, profile: string) => {
  const files = readdirSync(join(dir, 'last-read', profile));
  expect(files).toHaveLength(1);
  return join(dir, 'last-read', profile, files[0]!);
};

describe('the last answer of each read, kept on disk', () => {
  it('answers what was kept, in another process on the same folder too, readable by this user only', async () => {
    const { dir, cache } = setup();
    expect(await cache.get('p-1', KEY)).toBeUndefined();
    await cache.put('p-1', KEY, kept('2025-07-01T10:00:00.000Z'));
    expect(await cache.get('p-1', KEY)).toEqual(kept('2025-07-01T10:00:00.000Z'));
    expect(await setup(dir).cache.get('p-1', KEY)).toEqual(kept('2025-07-01T10:00:00.000Z'));
    expect(statSync(onlyFile(dir, 'p-1')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'last-read', 'p-1')).mode & 0o777).toBe(0o700);
  });

  it('keeps one answer per read: a later one replaces it, another read has its own', async () => {
    const { cache } = setup();
    await cache.put('p-1', KEY, kept('2025-07-01T10:00:00.000Z', ['1']));
    await cache.put('p-1', 'trunks.list {"type":1}', kept('2025-07-01T10:00:01.000Z', ['2']));
    await cache.put('p-1', KEY, kept('2025-07-01T10:05:00.000Z', ['3']));
    expect(await cache.get('p-1', KEY)).toEqual(kept('2025-07-01T10:05:00.000Z', ['3']));
    expect(await cache.get('p-1', 'trunks.list {"type":1}')).toEqual(kept('2025-07-01T10:00:01.000Z', ['2']));
    expect(await cache.get('p-1', 'trunks.list {"type":2}')).toBeUndefined();
  });

  it("never answers one profile's read for another", async () => {
    const { cache } = setup();
    await cache.put('p-1', KEY, kept('2025-07-01T10:00:00.000Z'));
    expect(await cache.get('p-2', KEY)).toBeUndefined();
    expect(await cache.get('sandbox', KEY)).toBeUndefined();
  });

  it('lets the last writer win when two processes keep the same read', async () => {
    const { dir, cache: app } = setup();
    const cli = setup(dir).cache;
    await app.put('p-1', KEY, kept('2025-07-01T10:00:00.000Z', ['app']));
    await cli.put('p-1', KEY, kept('2025-07-01T10:01:00.000Z', ['cli']));
    expect(await app.get('p-1', KEY)).toEqual(kept('2025-07-01T10:01:00.000Z', ['cli']));
    // The app answering its list from memory again does not write its older copy over the newer one.
    await app.put('p-1', KEY, kept('2025-07-01T10:00:00.000Z', ['app']));
    expect(await app.get('p-1', KEY)).toEqual(kept('2025-07-01T10:01:00.000Z', ['cli']));
  });

  it.each([
    ['torn', (file: string) => truncateSync(file, 20)],
    ['empty', (file: string) => writeFileSync(file, '')],
    ['not JSON', (file: string) => writeFileSync(file, '\u0000\u0001garbage')],
    ['JSON of another shape', (file: string) => writeFileSync(file, JSON.stringify({ numbers: [] }))],
    ['kept for another read', (file: string) => writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), key: 'trunks.list {}' }))],
    ['larger than any answer', (file: string) => truncateSync(file, 16 * 1024 * 1024 + 1)],
  ])('reads a file that is %s as nothing kept, and keeps the next answer over it', async (_, spoil) => {
    const { dir, cache } = setup();
    await cache.put('p-1', KEY, kept('2025-07-01T10:00:00.000Z'));
    spoil(onlyFile(dir, 'p-1'));
    expect(await cache.get('p-1', KEY)).toBeUndefined();
    await cache.put('p-1', KEY, kept('2025-07-01T10:05:00.000Z'));
    expect(await cache.get('p-1', KEY)).toEqual(kept('2025-07-01T10:05:00.000Z'));
  });

  it('forgets one profile: its folder goes, the others stay, and its next answer is kept again', async () => {
    const { dir, cache } = setup();
    await cache.put('p-1', KEY, kept('2025-07-01T10:00:00.000Z'));
    await cache.put('p-12', KEY, kept('2025-07-01T10:00:00.000Z'));
    await cache.forget('p-1');
    expect(existsSync(join(dir, 'last-read', 'p-1'))).toBe(false);
    expect(await cache.get('p-12', KEY)).toEqual(kept('2025-07-01T10:00:00.000Z'));
    await cache.put('p-1', KEY, kept('2025-07-01T10:00:00.000Z'));
    expect(await cache.get('p-1', KEY)).toEqual(kept('2025-07-01T10:00:00.000Z'));
  });

  it.each(['..', '../..', '../profiles', '/etc', 'a/../../b', '.', 'C:\\Windows', ' p-1'])('keeps profile id %j inside its folder', async (profileId) => {
    const { dir, cache } = setup();
    await cache.put(profileId, KEY, kept('2025-07-01T10:00:00.000Z'));
    expect(readdirSync(dir)).toEqual(['last-read']);
    const [folder, ...others] = readdirSync(join(dir, 'last-read'));
    expect(others).toEqual([]);
    expect(folder).toMatch(/^~[0-9a-f]{32}$/);
    expect(await cache.get(profileId, KEY)).toEqual(kept('2025-07-01T10:00:00.000Z'));
    await cache.forget(profileId);
    expect(readdirSync(join(dir, 'last-read'))).toEqual([]);
  });

  it('never fails a request: a folder it cannot write is logged, by its error code only', async () => {
    const { dir, cache, lines } = setup();
    writeFileSync(join(dir, 'last-read'), 'a file where the folder should be');
    await expect(cache.put('p-1', KEY, kept('2025-07-01T10:00:00.000Z'))).resolves.toBeUndefined();
    expect(await cache.get('p-1', KEY)).toBeUndefined();
    expect(lines.join('\n')).toMatch(/"event":"last read not kept","code":"E[A-Z]+"/);
    expect(lines.join('\n')).not.toContain('447700900123');
  });
});
