/**
 * The emulator contract (design.md, ladder step 4): the real client against the real sandbox over
 * loopback HTTP, every error kind produced by the sandbox's own faults.
 */
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppError, Result } from '../../../../../contract/result';
import { createItnioClient, ENDPOINTS, type ItnioClient } from '../../../../../main/platform/itnio';
import { startSandbox, type Sandbox } from '../../../../../main/sandbox';
import { memoryLogger } from '../../../../support/memory-log';

const KEY = 'contractKey42';
const SECRET = 'contract-secret-never-logged-5c1e';

let sandbox: Sandbox;
const logs: string[][] = [];
const clients: ItnioClient[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, credentials: [{ apiKey: KEY, apiSecret: SECRET }], timestampWindowSeconds: 60, logger: memoryLogger().log });
});
afterAll(() => sandbox.close());
afterEach(async () => {
  sandbox.faults.clear();
  sandbox.setClockOffset(0);
  sandbox.requests.length = 0;
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function client(options: Partial<Parameters<typeof createItnioClient>[0]> = {}): ItnioClient {
  const { log, lines } = memoryLogger();
  logs.push(lines);
  const created = createItnioClient({ baseUrl: sandbox.url, apiKey: KEY, apiSecret: SECRET, logger: log, retryDelaysMs: [1, 1], ...options });
  clients.push(created);
  return created;
}

const query = (c: ItnioClient) => c.request(ENDPOINTS.sipQuery, { current: 1, size: 5, params: { appId: sandbox.state.appId } });
const call = (c: ItnioClient) =>
  c.request(ENDPOINTS.sendSip, { callee: '447700900123', account: sandbox.state.phones[0]!.account, appId: sandbox.state.appId });

function errorOf<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

const reaching = (path: string) => sandbox.requests.filter((request) => request.path === path).length;

describe('client against the sandbox', () => {
  it('reads a page of phones and places a call', async () => {
    const c = client();
    const page = await query(c);
    expect(page.ok && page.value.records.length).toBe(5);
    const placed = await call(c);
    expect(placed.ok && placed.value).toMatch(/^rec-/);
  });

  // Transient-looking failures are retried for queries (3 attempts); a well-formed answer without
  // a status is not transient, so it is not.
  it.each([
    { name: 'a reset', fault: { kind: 'reset' } as const, kind: 'network', queryAttempts: 3 },
    { name: 'an HTML 502 page', fault: { kind: 'html', status: 502 } as const, kind: 'server', queryAttempts: 3 },
    { name: 'truncated JSON', fault: { kind: 'truncated' } as const, kind: 'server', queryAttempts: 3 },
    { name: 'JSON without status', fault: { kind: 'no-status' } as const, kind: 'server', queryAttempts: 1 },
  ])('turns $name into a $kind error, and sends a call exactly once', async ({ fault, kind, queryAttempts }) => {
    sandbox.faults.inject(fault);
    const c = client();
    expect(errorOf(await query(c)).kind).toBe(kind);
    expect(reaching('/voice/sipQuery')).toBe(queryAttempts);
    expect(errorOf(await call(c)).kind).toBe(kind);
    expect(reaching('/voice/sendSip')).toBe(1);
  });

  it('a query recovers from one reset by retrying; a call is not retried', async () => {
    sandbox.faults.inject({ kind: 'reset', times: 1 });
    const c = client();
    expect((await query(c)).ok).toBe(true);
    expect(reaching('/voice/sipQuery')).toBe(2);
  });

  it('gives up on no answer with a timeout error', async () => {
    sandbox.faults.inject({ kind: 'hang' });
    const error = errorOf(await call(client({ timeoutMs: 300 })));
    expect(error.kind).toBe('timeout');
    expect(reaching('/voice/sendSip')).toBe(1);
  });

  it('maps the vendor codes the sandbox answers with their message and hint', async () => {
    sandbox.faults.inject({ kind: 'status', code: '-18' });
    expect(errorOf(await query(client()))).toMatchObject({ kind: 'vendor', code: '-18', message: expect.any(String), hint: expect.any(String) });
    sandbox.faults.clear();
    const balance = sandbox.state.balance;
    sandbox.state.balance = 0;
    try {
      expect(errorOf(await call(client()))).toMatchObject({ kind: 'vendor', code: '-10' });
    } finally {
      sandbox.state.balance = balance;
    }
  });

  it('reports a wrong secret as an authentication failure', async () => {
    expect(errorOf(await query(client({ apiSecret: 'not-the-secret' })))).toMatchObject({ kind: 'auth', code: '-1' });
  });

  it('recovers from a 10-minute clock difference by re-signing once with the server clock', async () => {
    sandbox.setClockOffset(10 * 60_000);
    const c = client();
    const placed = await call(c);
    expect(placed.ok).toBe(true);
    expect(sandbox.requests.filter((request) => request.path === '/voice/sendSip').map((request) => request.status)).toEqual(['-16', '0']);
    expect(c.clockOffsetMs()).toBeGreaterThan(9 * 60_000);
    expect((await query(c)).ok).toBe(true);
    expect(reaching('/voice/sipQuery')).toBe(1);
  });

  it('reports a refused port and an unknown host as network errors', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    expect(errorOf(await query(client({ baseUrl: `http://127.0.0.1:${port}` }))).kind).toBe('network');
    expect(errorOf(await query(client({ baseUrl: 'https://api.switchboard-test.invalid' }))).kind).toBe('network');
  });

  it('never writes the secret or the key into a log line', () => {
    const everything = logs.flat().join('\n');
    expect(everything.length).toBeGreaterThan(0);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(KEY);
  });
});
