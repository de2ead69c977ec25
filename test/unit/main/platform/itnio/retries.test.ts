import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../../../main/platform/itnio';
import { sendJson, status, success } from './fake-server';
import { harness } from './harness';

const { server, client } = harness();

const page = { total: 0, size: 20, current: 1, pages: 0, records: [] };
const phonesPage = { current: 1, size: 20, params: { appId: 'App1' } };

const reset = (response: ServerResponse) => response.socket?.destroy();
const internalError = (response: ServerResponse) => sendJson(response, 'oops', { http: 500 });

/** Every request that changes something, with a valid body. */
const ONE_SHOT = [
  ['sendSip', (c: ReturnType<typeof client>['client']) => c.request(ENDPOINTS.sendSip, { callee: '4420794609', account: '100001', appId: 'A' })],
  ['sipAdd', (c: ReturnType<typeof client>['client']) => c.request(ENDPOINTS.sipAdd, { groupName: 'Sales', phoneName: 'Desk', quantity: 1, displayNum: '4420794609', appId: 'A' })],
  ['numberEdit', (c: ReturnType<typeof client>['client']) => c.request(ENDPOINTS.numberEdit, { number: '4420794609', appId: 'A', enableVoicemail: '0' })],
  [
    'trunkUpdate',
    (c: ReturnType<typeof client>['client']) =>
      c.request(ENDPOINTS.trunkUpdate, { keyId: 1, sipTrunkName: 'Main', groupList: [{ voiceGroupId: 3 }], sipGatewayIp: '203.0.113.10', sipTrunkState: false }),
  ],
] as const;

describe('retries', () => {
  it('retries a read-only request after a reset', async () => {
    const itnio = await server((_request, response, count) => (count === 1 ? reset(response) : sendJson(response, success(page))));
    const { client: c, lines } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sipQuery, phonesPage)).toEqual({ ok: true, value: page });
    expect(itnio.requests).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).attempt)).toEqual([1, 2]);
  });

  it('retries a read-only request after a 5xx', async () => {
    const itnio = await server((_request, response, count) => (count === 1 ? internalError(response) : sendJson(response, success(page))));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.trunkQuery, { current: 1, size: 15, params: { type: 1 } })).toEqual({ ok: true, value: page });
    expect(itnio.requests).toHaveLength(2);
  });

  it('gives up after three tries in all, waiting the given delays between them', async () => {
    const itnio = await server((_request, response) => reset(response));
    const { client: c } = client(itnio.url, { retryDelaysMs: [40, 80] });
    const started = performance.now();
    expect(await c.request(ENDPOINTS.sipQuery, phonesPage)).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(itnio.requests).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('does not retry a vendor code, even a server-side failure', async () => {
    const itnio = await server((_request, response) => sendJson(response, status('-18')));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sipQuery, phonesPage)).toMatchObject({ ok: false, error: { kind: 'vendor', code: '-18' } });
    expect(itnio.requests).toHaveLength(1);
  });

  it('does not retry a timeout: the operator has waited long enough', async () => {
    const itnio = await server(() => undefined);
    const { client: c } = client(itnio.url, { timeoutMs: 100 });
    expect(await c.request(ENDPOINTS.sipQuery, phonesPage)).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(itnio.requests).toHaveLength(1);
  });

  describe.each(ONE_SHOT)('%s is sent once, ever', (_name, send) => {
    it('after a reset', async () => {
      const itnio = await server((_request, response) => reset(response));
      const { client: c } = client(itnio.url);
      expect(await send(c)).toMatchObject({ ok: false, error: { kind: 'network' } });
      expect(itnio.requests).toHaveLength(1);
    });

    it('after a 500', async () => {
      const itnio = await server((_request, response) => internalError(response));
      const { client: c } = client(itnio.url);
      expect(await send(c)).toMatchObject({ ok: false, error: { kind: 'server' } });
      expect(itnio.requests).toHaveLength(1);
    });
  });
});
