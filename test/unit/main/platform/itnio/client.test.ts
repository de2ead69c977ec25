import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createHash } from 'node:crypto';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ENDPOINTS, type Endpoint } from '../../../../../main/platform/itnio';
import { inEnglish } from '../../../../../main/platform/messages';
import { sendJson, startServer, status, success } from './fake-server';
import { harness, KEY, SECRET } from './harness';
import { SELF_SIGNED } from './self-signed';

const { server, client } = harness();

const phonesPage = { current: 1, size: 20, params: { appId: 'App1' } };
const call = { callee: '4420794609', account: '100001', appId: 'App1' };
const trunkEdit = { keyId: 7, sipTrunkName: 'Main', groupList: [{ voiceGroupId: 3 }], sipGatewayIp: '203.0.113.10', sipTrunkState: false };

/** No secret, Sign value or full key may leave the client in a result. */
function expectNothingSensitive(text: string, signs: string[] = []) {
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(KEY);
  for (const value of signs) expect(text).not.toContain(value);
}

describe('a signed request', () => {
  it('carries exactly the four vendor headers, a 10-digit timestamp and a valid signature', async () => {
    const itnio = await server((_request, response) => sendJson(response, success('rec-1')));
    const { client: c } = client(itnio.url);
    const before = Date.now();
    expect(await c.request(ENDPOINTS.sendSip, call)).toEqual({ ok: true, value: 'rec-1' });

    const [received] = itnio.requests;
    expect(received?.method).toBe('POST');
    expect(received?.url).toBe('/voice/sendSip');
    const vendorHeaders = received?.headerNames.filter((name) => !['host', 'connection', 'content-length'].includes(name));
    expect(vendorHeaders).toEqual(['Content-Type', 'Api-Key', 'Timestamp', 'Sign']);
    const headers = received?.headers ?? {};
    expect(headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(headers['api-key']).toBe(KEY);
    const timestamp = String(headers.timestamp);
    expect(timestamp).toMatch(/^\d{10}$/);
    expect(Math.abs(Number(timestamp) * 1000 - before)).toBeLessThan(5_000);
    expect(headers.sign).toBe(createHash('md5').update(KEY + SECRET + timestamp).digest('hex'));

    expect(JSON.parse(received?.body ?? '')).toEqual(call);
    expectNothingSensitive(received?.body ?? '', [String(headers.sign)]);
  });

  it('accepts the success status as a string or as a number', async () => {
    const page = { total: 1, size: 20, current: 1, pages: 1, records: [] };
    const itnio = await server((_request, response, count) =>
      sendJson(response, count === 1 ? success(page) : { status: 0, reason: 'success', data: page }),
    );
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sipQuery, phonesPage)).toEqual({ ok: true, value: page });
    expect(await c.request(ENDPOINTS.trunkQuery, { current: 1, size: 15, params: {} })).toEqual({ ok: true, value: page });
  });

  it('keeps a path in the base URL in front of the endpoint path', async () => {
    const itnio = await server((_request, response) => sendJson(response, success()));
    const { client: c } = client(`${itnio.url}/v3/`);
    await c.request(ENDPOINTS.sipAdd, { groupName: 'Sales', phoneName: 'Desk', quantity: 2, displayNum: '4420794609', appId: 'App1' });
    expect(itnio.requests[0]?.url).toBe('/v3/voice/sipAdd');
  });

  it('sends a GET as a query string from a flat object, signed the same way, with no body', async () => {
    const balance: Endpoint<{ appId: string; page: number; note?: string | null }, { balance: string }> = {
      name: 'balance',
      method: 'GET',
      path: '/sms/getBalance',
      retry: true,
      codes: {},
      answer: z.object({ balance: z.string() }),
    };
    const itnio = await server((_request, response) => sendJson(response, success({ balance: '12.50' })));
    const { client: c } = client(itnio.url);
    expect(await c.request(balance, { appId: 'App 1&2', page: 2, note: null })).toEqual({ ok: true, value: { balance: '12.50' } });
    const [received] = itnio.requests;
    expect(received?.method).toBe('GET');
    expect(received?.url).toBe('/sms/getBalance?appId=App+1%262&page=2');
    expect(received?.body).toBe('');
    expect(received?.headerNames.filter((name) => !['host', 'connection'].includes(name))).toEqual(['Content-Type', 'Api-Key', 'Timestamp', 'Sign']);
    expect(received?.headers.sign).toBe(createHash('md5').update(KEY + SECRET + String(received?.headers.timestamp)).digest('hex'));
  });

  it('refuses a GET whose body is not flat, without sending', async () => {
    const nested: Endpoint<{ params: { appId: string } }, unknown> = { name: 'nested', method: 'GET', path: '/x', retry: true, codes: {}, answer: z.unknown() };
    const itnio = await server((_request, response) => sendJson(response, success()));
    const { client: c } = client(itnio.url);
    expect(await c.request(nested, { params: { appId: 'a' } })).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(itnio.requests).toHaveLength(0);
  });
});

describe('vendor answers', () => {
  it('explains a code from the table of the endpoint that answered', async () => {
    const itnio = await server((_request, response) => sendJson(response, status('-10', 'Insufficient balance')));
    const { client: c } = client(itnio.url);
    const result = await c.request(ENDPOINTS.sendSip, call);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'vendor',
        code: '-10',
        message: 'The account balance is too low to place this call.',
        hint: expect.stringMatching(/top up/i),
        say: { message: { key: 'status.balanceTooLow.message' }, hint: { key: 'status.balanceTooLow.hint' } },
      },
    });
  });

  it('names the field a trunk rule is about', async () => {
    const itnio = await server((_request, response) => sendJson(response, { status: -47, reason: 'name repeat', data: null }));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.trunkUpdate, trunkEdit)).toMatchObject({
      ok: false,
      error: { kind: 'vendor', code: '-47', field: 'sipTrunkName', message: 'Another trunk already has this name.' },
    });
  });

  it('reports -1 as an authentication failure', async () => {
    const itnio = await server((_request, response) => sendJson(response, status('-1', 'Authentication error')));
    const { client: c } = client(itnio.url);
    const result = await c.request(ENDPOINTS.sipQuery, phonesPage);
    expect(result).toMatchObject({ ok: false, error: { kind: 'auth', code: '-1', hint: expect.stringContaining('secret') } });
  });

  it('reports an unknown code with the code and the server reason', async () => {
    const itnio = await server((_request, response) => sendJson(response, status('-77', 'Channel busy')));
    const { client: c } = client(itnio.url);
    const result = await c.request(ENDPOINTS.numberEdit, { number: '4420794609', appId: 'App1', enableVoicemail: '0' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'vendor', code: '-77', message: expect.stringMatching(/-77.*Channel busy/) } });
  });
});

describe('transport failures', () => {
  it('reports a refused connection', async () => {
    const gone = await startServer(() => undefined);
    await gone.close();
    const { client: c } = client(gone.url);
    const result = await c.request(ENDPOINTS.sipQuery, phonesPage);
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', message: `127.0.0.1:${gone.port} refused the connection.` } });
  });

  // Generous limits: a machine whose resolver is unreachable takes seconds to say so.
  it('reports a name that does not resolve', { timeout: 30_000 }, async () => {
    const { client: c } = client('https://switchboard-test.invalid', { connectTimeoutMs: 25_000, timeoutMs: 25_000 });
    const result = await c.request(ENDPOINTS.sendSip, call);
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', message: expect.stringContaining('name lookup failed') } });
  });

  it('reports a connection cut before the answer, warning that a call may have gone out', async () => {
    const itnio = await server((_request, response) => response.socket?.destroy());
    const { client: c } = client(itnio.url);
    const result = await c.request(ENDPOINTS.sendSip, call);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'network', message: expect.stringContaining('was cut'), hint: expect.stringContaining('The call may have gone through'), reachedItnio: 'maybe' },
    });
  });

  it('does not trust a self-signed certificate', async () => {
    let reached = 0;
    const tls = createHttpsServer(SELF_SIGNED, (_request, response) => {
      reached++;
      sendJson(response, success());
    });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => tls.close(() => resolve())));
    const { client: c } = client(`https://127.0.0.1:${(tls.address() as AddressInfo).port}`);
    const result = await c.request(ENDPOINTS.sipQuery, phonesPage);
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', message: expect.stringContaining('could not be verified') } });
    expect(reached).toBe(0);
  });

  it('reports an HTML error page by its HTTP status, without the page', async () => {
    const itnio = await server((_request, response) => {
      response.writeHead(500, { 'Content-Type': 'text/html' });
      response.end('<html><body>Internal Server Error at com.itnio.Gateway</body></html>');
    });
    const { client: c } = client(itnio.url);
    const result = await c.request(ENDPOINTS.sendSip, call);
    expect(result).toMatchObject({ ok: false, error: { kind: 'server', message: 'The server answered HTTP 500 with an error page instead of a result.' } });
    if (!result.ok) {
      expect(result.error.say).toEqual({
        message: { key: 'itnio.answer.httpPage', values: { status: 500 } },
        // A call that may have gone through is not told to try again.
        hint: { key: 'itnio.writes.sendSip.mayHaveActed' },
      });
      expect(inEnglish(result.error.say!.message)).toBe(result.error.message);
      expect(inEnglish(result.error.say!.hint!)).toBe(result.error.hint);
    }
    expect(JSON.stringify(result)).not.toContain('Gateway');
  });

  it('reports a bad gateway', async () => {
    const itnio = await server((_request, response) => {
      response.writeHead(502);
      response.end('Bad Gateway');
    });
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sipAdd, { groupName: 'Sales', phoneName: 'Desk', quantity: 1, displayNum: '4420794609', appId: 'A' })).toMatchObject({
      ok: false,
      error: { kind: 'server', message: expect.stringContaining('HTTP 502') },
    });
  });

  it('reports a web page served with 200 as a wrong base URL', async () => {
    const itnio = await server((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>ITNIO Tech</title>');
    });
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sendSip, call)).toMatchObject({
      ok: false,
      error: { kind: 'server', message: expect.stringContaining('web page'), hint: expect.stringContaining('base URL') },
    });
  });

  it('reports a cut-off JSON body', async () => {
    const itnio = await server((_request, response) => sendJson(response, '{"status":"0","reason":"success","data":{"tot'));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sendSip, call)).toMatchObject({
      ok: false,
      error: { kind: 'server', message: "The server's answer (HTTP 200) is not valid JSON; it may have been cut off." },
    });
  });

  it('reports JSON that is not an ITNIO envelope', async () => {
    const itnio = await server((_request, response) => sendJson(response, { code: 0, msg: 'ok', data: [] }));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sendSip, call)).toMatchObject({ ok: false, error: { kind: 'server', message: expect.stringContaining('no status') } });
  });

  it('gives up on a server that never answers', async () => {
    const itnio = await server(() => undefined);
    const { client: c } = client(itnio.url, { timeoutMs: 150 });
    const started = Date.now();
    const result = await c.request(ENDPOINTS.sendSip, call);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'timeout', message: `127.0.0.1:${itnio.port} did not answer within 150 ms.`, hint: expect.stringContaining('The call may have gone through'), reachedItnio: 'maybe' },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('a closed client', () => {
  it('answers with an error instead of throwing', async () => {
    const itnio = await server((_request, response) => sendJson(response, success()));
    const { client: c } = client(itnio.url);
    await c.close();
    await c.close();
    expect(await c.request(ENDPOINTS.sipQuery, phonesPage)).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(itnio.requests).toHaveLength(0);
  });
});

describe('the base URL', () => {
  /** Counts requests undici creates at all, so "nothing was sent" is observed, not assumed. */
  function countRequests() {
    let created = 0;
    const onCreate = () => created++;
    subscribe('undici:request:create', onCreate);
    onTestFinished(() => {
      unsubscribe('undici:request:create', onCreate);
    });
    return () => created;
  }

  it('must be https for a remote host: plain http is refused without sending', async () => {
    const created = countRequests();
    const { client: c, lines } = client('http://api.itniotech.com');
    const result = await c.request(ENDPOINTS.sendSip, call);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'baseUrl', message: expect.stringContaining('https://') } });
    expect(created()).toBe(0);
    expect(lines).toEqual([]);
  });

  it.each(['ftp://api.itniotech.com', 'api.itniotech.com', '', 'https://user:pw@api.itniotech.com'])('rejects %j', async (baseUrl) => {
    const created = countRequests();
    const { client: c } = client(baseUrl);
    expect(await c.request(ENDPOINTS.sipQuery, phonesPage)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'baseUrl' } });
    expect(created()).toBe(0);
  });

  it('allows plain http on this machine only', async () => {
    const created = countRequests();
    for (const baseUrl of ['http://localhost:1', 'http://[::1]:1', 'http://127.0.0.1:1']) {
      const { client: c } = client(baseUrl);
      const result = await c.request(ENDPOINTS.sipQuery, phonesPage);
      expect(result.ok || result.error.kind).not.toBe('invalid-input');
    }
    expect(created()).toBeGreaterThanOrEqual(3);
  });
});

describe('what leaves the client', () => {
  it('logs one line per attempt with no key, secret or signature, and errors carry none either', async () => {
    const answers = [status('-1'), status('-10'), success('rec'), status('-16'), status('-16')];
    const itnio = await server((_request, response, count) => sendJson(response, answers[count - 1] ?? success()));
    const { client: c, lines } = client(itnio.url);
    const results = [];
    for (let n = 0; n < 4; n++) results.push(await c.request(ENDPOINTS.sendSip, call));
    const signs = itnio.requests.map((request) => String(request.headers.sign));

    expect(lines).toHaveLength(5);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.map(({ event, endpoint, attempt, status: code }) => ({ event, endpoint, attempt, code }))).toEqual([
      { event: 'itnio.request', endpoint: 'sendSip', attempt: 1, code: '-1' },
      { event: 'itnio.request', endpoint: 'sendSip', attempt: 1, code: '-10' },
      { event: 'itnio.request', endpoint: 'sendSip', attempt: 1, code: '0' },
      { event: 'itnio.request', endpoint: 'sendSip', attempt: 1, code: '-16' },
      { event: 'itnio.request', endpoint: 'sendSip', attempt: 2, code: '-16' },
    ]);
    expect(parsed[0]).toMatchObject({ level: 'error', kind: 'auth', http: 200 });
    expect(parsed[2]).toMatchObject({ level: 'info' });
    expect(parsed[4]).toMatchObject({ level: 'error', kind: 'clock-skew', clockOffsetMs: expect.any(Number) });
    expectNothingSensitive(lines.join('\n'), signs);
    expectNothingSensitive(JSON.stringify(results), signs);
    expect(lines.join('\n')).not.toContain(call.callee);
  });
});
