import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one request looked like on the wire. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** Header names as sent, in order. */
  headerNames: string[];
  body: string;
}

/** `count` is 1 for the first request the server sees. */
export type Handler = (request: Received, response: ServerResponse, count: number) => void;

export interface FakeServer {
  port: number;
  url: string;
  requests: Received[];
  close(): Promise<void>;
}

/** A real HTTP server on loopback standing in for ITNIO, recording every request it gets. */
export async function startServer(handler: Handler): Promise<FakeServer> {
  const requests: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received: Received = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        headerNames: request.rawHeaders.filter((_, index) => index % 2 === 0),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(received);
      handler(received, response, requests.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with a JSON body; `date` overrides the server clock the client will learn from. */
export function sendJson(response: ServerResponse, body: unknown, options: { http?: number; date?: number } = {}): void {
  if (options.date !== undefined) response.setHeader('Date', new Date(options.date).toUTCString());
  response.writeHead(options.http ?? 200, { 'Content-Type': 'application/json;charset=UTF-8' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

export const success = (data: unknown = null) => ({ status: '0', reason: 'success', data });
export const status = (code: string, reason = 'error') => ({ status: code, reason, data: null });
