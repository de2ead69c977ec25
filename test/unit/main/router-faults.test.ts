/**
 * The fault matrix (issue 8, item 3): every way the network or the vendor's front servers fail,
 * met by a query (the Dialer's "Refresh phones") and by a call, through the real router and
 * services the window uses (createAppContext). Each gives its error kind with an operator's message
 * and hint that say whether the request could have reached ITNIO, and a call is placed at most once.
 */
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorKind } from '../../../contract/result';
import type { Sandbox } from '../../../main/sandbox';
import { openTestApp, type TestApp } from '../../support/app';

const SEND_SIP = '/voice/sendSip';
const SIP_QUERY = '/voice/sipQuery';
// Short enough that "no answer" ends within the test, long enough for a loaded 2-core machine.
const TIMEOUT_MS = 1_500;

const CUT_OFF = /^The connection to 127\.0\.0\.1:\d+ was cut before the answer arrived\.$/;
const CALL_MAY_HAVE_GONE_THROUGH = /^The call may have gone through: check the call's outcome in the history before calling again\.$/;

interface Row {
  fault: string;
  /** Arms the fault in the sandbox, or answers the base URL of an account that cannot be reached. */
  arrange(sandbox: Sandbox): void | Promise<string>;
  kind: ErrorKind;
  message: RegExp;
  queryHint: RegExp;
  callHint: RegExp;
  /** Whether the request could have reached ITNIO; absent when ITNIO answered. */
  reached: 'no' | 'maybe' | undefined;
  /** How often each reached the sandbox: a query may be retried, a call is sent once. */
  queryRequests: number;
  callRequests: number;
  /** Calls the sandbox carried out (a truncated answer is cut after the vendor acted). */
  placed: 0 | 1;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const MATRIX: Row[] = [
  {
    fault: 'connection reset',
    arrange: (sandbox) => sandbox.faults.inject({ kind: 'reset' }),
    kind: 'network',
    message: CUT_OFF,
    queryHint: /^Nothing was changed\. Check the internet connection and try again\.$/,
    callHint: CALL_MAY_HAVE_GONE_THROUGH,
    reached: 'maybe',
    queryRequests: 3,
    callRequests: 1,
    placed: 0,
  },
  {
    fault: '5xx HTML page',
    arrange: (sandbox) => sandbox.faults.inject({ kind: 'html', status: 502 }),
    kind: 'server',
    message: /^The server answered HTTP 502 with an error page instead of a result\.$/,
    queryHint: /^Nothing was changed\. The service may be having trouble: try again in a few minutes\.$/,
    callHint: CALL_MAY_HAVE_GONE_THROUGH,
    reached: 'maybe',
    queryRequests: 3,
    callRequests: 1,
    placed: 0,
  },
  {
    fault: 'truncated JSON',
    arrange: (sandbox) => sandbox.faults.inject({ kind: 'truncated' }),
    kind: 'server',
    message: /^The server's answer \(HTTP 200\) is not valid JSON; it may have been cut off\.$/,
    queryHint: /^Nothing was changed\. Try again\. If it keeps happening, check the base URL/,
    callHint: CALL_MAY_HAVE_GONE_THROUGH,
    reached: 'maybe',
    queryRequests: 3,
    callRequests: 1,
    placed: 1,
  },
  {
    fault: 'no answer',
    arrange: (sandbox) => sandbox.faults.inject({ kind: 'hang' }),
    kind: 'timeout',
    message: /^127\.0\.0\.1:\d+ did not answer within 1\.5 s\.$/,
    queryHint: /^Nothing was changed\. Check the internet connection and try again\.$/,
    callHint: CALL_MAY_HAVE_GONE_THROUGH,
    reached: 'maybe',
    queryRequests: 1,
    callRequests: 1,
    placed: 0,
  },
  {
    fault: 'DNS failure',
    arrange: async () => 'https://api.switchboard-test.invalid',
    kind: 'network',
    message: /^Could not find the server api\.switchboard-test\.invalid \(the name lookup failed\)\.$/,
    queryHint: /^Nothing was sent\. Check the profile's base URL and this computer's internet connection\.$/,
    callHint: /^Nothing was sent, so no call was placed\. Check the profile's base URL and this computer's internet connection\.$/,
    reached: 'no',
    queryRequests: 0,
    callRequests: 0,
    placed: 0,
  },
  {
    fault: 'refused port',
    arrange: async () => `http://127.0.0.1:${await freePort()}`,
    kind: 'network',
    message: /^127\.0\.0\.1:\d+ refused the connection\.$/,
    // A saved account's profile: nothing about starting the sandbox again.
    queryHint: /^Nothing was sent\. Check the profile's base URL and port\.$/,
    callHint: /^Nothing was sent, so no call was placed\. Check the profile's base URL and port\.$/,
    reached: 'no',
    queryRequests: 0,
    callRequests: 0,
    placed: 0,
  },
  {
    // The client re-signs once with the server's clock; a second refusal is final.
    fault: 'expired timestamp, refused again after re-signing',
    arrange: (sandbox) => sandbox.faults.inject({ kind: 'status', code: '-16' }),
    kind: 'clock-skew',
    message: /^The server rejected the time of the request \(timestamp expired\)\.$/,
    queryHint: /^Set this computer's clock to the correct time/,
    callHint: /^Set this computer's clock to the correct time/,
    reached: undefined,
    queryRequests: 2,
    callRequests: 2,
    placed: 0,
  },
];

let app: TestApp;
let sandbox: Sandbox;

beforeAll(async () => {
  app = await openTestApp({ clientTiming: { timeoutMs: TIMEOUT_MS, retryDelaysMs: [1, 1] } });
  // The first-run profile, the embedded Sandbox, is the active one.
  sandbox = app.sandbox;
});
afterEach(async () => {
  sandbox.faults.clear();
  await app.value('profiles.use', { id: 'sandbox' });
});
afterAll(async () => {
  await app?.close();
});

/** A saved profile for an account at `baseUrl`, made active as the operator would. */
async function useAccountAt(baseUrl: string, name: string): Promise<void> {
  const saved = await app.value('profiles.save', { name, baseUrl, appId: sandbox.state.appId, apiKey: 'faultKey42', apiSecret: 'fault-secret-9c' });
  await app.value('profiles.use', { id: saved.id });
}

const reaching = (path: string, since: number) => sandbox.requests.slice(since).filter((request) => request.path === path);

describe('fault matrix through the router', () => {
  it.each(MATRIX.map((row, index) => ({ ...row, account: `8001000${index + 1}` })))(
    '$fault: a query and a call end as $kind errors with a message and hint; the call is placed at most once',
    async (row) => {
      const elsewhere = await row.arrange(sandbox);
      if (elsewhere !== undefined) await useAccountAt(elsewhere, `Unreachable ${row.account}`);
      const since = sandbox.requests.length;
      const callsBefore = sandbox.state.calls.length;

      const query = await app.failure('phones.list', { refresh: true });
      expect(query).toMatchObject({ kind: row.kind, message: expect.stringMatching(row.message), hint: expect.stringMatching(row.queryHint) });
      expect(query.reachedItnio).toBe(row.reached);
      expect(reaching(SIP_QUERY, since)).toHaveLength(row.queryRequests);

      const call = await app.failure('calls.place', { callee: '+44 20 7946 0958', account: row.account });
      expect(call).toMatchObject({ kind: row.kind, message: expect.stringMatching(row.message), hint: expect.stringMatching(row.callHint) });
      expect(call.reachedItnio).toBe(row.reached);
      const sent = reaching(SEND_SIP, since);
      expect(sent).toHaveLength(row.callRequests);
      // At most one sendSip got past the vendor's checks; a -16 refusal means nothing was done.
      expect(sent.filter((request) => request.status !== '-16').length).toBeLessThanOrEqual(1);
      expect(sandbox.state.calls.length - callsBefore).toBe(row.placed);

      // The attempt is in the history as the operator saw it: of unknown outcome when it may have reached ITNIO.
      const history = await app.value('calls.history', { limit: 1 });
      const request = row.reached === 'maybe' ? 'unknown' : 'failed';
      expect(history.entries[0]).toMatchObject({ account: row.account, request, errorKind: row.kind, errorMessage: call.message });
    },
  );

  it('places a call again once the faults are cleared', async () => {
    const since = sandbox.requests.length;
    const placed = await app.value('calls.place', { callee: '+1 202 555 0143', account: '80010001' });
    expect(placed.recordingId).toBe(sandbox.state.calls.at(-1)?.recordingId);
    expect(reaching(SEND_SIP, since).map((request) => request.status)).toEqual(['0']);
  });
});

describe('the built-in sandbox profile', () => {
  it('tells the operator to start the sandbox again when it refuses the connection', async () => {
    const own = await openTestApp();
    try {
      // The first-run profile is the sandbox; its emulator has stopped under the app.
      await own.sandbox.close();
      const query = await own.failure('phones.list', { refresh: true });
      expect(query).toMatchObject({ kind: 'network', reachedItnio: 'no', hint: expect.stringMatching(/^Nothing was sent\. The built-in sandbox has stopped/) });
    } finally {
      await own.close();
    }
  });
});
