import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createEventHub, EVENTS } from '../../contract/events';
import { buildBridge, METHODS } from '../../contract/methods';
import { fail, type AppError } from '../../contract/result';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { PAGE_BYTES_CODEC, parseWithBytes, stringifyWithBytes } from './bytes-json';
import type { Router } from '../router';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const INVOKE_PATH = '/__switchboard/invoke';
export const BRIDGE_PATH = '/__switchboard/bridge.js';
export const TOKEN_HEADER = 'x-switchboard-token';
const MAX_BODY = 16 * 1024 * 1024;

const TOKENLESS_PAGE: AppError = {
  kind: 'auth',
  message: 'The preview refused this page: it was opened without the token of this preview run.',
  hint: 'Open the full address the preview printed when it started, the part after #token= included.',
};

export interface RendererServer {
  /** With a router, the address carries the start's token: `http://127.0.0.1:PORT/#token=…`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 with the production CSP. With a router it becomes the
 * standalone browser preview: a bridge script posts each call to a loopback route, which needs
 * `connect-src 'self'`, the only difference from the packaged app's policy.
 *
 * Any local user can reach loopback, and the route acts with the operator's keychain credentials,
 * so each start makes a random token that every call must carry. It travels in the fragment of the
 * printed address: a browser never sends a fragment to a server, so the token is in no request
 * line, log or Referer, and the page and its scripts stay free of it (they carry no data, so they
 * need no token). The bridge reads it from the address and sends it with each call.
 */
export async function startRendererServer(options: { rendererDir: string; router?: Router; port?: number }): Promise<RendererServer> {
  const { rendererDir, router } = options;
  const policy = router ? CONTENT_SECURITY_POLICY.replace("connect-src 'none'", "connect-src 'self'") : CONTENT_SECURITY_POLICY;
  const token = randomBytes(32).toString('base64url');
  const expected = Buffer.from(token);
  const tokenMatches = (given: string | string[] | undefined) =>
    typeof given === 'string' && Buffer.byteLength(given) === expected.length && timingSafeEqual(Buffer.from(given), expected);

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => send(response, 500, 'text/plain', 'preview server error'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (router && path === INVOKE_PATH && request.method === 'POST') {
      // Only our own page may call: not another local user (no token), other sites in the same
      // browser, or a rebound DNS name. All is decided on the headers, before any body is read.
      const own = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const sameOrigin = (request.headers.origin ?? own) === own && request.headers.host === own.slice('http://'.length);
      if (!tokenMatches(request.headers[TOKEN_HEADER]) || !sameOrigin || !request.headers['content-type']?.startsWith('application/json')) {
        return send(response, 403, 'text/plain', 'forbidden');
      }
      const body = await readBody(request);
      const { method, input } = (body ? parseWithBytes(body) : {}) as { method?: unknown; input?: unknown };
      const result = await router.dispatch(typeof method === 'string' ? method : '', input);
      return send(response, 200, 'application/json', stringifyWithBytes(result));
    }
    if (router && path === BRIDGE_PATH) {
      // The token is kept in this tab's session storage so a reload still works, and taken out of
      // the address bar, where anyone looking at the screen would read it.
      const script = `(() => {
const bytes = ${PAGE_BYTES_CODEC};
const given = new URLSearchParams(location.hash.slice(1)).get('token');
if (given) {
  sessionStorage.setItem('switchboard-preview-token', given);
  history.replaceState(null, '', location.pathname + location.search);
}
const token = sessionStorage.getItem('switchboard-preview-token') ?? '';
const refused = ${JSON.stringify(fail(TOKENLESS_PAGE))};
window.switchboard = (${buildBridge.toString()})(${JSON.stringify(METHODS)}, (method, input) =>
  fetch(${JSON.stringify(INVOKE_PATH)}, { method: 'POST', headers: { 'content-type': 'application/json', ${JSON.stringify(TOKEN_HEADER)}: token }, body: JSON.stringify({ method, input }, bytes.replacer) })
    .then((r) => (r.status === 403 ? refused : r.text().then((text) => JSON.parse(text, bytes.reviver)))),
  // No link or launch reaches a browser tab: its events are listened to, and never come.
  (${createEventHub.toString()})(${JSON.stringify(EVENTS)}).on);
})();`;
      return send(response, 200, TYPES['.js']!, script, policy);
    }
    const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(normalize(rendererDir) + sep)) return send(response, 403, 'text/plain', 'forbidden');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(response, 404, 'text/plain', 'not found');
    }
    if (router && extname(file) === '.html') {
      content = Buffer.from(
        content
          .toString('utf8')
          .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
          .replace('<head>', `<head><script src="${BRIDGE_PATH}"></script>`),
      );
    }
    return send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', content, policy);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${router ? `#token=${token}` : ''}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, policy?: string): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(policy ? { 'content-security-policy': policy } : {}),
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
