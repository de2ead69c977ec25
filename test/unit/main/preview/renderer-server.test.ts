import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../../contract/result';
import { BRIDGE_PATH, INVOKE_PATH, startRendererServer, TOKEN_HEADER, type RendererServer } from '../../../../main/preview/renderer-server';
import { rawRequest } from '../../../support/raw-http';
import type { Router } from '../../../../main/router';


const rendererDir = mkdtempSync(join(tmpdir(), 'sb-preview-renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="x"><title>Switchboard</title></head><body></body></html>');
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

let server: RendererServer;
let router: Router & { dispatch: ReturnType<typeof vi.fn> };
beforeEach(async () => {
  router = { dispatch: vi.fn(async () => ok({ version: '0.1.0' })) };
  server = await startRendererServer({ rendererDir, router });
});
afterEach(() => server.close());

const origin = () => new URL(server.url).origin;
const tokenOf = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get('token') ?? '';
const invoke = (headers: Record<string, string>) =>
  rawRequest(`${origin()}${INVOKE_PATH}`, 'POST', { origin: origin(), 'content-type': 'application/json', ...headers }, JSON.stringify({ method: 'app.info' }));

describe('the preview token', () => {
  it('is a fresh random one for every start, shown in the address fragment (never sent to a server, so in no Referer or log)', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43}$/);
    const other = await startRendererServer({ rendererDir, router });
    try {
      expect(tokenOf(other.url)).not.toBe(tokenOf(server.url));
    } finally {
      await other.close();
    }
  });

  it('refuses an invoke without the token with 403, dispatching nothing', async () => {
    expect(await invoke({})).toEqual({ status: 403, body: 'forbidden' });
    expect(router.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a wrong token with 403, of the same length or not, dispatching nothing', async () => {
    const right = tokenOf(server.url);
    const sameLength = `${right[0] === 'A' ? 'B' : 'A'}${right.slice(1)}`;
    for (const wrong of [sameLength, right.slice(1), `${right}A`, '']) {
      expect(await invoke({ [TOKEN_HEADER]: wrong })).toEqual({ status: 403, body: 'forbidden' });
    }
    expect(router.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a tokenless invoke before reading its body', async () => {
    const call = request(`${origin()}${INVOKE_PATH}`, { method: 'POST', headers: { origin: origin(), 'content-type': 'application/json' } });
    try {
      const reply = await new Promise<number>((resolve, reject) => {
        call.on('response', (response) => resolve(response.statusCode ?? 0));
        call.on('error', reject);
        // A body that never ends: only an answer given without it can arrive.
        call.write('{"method":"app.info","input":"');
        setTimeout(() => reject(new Error('no answer: the body was waited for')), 2000).unref();
      });
      expect(reply).toBe(403);
    } finally {
      call.destroy();
    }
    expect(router.dispatch).not.toHaveBeenCalled();
  });

  it('dispatches an invoke that carries the right token', async () => {
    const reply = await invoke({ [TOKEN_HEADER]: tokenOf(server.url) });
    expect(reply).toEqual({ status: 200, body: JSON.stringify(ok({ version: '0.1.0' })) });
    expect(router.dispatch).toHaveBeenCalledExactlyOnceWith('app.info', undefined);
  });

  it('keeps the origin and content-type checks on top of the token', async () => {
    const token = { [TOKEN_HEADER]: tokenOf(server.url) };
    expect(await invoke({ ...token, origin: 'http://evil.example' })).toEqual({ status: 403, body: 'forbidden' });
    expect(await invoke({ ...token, 'content-type': 'text/plain' })).toEqual({ status: 403, body: 'forbidden' });
    expect(router.dispatch).not.toHaveBeenCalled();
  });

  it('serves the page and the bridge without the token in them: they carry no data', async () => {
    const page = await rawRequest(`${origin()}/`, 'GET', {});
    const bridge = await rawRequest(`${origin()}${BRIDGE_PATH}`, 'GET', {});
    expect(page.body).toContain(`<script src="${BRIDGE_PATH}"></script>`);
    for (const served of [page, bridge]) {
      expect(served.status).toBe(200);
      expect(served.body).not.toContain(tokenOf(server.url));
    }
  });
});

describe("the page's bridge", () => {
  /** The bridge script run as the page runs it, on `address`, with its fetch going to the server. */
  async function openPage(address: string, session = new Map<string, string>()) {
    const script = (await rawRequest(`${origin()}${BRIDGE_PATH}`, 'GET', {})).body;
    const location = new URL(address);
    const sent: Record<string, string>[] = [];
    const page = {
      window: {} as { switchboard?: { app: { info(): Promise<unknown> } } },
      location,
      history: { replaceState: (_state: unknown, _title: string, next: string) => (location.href = new URL(next, location).href) },
      sessionStorage: { getItem: (key: string) => session.get(key) ?? null, setItem: (key: string, value: string) => session.set(key, value) },
      URLSearchParams,
      fetch: (path: string, init: RequestInit) => {
        sent.push(init.headers as Record<string, string>);
        return fetch(new URL(path, location.origin), init);
      },
    };
    runInNewContext(script, page);
    return { switchboard: page.window.switchboard!, location, sent, session };
  }

  it('sends the token from the printed address, and takes it out of the address bar', async () => {
    const { switchboard, location, sent } = await openPage(server.url);
    expect(await switchboard.app.info()).toEqual(ok({ version: '0.1.0' }));
    expect(sent[0]).toMatchObject({ [TOKEN_HEADER]: tokenOf(server.url) });
    expect(location.href).toBe(`${origin()}/`);
  });

  it('still has the token after a reload of the page in the same tab', async () => {
    const { session } = await openPage(server.url);
    const reloaded = await openPage(`${origin()}/`, session);
    expect(await reloaded.switchboard.app.info()).toEqual(ok({ version: '0.1.0' }));
  });

  it('answers with what to do when the page was opened without the token', async () => {
    const { switchboard } = await openPage(`${origin()}/`);
    expect(await switchboard.app.info()).toMatchObject({ ok: false, error: { kind: 'auth', hint: expect.stringContaining('#token=') } });
    expect(router.dispatch).not.toHaveBeenCalled();
  });
});
