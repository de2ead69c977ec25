import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
