import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { eventChannelOf, EVENTS } from '../../../contract/events';
import { channelOf, METHODS } from '../../../contract/methods';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'pong' })), on: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  it('exposes exactly the contract methods and events.on as window.switchboard, and nothing else', async () => {
    await import('../../../preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe('switchboard');
    const exposed = Object.entries(api as Record<string, Record<string, unknown>>).flatMap(([feature, verbs]) =>
      Object.keys(verbs).map((verb) => `${feature}.${verb}`),
    );
    expect(exposed.sort()).toEqual([...METHODS, 'events.on'].sort());
    expect(api).not.toHaveProperty('ipcRenderer');

    const result = await (api as { app: { openExternal: (input: unknown) => Promise<unknown> } }).app.openExternal({ url: 'https://x.test' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf('app.openExternal'), { url: 'https://x.test' });
    expect(result).toEqual({ ok: true, value: 'pong' });
  });

  it('listens on the allow-listed event channels only, handing their payloads to the page’s listeners', async () => {
    vi.resetModules();
    await import('../../../preload/index');
    const channels = electron.ipcRenderer.on.mock.calls.map(([channel]) => channel as string);
    expect(channels.sort()).toEqual(EVENTS.map(eventChannelOf).sort());
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as { events: { on(event: string, listener: (payload: unknown) => void): () => void } };
    const deliver = electron.ipcRenderer.on.mock.calls.find(([channel]) => channel === eventChannelOf('dialer.prefill'))![1] as (message: unknown, payload: unknown) => void;

    // One that came before the page listened waits for its first listener.
    deliver({}, { kind: 'number', from: 'link', number: '+442079460958' });
    const heard: unknown[] = [];
    const stop = api.events.on('dialer.prefill', (payload) => heard.push(payload));
    expect(heard).toEqual([{ kind: 'number', from: 'link', number: '+442079460958' }]);
    deliver({}, { kind: 'number', from: 'link', number: '+12025550143' });
    expect(heard).toHaveLength(2);
    stop();
    deliver({}, { kind: 'number', from: 'link', number: '+12025550199' });
    expect(heard).toHaveLength(2);
    // The page cannot listen to anything else through it.
    expect(() => api.events.on('ipc', () => undefined)).toThrow('"ipc" is not an event of Switchboard');
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
      return { contextBridge: { exposeInMainWorld: (_name: string, api: unknown) => exposed.push(api) }, ipcRenderer: { invoke: async () => undefined, on: () => undefined } };
    };
    new Script(readFileSync(built, 'utf8')).runInContext(createContext({ require: sandboxRequire, module: { exports: {} }, exports: {} }));
    expect(required).toEqual(['electron']);
    expect(exposed).toHaveLength(1);
  });
});
