import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, METHODS } from '../../../contract/methods';
import type { Router } from '../../../main/router';
import { memoryLogger } from '../../support/memory-log';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn() } }));
vi.mock('electron', () => electron);
const { isTrustedSender, registerIpc } = await import('../../../main/ipc');

const RENDERER = { file: '/opt/Switchboard/resources/app.asar/out/renderer/index.html' };
const ourFrame = { parent: null, url: 'file:///opt/Switchboard/resources/app.asar/out/renderer/index.html#/dialer' };

beforeEach(() => vi.clearAllMocks());

describe('sender check', () => {
  it('accepts the top frame of our own page', () => {
    expect(isTrustedSender({ senderFrame: ourFrame } as never, RENDERER)).toBe(true);
  });
  it.each([
    ['a foreign origin', { parent: null, url: 'https://evil.example/index.html' }],
    ['another local file', { parent: null, url: 'file:///tmp/evil/index.html' }],
    ['a subframe of our page', { parent: {}, url: ourFrame.url }],
    ['a destroyed frame', null],
    ['a frame without a URL', { parent: null, url: '' }],
  ])('refuses %s', (_label, frame) => {
    expect(isTrustedSender({ senderFrame: frame } as never, RENDERER)).toBe(false);
  });
  it('matches the dev server by origin', () => {
    const dev = { devUrl: 'http://localhost:5173/' };
    expect(isTrustedSender({ senderFrame: { parent: null, url: 'http://localhost:5173/index.html' } } as never, dev)).toBe(true);
    expect(isTrustedSender({ senderFrame: { parent: null, url: 'http://localhost:5174/' } } as never, dev)).toBe(false);
  });
});

describe('registerIpc', () => {
  function register() {
    const router: Router = { dispatch: vi.fn(async (method: string) => ({ ok: true as const, value: method })) };
    const { log, lines } = memoryLogger();
    registerIpc(router, RENDERER, log);
    const handlers = new Map(electron.ipcMain.handle.mock.calls.map(([channel, handler]) => [channel as string, handler]));
    return { router, handlers, lines };
  }

  it('registers every contract method exactly once', () => {
    const { handlers } = register();
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).toHaveLength(METHODS.length);
    expect(new Set(channels)).toEqual(new Set(METHODS.map(channelOf)));
    expect(handlers.size).toBe(METHODS.length);
  });

  it('dispatches calls from our frame to the router', async () => {
    const { router, handlers } = register();
    const result = await handlers.get(channelOf('app.info'))!({ senderFrame: ourFrame }, undefined);
    expect(result).toEqual({ ok: true, value: 'app.info' });
    expect(router.dispatch).toHaveBeenCalledWith('app.info', undefined);
  });

  it('refuses a foreign frame without reaching the router', async () => {
    const { router, handlers, lines } = register();
    const result = await handlers.get(channelOf('app.openExternal'))!(
      { senderFrame: { parent: null, url: 'https://evil.example/' } },
      { url: 'https://evil.example/' },
    );
    expect(result).toEqual({
      ok: false,
      error: { kind: 'internal', message: 'Refused a request from a page that is not Switchboard.', say: { message: { key: 'connections.untrustedPage' } } },
    });
    expect(router.dispatch).not.toHaveBeenCalled();
    expect(lines.join('\n')).toContain('ipc refused');
  });
});
