import type { AddressInfo } from 'node:net';
import { createLogger, type Logger } from '../platform/log';
import { createClock } from './clock';
import type { AnswerShapes } from './answer-shapes';
import { createFaultBook, type Fault } from './faults';
import { createState, type SeedOptions } from './seed';
import { matchRoute } from './routes';
import { createSandboxServer, type RecordedRequest } from './server';
import type { SandboxState } from './state';

export type { AnswerShapes } from './answer-shapes';
export type { Fault } from './faults';
export type { SeedOptions } from './seed';
export type { RecordedRequest } from './server';
export type { SandboxState } from './state';

export interface SandboxOptions {
  /** 0 or omitted picks a free port; the host is always 127.0.0.1. */
  port?: number;
  credentials: { apiKey: string; apiSecret: string }[];
  /** How far the request's Timestamp may be from the sandbox clock before -16. */
  timestampWindowSeconds?: number;
  /** The sandbox clock is the real clock plus this; it also drives the Date header. */
  clockOffsetMs?: number;
  /** true (the default) seeds a small realistic account; false starts it empty. */
  seed?: boolean | SeedOptions;
  /** `other` answers in the vendor's other documented shapes (answer-shapes.ts); `state.answerShapes` switches it live. */
  answerShapes?: AnswerShapes;
  /** Armed before it listens, so even the first request meets them; `faults.clear()` ends them. */
  faults?: readonly Fault[];
  logger?: Logger;
}

export interface Sandbox {
  url: string;
  port: number;
  /** Live and mutable: tests change it to reach every vendor code. */
  state: SandboxState;
  requests: RecordedRequest[];
  faults: { inject(fault: Fault): void; clear(): void };
  setClockOffset(ms: number): void;
  /** Stops listening and drops every connection, idle keep-alive and hanging ones included. */
  close(): Promise<void>;
}

const DEFAULT_WINDOW_SECONDS = 300;

/** Whether the sandbox answers requests to `path` (one of the vendor's endpoints), for a fault aimed at it. */
export const servesPath = (path: string): boolean => matchRoute(path) !== undefined;

/** A local emulator of the ITNIO API: signed headers, envelope codes, field rules and faults. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const clock = createClock(options.clockOffsetMs);
  const state = createState(options.credentials, options.seed ?? true, clock.now());
  state.answerShapes = options.answerShapes ?? 'usual';
  const faults = createFaultBook();
  for (const fault of options.faults ?? []) faults.inject(fault);
  const requests: RecordedRequest[] = [];
  const closing = new AbortController();
  let origin = '';
  const server = createSandboxServer({
    state,
    clock,
    faults,
    requests,
    logger: options.logger ?? createLogger(),
    windowSeconds: options.timestampWindowSeconds ?? DEFAULT_WINDOW_SECONDS,
    closing: closing.signal,
    origin: () => origin,
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url: origin,
    port,
    state,
    requests,
    faults: { inject: faults.inject, clear: faults.clear },
    setClockOffset: clock.setOffset,
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })),
  };
}
