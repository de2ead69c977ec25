import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../../main/sandbox';
import { memoryLogger } from '../../../support/memory-log';
import { CREDENTIALS, KEY, post, SECRET, send, sign, statusOf } from './client';

let sandbox: Sandbox;
let lines: string[];

beforeEach(async () => {
  const memory = memoryLogger();
  lines = memory.lines;
  sandbox = await startSandbox({ credentials: CREDENTIALS, logger: memory.log });
});
afterEach(async () => {
  await sandbox.close();
});

const phones = () => ({ current: 1, size: 5, params: { appId: sandbox.state.appId } });
const call = () => ({ callee: '447700900987', account: sandbox.state.phones[0]!.account, appId: sandbox.state.appId });
const settle = (promise: Promise<unknown>) => promise.then(() => 'answered', () => 'failed');
const within = (ms: number) => new Promise((resolve) => setTimeout(() => resolve('pending'), ms));

describe('faults', () => {
  it('latency: delays, then answers normally', async () => {
    sandbox.faults.inject({ kind: 'latency', ms: 150 });
    const started = performance.now();
    expect(await statusOf(sandbox, '/voice/sipQuery', phones())).toBe('0');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('reset: the socket drops without an answer', async () => {
    sandbox.faults.inject({ kind: 'reset' });
    await expect(send(sandbox, '/voice/sipQuery', phones())).rejects.toThrow();
  });

  it.each([500, 502, 503] as const)('html %i: an HTML error page instead of JSON', async (status) => {
    sandbox.faults.inject({ kind: 'html', status });
    const { response, text } = await send(sandbox, '/voice/sipQuery', phones());
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(text).toContain(`<title>${status}`);
  });

  it('truncated: 200 with half a JSON body, after the vendor already acted', async () => {
    sandbox.faults.inject({ kind: 'truncated' });
    const { response, text } = await send(sandbox, '/voice/sendSip', call());
    expect(response.status).toBe(200);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(text.startsWith('{"status":"0"')).toBe(true);
    expect(sandbox.state.calls).toHaveLength(1);
  });

  it('hang: no answer until the sandbox closes, and close still frees the port', async () => {
    sandbox.faults.inject({ kind: 'hang' });
    const pending = settle(send(sandbox, '/voice/sipQuery', phones()));
    expect(await Promise.race([pending, within(300)])).toBe('pending');
    await sandbox.close();
    expect(await pending).toBe('failed');
    const probe = createServer();
    await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(sandbox.port, '127.0.0.1', resolve));
    await new Promise((resolve) => probe.close(resolve));
  });

  it('hang-after-acting: the vendor acts, then never answers until the sandbox closes', async () => {
    sandbox.faults.inject({ kind: 'hang-after-acting' });
    const pending = settle(send(sandbox, '/voice/sendSip', call()));
    expect(await Promise.race([pending, within(300)])).toBe('pending');
    expect(sandbox.state.calls).toHaveLength(1);
    expect(sandbox.requests.at(-1)).toMatchObject({ path: '/voice/sendSip', status: 'transport' });
    await sandbox.close();
    expect(await pending).toBe('failed');
  });

  it('latency with another fault: the answer is delayed, then the other fault strikes', async () => {
    sandbox.faults.inject({ kind: 'latency', ms: 150 });
    sandbox.faults.inject({ kind: 'html', status: 502, path: '/voice/sipQuery' });
    const started = performance.now();
    expect((await send(sandbox, '/voice/sipQuery', phones())).response.status).toBe(502);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const other = performance.now();
    expect(await statusOf(sandbox, '/v3/cc/sipTrunk/query', { current: 1, size: 5, params: {} })).toBe('0');
    expect(performance.now() - other).toBeGreaterThanOrEqual(140);
  });

  it('status: answers the given envelope code without acting, in the endpoint’s status type', async () => {
    sandbox.faults.inject({ kind: 'status', code: '-18' });
    expect(await post(sandbox, '/voice/sendSip', call())).toEqual({ status: '-18', reason: 'Port program unusual', data: null });
    expect((await post(sandbox, '/v3/cc/sipTrunk/query', { current: 1, size: 5, params: {} })).status).toBe(-18);
    expect(sandbox.state.calls).toHaveLength(0);
  });

  it('no-status: 200 JSON without a status', async () => {
    sandbox.faults.inject({ kind: 'no-status' });
    const answer = await post(sandbox, '/voice/sipQuery', phones());
    expect(answer).not.toHaveProperty('status');
  });

  it('matches one path when given and stops after `times`', async () => {
    sandbox.faults.inject({ kind: 'status', code: '-18', path: '/voice/sendSip', times: 1 });
    expect(await statusOf(sandbox, '/voice/sipQuery', phones())).toBe('0');
    expect(await statusOf(sandbox, '/voice/sendSip', call())).toBe('-18');
    expect(await statusOf(sandbox, '/voice/sendSip', call())).toBe('0');
  });

  it('lasts until cleared when no count is given', async () => {
    sandbox.faults.inject({ kind: 'status', code: '-2' });
    expect(await statusOf(sandbox, '/voice/sipQuery', phones())).toBe('-2');
    expect(await statusOf(sandbox, '/voice/sipQuery', phones())).toBe('-2');
    sandbox.faults.clear();
    expect(await statusOf(sandbox, '/voice/sipQuery', phones())).toBe('0');
  });
});

describe('requests and log lines', () => {
  it('records every request with its outcome and nothing from the headers', async () => {
    await post(sandbox, '/voice/sipQuery', phones());
    await post(sandbox, '/voice/sipQuery', phones(), { secret: 'wrong' });
    await post(sandbox, '/v3/cc/sipTrunk/query', { current: 1, size: 5, params: {} });
    sandbox.faults.inject({ kind: 'html', status: 502, times: 1 });
    await send(sandbox, '/voice/sipQuery', phones());
    await send(sandbox, '/nowhere', {});

    expect(sandbox.requests.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'POST', path: '/voice/sipQuery', status: '0' },
      { method: 'POST', path: '/voice/sipQuery', status: '-1' },
      { method: 'POST', path: '/v3/cc/sipTrunk/query', status: '0' },
      { method: 'POST', path: '/voice/sipQuery', status: 'transport' },
      { method: 'POST', path: '/nowhere', status: 'transport' },
    ]);
    expect(sandbox.requests[0]).toMatchObject({ body: phones(), at: expect.any(Number) });
    const recorded = JSON.stringify(sandbox.requests);
    expect(recorded).not.toContain(SECRET);
    expect(recorded).not.toMatch(/[0-9a-f]{32}/);
  });

  it('logs one line per request without the key, the secret or the Sign', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    await post(sandbox, '/voice/sipQuery', phones(), { timestamp });
    sandbox.faults.inject({ kind: 'reset', times: 1 });
    await send(sandbox, '/voice/sipQuery', phones()).catch(() => undefined);

    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', event: 'sandbox.request', path: '/voice/sipQuery', status: '0', ms: expect.any(Number) });
    expect(JSON.parse(lines[1]!)).toMatchObject({ path: '/voice/sipQuery', status: 'transport', fault: 'reset' });
    const log = lines.join('\n');
    for (const secret of [KEY, SECRET, sign(KEY, SECRET, timestamp)]) expect(log).not.toContain(secret);
  });
});

describe('close', () => {
  it('closes idle keep-alive connections and frees the port for a new sandbox', async () => {
    await post(sandbox, '/voice/sipQuery', phones());
    const { port } = sandbox;
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(1000);
    const again = await startSandbox({ port, credentials: CREDENTIALS, logger: memoryLogger().log });
    try {
      expect(again.url).toBe(`http://127.0.0.1:${port}`);
      expect(await statusOf(again, '/voice/sipQuery', { current: 1, size: 1, params: { appId: again.state.appId } })).toBe('0');
    } finally {
      await again.close();
    }
  });

  it('may be called twice', async () => {
    await sandbox.close();
    await expect(sandbox.close()).resolves.toBeUndefined();
  });

  it('rejects when the port is taken', async () => {
    await expect(startSandbox({ port: sandbox.port, credentials: CREDENTIALS, logger: memoryLogger().log })).rejects.toThrow(/EADDRINUSE/);
  });
});
