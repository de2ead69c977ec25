import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { channelOf, METHODS } from '../../../contract/methods';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'pong' })) },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  it('exposes exactly the contract methods as window.switchboard, and nothing else', async () => {
    await import('../../../preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe('switchboard');
    const exposed = Object.entries(api as Record<string, Record<string, unknown>>).flatMap(([feature, verbs]) =>
      Object.keys(verbs).map((verb) => `${feature}.${verb}`),
    );
    expect(exposed.sort()).toEqual([...METHODS].sort());
    expect(api).not.toHaveProperty('ipcRenderer');

    const result = await (api as { app: { openExternal: (input: unknown) => Promise<unknown> } }).app.openExternal({ url: 'https://x.test' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf('app.openExternal'), { url: 'https://x.test' });
    expect(result).toEqual({ ok: true, value: 'pong' });
  });

  // A sandboxed preload cannot load packages at run time: anything but `electron` breaks the window.
  it('built bundle requires nothing but electron', () => {
    const built = join(__dirname, '../../../out/preload/index.js');
    expect(existsSync(built), 'out/preload/index.js is missing: run `npm run build` first').toBe(true);
    const required: string[] = [];
    const exposed: unknown[] = [];
    const sandboxRequire = (id: string) => {
      required.push(id);
      if (id !== 'electron') throw new Error(`preload required ${id}`);
      return { contextBridge: { exposeInMainWorld: (_name: string, api: unknown) => exposed.push(api) }, ipcRenderer: { invoke: async () => undefined } };
    };
    new Script(readFileSync(built, 'utf8')).runInContext(createContext({ require: sandboxRequire, module: { exports: {} }, exports: {} }));
    expect(required).toEqual(['electron']);
    expect(exposed).toHaveLength(1);
  });
});
