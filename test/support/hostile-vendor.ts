/**
 * A hostile ITNIO on loopback: it speaks the vendor's paths over plain HTTP on 127.0.0.1 and a free
 * port, but answers however a test tells it to: endless, huge, misshapen, escaped or dripping
 * bodies. It counts the requests of every path, so a test can bound how many a client sent.
 *
 * It never checks signatures: what is under test is how the client reads answers, not how it signs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the vendor saw it: path without the query string, and the JSON body when it had one. */
export interface VendorRequest {
  method: string;
  path: string;
  /** The query string, without the "?". */
  query: string;
  body: unknown;
  /** 1 for the first request of this path since the last reset, 2 for the next… */
  nth: number;
}

/** How one path is answered. It owns `response`: it must end it, or keep writing until the client leaves. */
export type Answer = (request: VendorRequest, response: ServerResponse) => void;

export interface HostileVendor {
  /** `http://127.0.0.1:PORT`, for ITNIO_BASE_URL. */
  readonly url: string;
  /** Answers `path` with `answer` from now on (until the next reset). Other paths get status -22. */
  on(path: string, answer: Answer): void;
  /** How many requests reached `path` since the last reset; every path's when none is given. */
  requests(path?: string): number;
  /** Forgets every answer and count, and cuts every connection (and the endless or dripping answers on them). */
  reset(): void;
  close(): Promise<void>;
}

/** The most of a request body read; the client's requests are a few hundred bytes. */
const MAX_REQUEST_BYTES = 1024 * 1024;

export async function startHostileVendor(): Promise<HostileVendor> {
  const answers = new Map<string, Answer>();
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();

  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const [path = '/', query = ''] = (incoming.url ?? '/').split('?', 2);
    const nth = (counts.get(path) ?? 0) + 1;
    counts.set(path, nth);
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    incoming.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      const answer = answers.get(path) ?? json({ status: '-22', reason: `the hostile vendor has no answer for ${path}` });
      answer({ method: incoming.method ?? 'GET', path, query, body, nth }, response);
    });
  });
  // Endless and dripping answers hold their connection: every socket is cut on reset and close.
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  return {
    url: `http://127.0.0.1:${port}`,
    on: (path, answer) => void answers.set(path, answer),
    requests: (path) => (path === undefined ? [...counts.values()].reduce((sum, n) => sum + n, 0) : (counts.get(path) ?? 0)),
    reset: () => {
      answers.clear();
      counts.clear();
      cutAll();
    },
    close: () =>
      new Promise<void>((resolve) => {
        answers.clear();
        cutAll();
        server.close(() => resolve());
      }),
  };
}

const JSON_TYPE = 'application/json;charset=UTF-8';

/** `value` as a JSON answer with HTTP 200. */
export function json(value: unknown): Answer {
  return raw(JSON.stringify(value));
}

/** `body` as it is, HTTP 200, with a content length (a complete answer, however large). */
export function raw(body: string | Buffer, contentType = JSON_TYPE): Answer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return (_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length });
    response.end(bytes);
  };
}

/** `(request) => value` as a JSON answer: for pages that depend on the `current` asked for. */
export function jsonOf(value: (request: VendorRequest) => unknown): Answer {
  return (request, response) => raw(JSON.stringify(value(request)))(request, response);
}

/**
 * HTTP 200, JSON content type, no length: `prefix`, then `unit` again and again for as long as the
 * client reads, as fast as the socket takes it (the writes wait for the socket to drain, so this
 * process does not fill up; the client does, if it keeps everything).
 */
export function endless(prefix: string, unit: string): Answer {
  const block = Buffer.from(unit.repeat(Math.max(1, Math.ceil(64 * 1024 / unit.length))), 'utf8');
  return (_request, response) => {
    response.writeHead(200, { 'content-type': JSON_TYPE });
    response.write(prefix);
    const pump = () => {
      while (!response.destroyed && !response.writableEnded) {
        if (!response.write(block)) {
          response.once('drain', pump);
          return;
        }
      }
    };
    pump();
  };
}

/** HTTP 200, headers at once, then `body` one byte every `intervalMs` (ended after its last byte). */
export function drip(body: string, intervalMs = 1_000): Answer {
  const bytes = Buffer.from(body, 'utf8');
  return (_request, response) => {
    response.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': bytes.length });
    response.flushHeaders();
    let sent = 0;
    const timer = setInterval(() => {
      if (response.destroyed || sent >= bytes.length) {
        clearInterval(timer);
        if (!response.destroyed) response.end();
        return;
      }
      response.write(bytes.subarray(sent, sent + 1));
      sent++;
    }, intervalMs);
    response.on('close', () => clearInterval(timer));
  };
}

/** The vendor's success envelope around `data`. */
export const success = (data: unknown) => ({ status: '0', reason: 'success', data });

/** The vendor's page object (MyBatis-Plus) around `records`, one page holding them all unless told otherwise. */
export function page(records: unknown[], fields: { total?: unknown; size?: unknown; current?: unknown; pages?: unknown } = {}) {
  return { total: records.length, size: Math.max(records.length, 1), current: 1, pages: 1, ...fields, records };
}

/** A phone record of sipQuery. */
export function phone(n: number, fields: Record<string, unknown> = {}) {
  return { groupName: 'Sales', phoneName: `desk-${n}`, account: String(80010000 + n), password: `pw-${n}-secret`, displayNum: '442079460000', ...fields };
}

/** A number record of number/queryPage. */
export function numberRecord(n: number, fields: Record<string, unknown> = {}) {
  return {
    number: String(442079460100 + n),
    ccode: '44',
    country: 'United Kingdom',
    dueDate: '2027-06-30',
    state: 3,
    inboundPrefix: null,
    type: 'FIXED',
    outIp: null,
    inIp: null,
    remark: `line ${n}`,
    appId: 'app-hostile',
    enableVoicemail: 0,
    voicemailFileId: null,
    voicemailFileName: null,
    voicemailMaxHangup: null,
    ...fields,
  };
}

/** A trunk record of sipTrunk/query (outgoing, one agent group). */
export function trunkRecord(n: number, fields: Record<string, unknown> = {}) {
  return {
    keyId: n,
    sipTrunkName: `trunk-${n}`,
    sipPrefix: '',
    type: 1,
    state: 1,
    sipGatewayIp: '203.0.113.10',
    sipWhiteIp: '',
    ccIp: '198.51.100.7',
    sipAccount: `gw-${n}`,
    sipPassword: `gw-${n}-secret`,
    sipTrunkState: true,
    createTime: '2026-11-01 09:00:00',
    updateTime: '2026-11-20 17:30:00',
    groupList: [{ groupId: 100 + n, groupName: `agents-${n}`, number: '' }],
    ...fields,
  };
}
