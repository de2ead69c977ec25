/**
 * Whether a request that got no readable answer could have reached ITNIO (issue 16, item 5), said
 * in the error's `reachedItnio` and in words for that request: every write the app sends meets every
 * way a connection fails, against the real sandbox over loopback where its fault book can play the
 * fault, and a small server of our own where it cannot.
 */
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { AppError, Result } from '../../../../../contract/result';
import { createItnioClient, ENDPOINTS, type Endpoint, type ItnioClient } from '../../../../../main/platform/itnio';
import { inEnglish } from '../../../../../main/platform/messages';
import { startSandbox, type Fault, type Sandbox } from '../../../../../main/sandbox';
import { memoryLogger } from '../../../../support/memory-log';
import { sendJson, startServer, success } from './fake-server';

const KEY = 'reachKey42';
const SECRET = 'reach-secret-never-shown-77';

let sandbox: Sandbox;
const clients: ItnioClient[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, credentials: [{ apiKey: KEY, apiSecret: SECRET }], logger: memoryLogger().log });
});
afterAll(() => sandbox.close());
afterEach(async () => {
  sandbox.faults.clear();
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function client(options: Partial<Parameters<typeof createItnioClient>[0]> = {}): ItnioClient {
  const created = createItnioClient({ baseUrl: sandbox.url, apiKey: KEY, apiSecret: SECRET, logger: memoryLogger().log, retryDelaysMs: [1, 1], timeoutMs: 400, ...options });
  clients.push(created);
  return created;
}

function errorOf(result: Result<unknown>): AppError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

interface Action {
  name: string;
  send(c: ItnioClient): Promise<Result<unknown>>;
  path: string;
  /** What its words name; no other action's error may name it. */
  names: RegExp;
  /** The hint when it cannot have reached ITNIO. */
  notSent: RegExp;
  /** The hint when it went out and its answer was lost. */
  unsure: RegExp;
}

const request = <Req,>(endpoint: Endpoint<Req, unknown>, body: () => Req) => (c: ItnioClient) => c.request(endpoint, body());

const ACTIONS: Action[] = [
  {
    name: 'a call (sendSip)',
    path: '/voice/sendSip',
    send: request(ENDPOINTS.sendSip, () => ({ callee: '447700900987', account: sandbox.state.phones[0]!.account, appId: sandbox.state.appId })),
    names: /\bcall/i,
    notSent: /^Nothing was sent, so no call was placed\./,
    unsure: /^The call may have gone through: check the call's outcome in the history before calling again\./,
  },
  {
    name: 'a phone batch (sipAdd)',
    path: '/voice/sipAdd',
    send: request(ENDPOINTS.sipAdd, () => ({ groupName: 'Night Shift', phoneName: 'night', quantity: 2, displayNum: '447700900123', appId: sandbox.state.appId })),
    names: /phone list|phones (may|were)/i,
    notSent: /^Nothing was sent, so no phones were created\./,
    unsure: /^Phones may have been created: refresh the phone list before creating them again\./,
  },
  {
    name: 'a password reset (sipReset)',
    path: '/voice/sipReset',
    send: request(ENDPOINTS.sipReset, () => ({ account: sandbox.state.phones[0]!.account, appId: sandbox.state.appId })),
    names: /password/i,
    notSent: /^Nothing was sent, so the phone's password was not changed\./,
    unsure: /^The phone's password may have been changed, and the new one did not arrive: reset it again to get one that works\./,
  },
  {
    name: 'a number edit (number/edit)',
    path: '/number/edit',
    send: request(ENDPOINTS.numberEdit, () => ({ number: sandbox.state.numbers[0]!.number, appId: sandbox.state.appId, remark: 'Front desk', enableVoicemail: '0' as const })),
    names: /number's|number list/i,
    notSent: /^Nothing was sent, so the number's settings were not changed\./,
    unsure: /^The number's settings may have changed: read the number list again before saving again\./,
  },
  {
    name: 'a trunk update (sipTrunk/update)',
    path: '/v3/cc/sipTrunk/update',
    send: request(ENDPOINTS.trunkUpdate, () => {
      const trunk = sandbox.state.trunks.find((candidate) => candidate.type === 1)!;
      return { keyId: trunk.keyId, sipTrunkName: trunk.sipTrunkName, groupList: trunk.groupList.map(({ voiceGroupId }) => ({ voiceGroupId })), sipGatewayIp: trunk.sipGatewayIp ?? '', sipTrunkState: false };
    }),
    names: /trunk/i,
    notSent: /^Nothing was sent, so the trunk was not changed\./,
    unsure: /^The trunk may have changed: re-read the trunk list before saving again\./,
  },
  {
    name: 'a read (sipQuery)',
    path: '/voice/sipQuery',
    send: request(ENDPOINTS.sipQuery, () => ({ current: 1, size: 5, params: { appId: sandbox.state.appId } })),
    names: /$^/,
    notSent: /^Nothing was sent\./,
    unsure: /^Nothing was changed\./,
  },
  {
    name: 'a read (getBalance)',
    path: '/sms/getBalance',
    send: request(ENDPOINTS.getBalance, () => ({})),
    names: /$^/,
    notSent: /^Nothing was sent\./,
    unsure: /^Nothing was changed\./,
  },
];

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createTcpServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Accepts TCP and never speaks: an https client waits in its TLS handshake until its connect timeout. */
async function silentPort(): Promise<number> {
  const sockets = new Set<import('node:net').Socket>();
  const server: TcpServer = createTcpServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return (server.address() as { port: number }).port;
}

/** Starts an answer and cuts the connection halfway through its body. */
async function cutMidAnswer(): Promise<string> {
  const server = await startServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': '200' });
    response.write('{"status":"0","reason":"success","data":');
    setTimeout(() => response.socket?.destroy(), 20);
  });
  onTestFinished(server.close);
  return server.url;
}

interface Cause {
  cause: string;
  /** Arms the sandbox, or answers another base URL (and client options) the request goes to. */
  arrange(): void | Promise<{ baseUrl: string; connectTimeoutMs?: number; timeoutMs?: number }>;
  reached: 'no' | 'maybe';
  kind: AppError['kind'];
  message: RegExp;
}

const fault = (injected: Fault) => () => sandbox.faults.inject(injected);

const CAUSES: Cause[] = [
  { cause: 'connection refused', arrange: async () => ({ baseUrl: `http://127.0.0.1:${await closedPort()}` }), reached: 'no', kind: 'network', message: /refused the connection/ },
  { cause: 'DNS failure', arrange: async () => ({ baseUrl: 'https://api.switchboard-test.invalid' }), reached: 'no', kind: 'network', message: /name lookup failed/ },
  // undici checks its connect timeout only every half second or so: the whole attempt gets longer.
  {
    cause: 'connect timeout',
    arrange: async () => ({ baseUrl: `https://127.0.0.1:${await silentPort()}`, connectTimeoutMs: 150, timeoutMs: 5_000 }),
    reached: 'no',
    kind: 'timeout',
    message: /^Connecting to 127\.0\.0\.1:\d+ took longer than 150 ms\.$/,
  },
  {
    cause: 'no connection within the attempt',
    arrange: async () => ({ baseUrl: `https://127.0.0.1:${await silentPort()}`, connectTimeoutMs: 1_000 }),
    reached: 'no',
    kind: 'timeout',
    message: /^No connection to 127\.0\.0\.1:\d+ opened within 400 ms\.$/,
  },
  { cause: 'reset before the answer', arrange: fault({ kind: 'reset' }), reached: 'maybe', kind: 'network', message: /was cut before the answer arrived/ },
  { cause: 'reset mid-answer', arrange: async () => ({ baseUrl: await cutMidAnswer() }), reached: 'maybe', kind: 'network', message: /was cut before the answer arrived/ },
  { cause: 'timeout after sending', arrange: fault({ kind: 'hang' }), reached: 'maybe', kind: 'timeout', message: /did not answer within 400 ms/ },
  { cause: 'truncated answer', arrange: fault({ kind: 'truncated' }), reached: 'maybe', kind: 'server', message: /not valid JSON; it may have been cut off/ },
  { cause: 'HTML 502 page', arrange: fault({ kind: 'html', status: 502 }), reached: 'maybe', kind: 'server', message: /HTTP 502 with an error page/ },
];

const MATRIX = ACTIONS.flatMap((action) => CAUSES.map((cause) => ({ ...cause, action, label: `${action.name} × ${cause.cause}` })));

describe('a request without a readable answer', () => {
  it.each(MATRIX)('$label: says whether it reached ITNIO, in words for that request only', { timeout: 15_000 }, async ({ action, arrange, reached, kind, message }) => {
    const elsewhere = await arrange();
    const error = errorOf(await action.send(client(elsewhere ?? {})));

    // Soft: each wrong word is reported, not only the first.
    expect.soft(error).toMatchObject({ kind, message: expect.stringMatching(message) });
    expect.soft(error.reachedItnio).toBe(reached);
    expect.soft(error.hint).toMatch(reached === 'no' ? action.notSent : action.unsure);
    // The window says the same words by key.
    expect.soft(inEnglish(error.say!.message)).toBe(error.message);
    expect.soft(inEnglish(error.say!.hint!)).toBe(error.hint);
    const words = `${error.message} ${error.hint}`;
    for (const other of ACTIONS.filter((candidate) => candidate !== action)) expect.soft(words).not.toMatch(other.names);
    expect.soft(words).not.toMatch(/carried out|sandbox/i);
    if (reached === 'no') expect.soft(words).not.toMatch(/may (still )?have/);
  });
});

describe('the sandbox acting before its answer breaks', () => {
  const placeCall = ACTIONS[0]!;

  it.each([
    { fault: 'truncated', kind: 'server', how: 'cut off' },
    { fault: 'hang-after-acting', kind: 'timeout', how: 'never sent' },
  ] as const)('a call the vendor placed, its answer then $how: maybe reached, and it did', async ({ fault, kind }) => {
    const before = sandbox.state.calls.length;
    sandbox.faults.inject({ kind: fault, path: placeCall.path });
    const error = errorOf(await placeCall.send(client()));
    expect(error).toMatchObject({ kind, reachedItnio: 'maybe', hint: expect.stringMatching(placeCall.unsure) });
    expect(sandbox.state.calls).toHaveLength(before + 1);
  });

  it('a call cut off before the vendor acted: still maybe, since the client cannot tell', async () => {
    const before = sandbox.state.calls.length;
    sandbox.faults.inject({ kind: 'reset', path: placeCall.path });
    expect(errorOf(await placeCall.send(client()))).toMatchObject({ reachedItnio: 'maybe' });
    expect(sandbox.state.calls).toHaveLength(before);
  });
});

describe('failures that say for certain', () => {
  it('an invalid base URL: nothing was sent', async () => {
    const error = errorOf(await ACTIONS[0]!.send(client({ baseUrl: 'http://api.itniotech.com' })));
    expect(error).toMatchObject({ kind: 'invalid-input', field: 'baseUrl', reachedItnio: 'no', hint: expect.stringContaining('Nothing was sent') });
    expect(error.say).toEqual({
      message: { key: 'itnio.request.baseUrl', values: { rule: 'must use https:// (plain http is allowed only for 127.0.0.1 or localhost)' } },
      hint: { key: 'itnio.joined', values: { first: { key: 'itnio.writes.sendSip.notSent' }, second: { key: 'itnio.advice.editBaseUrl' } } },
    });
    expect(inEnglish(error.say!.message)).toBe(error.message);
  });

  it('a request the client cannot build: nothing was sent', async () => {
    const error = errorOf(await client().request(ENDPOINTS.recordSip, { voiceId: '..' }));
    expect(error).toMatchObject({ kind: 'internal', reachedItnio: 'no', say: { message: { key: 'itnio.request.pathValue', values: { endpoint: 'recordSip', field: 'voiceId' } } } });
    expect(inEnglish(error.say!.message)).toBe(error.message);
  });

  it('a closed client: nothing was sent', async () => {
    const closed = client();
    await closed.close();
    expect(errorOf(await ACTIONS[0]!.send(closed))).toMatchObject({ kind: 'internal', reachedItnio: 'no' });
  });

  it('an answer in an unexpected shape on a success status: maybe, in the words of the request', async () => {
    const odd = await startServer((_request, response) => sendJson(response, success({ unexpected: true })));
    onTestFinished(odd.close);
    const error = errorOf(await ACTIONS[0]!.send(client({ baseUrl: odd.url })));
    expect(error).toMatchObject({ kind: 'server', reachedItnio: 'maybe', hint: expect.stringMatching(/The call may have gone through/) });
    expect(error.hint).not.toMatch(/carried out/);
  });

  it.each([
    { name: 'a vendor refusal', arrange: () => sandbox.faults.inject({ kind: 'status', code: '-18' }), options: {}, kind: 'vendor' },
    { name: 'a wrong secret', arrange: () => undefined, options: { apiSecret: 'not-the-secret' }, kind: 'auth' },
    { name: 'a rejected timestamp', arrange: () => sandbox.faults.inject({ kind: 'status', code: '-16' }), options: {}, kind: 'clock-skew' },
  ])('$name: ITNIO answered, so reachedItnio is absent', async ({ arrange, options, kind }) => {
    arrange();
    for (const action of ACTIONS) {
      const error = errorOf(await action.send(client(options)));
      expect(error.kind).toBe(kind);
      expect(error).not.toHaveProperty('reachedItnio');
    }
  });
});

describe('the sandbox hint', () => {
  it('a refused connection names the sandbox only for the sandbox profile', async () => {
    const host = `127.0.0.1:${await closedPort()}`;
    const baseUrl = `http://${host}`;
    const forSandbox = errorOf(await ACTIONS[0]!.send(client({ baseUrl, isSandbox: true })));
    expect(forSandbox).toMatchObject({ reachedItnio: 'no', hint: expect.stringMatching(/^Nothing was sent, so no call was placed\. The built-in sandbox has stopped/) });
    const forAccount = errorOf(await ACTIONS[0]!.send(client({ baseUrl })));
    expect(forAccount.hint).toBe("Nothing was sent, so no call was placed. Check the profile's base URL and port.");
    expect(forAccount.say).toEqual({
      message: { key: 'itnio.transport.refused', values: { host } },
      hint: { key: 'itnio.joined', values: { first: { key: 'itnio.writes.sendSip.notSent' }, second: { key: 'itnio.advice.refused' } } },
    });
  });
});
