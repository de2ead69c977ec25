import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../platform/log';
import { dataOf, statusOf } from './answer-shapes';
import { authenticate } from './auth';
import type { Clock } from './clock';
import { reasonFor, Refusal } from './codes';
import type { Route } from './endpoint';
import type { Fault, FaultBook } from './faults';
import { findRecordingLink, RECORDINGS_PATH, toneWav } from './recordings';
import { matchRoute } from './routes';
import { isObject } from './rules';
import type { SandboxState } from './state';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The envelope status as a string, 'transport' when the client got no envelope to read, or the HTTP status of a file. */
  status: string;
  /** The parsed JSON body (the query's fields for a GET); undefined when it was not JSON. Headers are never kept. */
  body: unknown;
  /** Sandbox clock, epoch ms. */
  at: number;
}

export interface ServerDeps {
  state: SandboxState;
  clock: Clock;
  faults: FaultBook;
  requests: RecordedRequest[];
  logger: Logger;
  windowSeconds: number;
  /** Aborted on close, to free requests that are hanging or delayed. */
  closing: AbortSignal;
  /** http://127.0.0.1:PORT once listening, for the links the sandbox hands out. */
  origin(): string;
}

type Outcome = { code: string; reason: string; data: unknown };

const PAGE_TITLES: Record<number, string> = {
  404: 'Not Found',
  405: 'Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
};

const dateHeader = (clock: Clock) => new Date(clock.now()).toUTCString();

function sendJson(response: ServerResponse, clock: Clock, text: string): void {
  response.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(text), Date: dateHeader(clock) });
  response.end(text);
}

/** The error page the vendor's nginx front serves when there is no API answer. */
function sendPage(response: ServerResponse, clock: Clock, status: number, headers: Record<string, string> = {}): void {
  const title = `${status} ${PAGE_TITLES[status] ?? 'Error'}`;
  const page = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  response.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(page), Date: dateHeader(clock), ...headers });
  response.end(page);
}

function envelope(route: Route | undefined, { code, reason, data }: Outcome, state: SandboxState): string {
  const status = statusOf(code, route?.numericStatus === true, state.answerShapes);
  if (!route?.fieldsAtTopLevel) return JSON.stringify({ status, reason, data: dataOf(data, state.answerShapes) });
  return JSON.stringify(code === '0' && isObject(data) ? { status, reason, ...data } : { status, reason });
}

const refused = (code: string, reason = reasonFor(code)): Outcome => ({ code, reason, data: null });

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Resolves false when the sandbox closes first. */
async function pause(ms: number, closing: AbortSignal): Promise<boolean> {
  try {
    await delay(ms, undefined, { signal: closing });
    return true;
  } catch {
    return false;
  }
}

/** The vendor's checks in order: headers and signature, then the body, then the endpoint's rules. */
function answer(request: IncomingMessage, route: Route, pathParams: Record<string, string>, body: unknown, deps: ServerDeps): Outcome {
  const now = deps.clock.now();
  const verdict = authenticate(request.headers, deps.state.credentials, Math.floor(now / 1000), deps.windowSeconds);
  if (verdict.kind === 'refused') return refused(verdict.code);
  if (verdict.kind === 'disabled') return refused(route.disabledKeyCode ?? '-1');
  if (!isObject(body)) return refused('-22', `${reasonFor('-22')}: the body must be a JSON object`);
  const clientIp = (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  try {
    return { code: '0', reason: reasonFor('0'), data: route.handle({ state: deps.state, body, pathParams, now, clientIp, origin: deps.origin() }) };
  } catch (error) {
    if (error instanceof Refusal) return refused(error.code, error.message);
    deps.logger.error('sandbox.failure', { path: route.path, message: error instanceof Error ? error.message : String(error) });
    return refused('-18');
  }
}

async function serve(request: IncomingMessage, response: ServerResponse, deps: ServerDeps): Promise<void> {
  const started = performance.now();
  const url = new URL(request.url ?? '/', 'http://sandbox');
  const path = url.pathname;
  const raw = await readBody(request).catch(() => undefined);
  if (raw === undefined) return; // the client went away mid-request
  const body = request.method === 'GET' ? Object.fromEntries(url.searchParams) : parseJson(raw);
  const matched = matchRoute(path);
  const route = matched?.route;
  const finish = (status: string, fault?: Fault['kind']) => {
    deps.requests.push({ method: request.method ?? '', path, status, body, at: deps.clock.now() });
    // A recording link's path is its credential, as with the vendor's pre-signed URLs.
    const logged = path.startsWith(RECORDINGS_PATH) ? `${RECORDINGS_PATH}…` : path;
    deps.logger.info('sandbox.request', { path: logged, status, ms: Math.round(performance.now() - started), fault });
  };

  // Faults stand for the network and the vendor's front servers, so they act before any API check:
  // a delay first, then whichever other fault is armed.
  const { latencyMs, fault } = deps.faults.take(path);
  const struck = fault?.kind ?? (latencyMs > 0 ? 'latency' : undefined);
  if (latencyMs > 0 && !(await pause(latencyMs, deps.closing))) return;
  const hangUntilClosed = async () => {
    finish('transport', struck);
    await once(response, 'close', { signal: deps.closing }).catch(() => undefined);
  };
  switch (fault?.kind) {
    case 'reset':
      finish('transport', struck);
      request.socket.destroy();
      return;
    case 'hang':
      await hangUntilClosed();
      return;
    case 'html':
      sendPage(response, deps.clock, fault.status);
      finish('transport', struck);
      return;
    case 'status':
      sendJson(response, deps.clock, envelope(route, refused(fault.code), deps.state));
      finish(fault.code, struck);
      return;
    case 'no-status':
      sendJson(response, deps.clock, JSON.stringify({ reason: reasonFor('0'), data: null }));
      finish('transport', struck);
      return;
  }

  if (path.startsWith(RECORDINGS_PATH)) {
    finish(serveRecording(request, response, path, deps), struck);
    return;
  }
  if (!matched || request.method !== matched.route.method) {
    sendPage(response, deps.clock, matched ? 405 : 404, matched ? { Allow: matched.route.method } : {});
    finish('transport', struck);
    return;
  }
  const outcome = answer(request, matched.route, matched.pathParams, body, deps);
  if (fault?.kind === 'hang-after-acting') {
    await hangUntilClosed();
    return;
  }
  const text = envelope(matched.route, outcome, deps.state);
  // A truncated answer still did its work: the connection broke after the vendor acted.
  const truncated = fault?.kind === 'truncated';
  sendJson(response, deps.clock, truncated ? text.slice(0, Math.floor(text.length / 2)) : text);
  finish(truncated ? 'transport' : outcome.code, struck);
}

/**
 * A recording link from getRecordingFileUrl: a plain GET, no signature (it is pre-signed), the
 * audio bytes; an unknown or expired link is the front server's 404 page. Answers the HTTP status.
 */
function serveRecording(request: IncomingMessage, response: ServerResponse, path: string, deps: ServerDeps): string {
  if (request.method !== 'GET') {
    sendPage(response, deps.clock, 405, { Allow: 'GET' });
    return '405';
  }
  if (!findRecordingLink(deps.state, path, deps.clock.now())) {
    sendPage(response, deps.clock, 404);
    return '404';
  }
  const audio = toneWav();
  response.writeHead(200, { 'Content-Type': 'audio/wav', 'Content-Length': audio.length, Date: dateHeader(deps.clock) });
  response.end(audio);
  return '200';
}

export function createSandboxServer(deps: ServerDeps): Server {
  return createServer((request, response) => void serve(request, response, deps));
}
