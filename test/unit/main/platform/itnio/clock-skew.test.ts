import { describe, expect, it } from 'vitest';
import { clockWarningSaid, ENDPOINTS } from '../../../../../main/platform/itnio';
import { inEnglish } from '../../../../../main/platform/messages';
import { sendJson, status, success, type Handler } from './fake-server';
import { harness } from './harness';

const { server, client } = harness();

const TEN_MINUTES = 10 * 60_000;
const phonesPage = { current: 1, size: 20, params: { appId: 'App1' } };
const call = { callee: '4420794609', account: '100001', appId: 'App1' };

/** ITNIO as it behaves with a stale Timestamp: -16 outside ±60 s of its own clock, which it shows in Date. */
function strictServer(serverAheadMs: number): Handler {
  return (request, response) => {
    const serverNow = Date.now() + serverAheadMs;
    const skew = Math.abs(Number(request.headers.timestamp) * 1000 - serverNow);
    const answer = request.url === '/voice/sendSip' ? 'rec-1' : { total: 0, size: 20, current: 1, pages: 0, records: [] };
    sendJson(response, skew > 60_000 ? status('-16', 'Timestamp expires') : success(answer), { date: serverNow });
  };
}

const timestampsOf = (requests: { headers: Record<string, unknown> }[]) => requests.map((r) => Number(r.headers.timestamp) * 1000);

describe('clock skew', () => {
  it('recovers the first request by re-signing with the server clock, and signs right from then on', async () => {
    const itnio = await server(strictServer(TEN_MINUTES));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sipQuery, phonesPage)).toMatchObject({ ok: true });
    expect(itnio.requests).toHaveLength(2);
    expect(Math.abs(c.clockOffsetMs() - TEN_MINUTES)).toBeLessThan(2_000);

    expect(await c.request(ENDPOINTS.sipQuery, phonesPage)).toMatchObject({ ok: true });
    expect(await c.request(ENDPOINTS.trunkQuery, { current: 1, size: 15, params: {} })).toMatchObject({ ok: true });
    expect(itnio.requests).toHaveLength(4);
  });

  it('re-sends even a call exactly once, since the server did nothing with the stale one', async () => {
    const itnio = await server(strictServer(TEN_MINUTES));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sendSip, call)).toEqual({ ok: true, value: 'rec-1' });
    expect(itnio.requests.map((r) => r.url)).toEqual(['/voice/sendSip', '/voice/sendSip']);
    const [first = 0, second = 0] = timestampsOf(itnio.requests);
    expect(Math.abs(second - first - TEN_MINUTES)).toBeLessThan(3_000);
  });

  it('copes with a wrong local clock against an honest server', async () => {
    const itnio = await server(strictServer(0));
    const { client: c } = client(itnio.url, { now: () => Date.now() - 3_600_000 });
    expect(await c.request(ENDPOINTS.sipAdd, { groupName: 'Sales', phoneName: 'Desk', quantity: 1, displayNum: '4420794609', appId: 'A' })).toMatchObject({ ok: true });
    expect(itnio.requests).toHaveLength(2);
    expect(inEnglish(clockWarningSaid(c.clockOffsetMs())!)).toContain('about 1 hour behind');
  });

  it('gives up after a second -16 with a clock-skew error that says how far off the clock is', async () => {
    const itnio = await server((_request, response) => sendJson(response, status('-16'), { date: Date.now() + TEN_MINUTES }));
    const { client: c } = client(itnio.url);
    const result = await c.request(ENDPOINTS.sendSip, call);
    expect(itnio.requests).toHaveLength(2);
    expect(result).toMatchObject({ ok: false, error: { kind: 'clock-skew', code: '-16' } });
    if (result.ok) return;
    expect(result.error.message).toContain('timestamp expired');
    expect(result.error.message).toContain("This computer's clock is about 10 minutes behind the server's clock.");
    expect(result.error.say).toEqual({
      message: {
        key: 'itnio.joined',
        values: { first: { key: 'status.timestampExpired.message' }, second: { key: 'itnio.clock.behind', values: { span: { key: 'itnio.clock.minutes', values: { count: 10 } } } } },
      },
      hint: { key: 'status.timestampExpired.hint' },
    });
    expect(inEnglish(result.error.say!.message)).toBe(result.error.message);
  });

  it('leaves the warning out when the clocks agree but the server still says -16', async () => {
    const itnio = await server((_request, response) => sendJson(response, status('-16')));
    const { client: c } = client(itnio.url);
    const result = await c.request(ENDPOINTS.sipQuery, phonesPage);
    expect(itnio.requests).toHaveLength(2);
    expect(result).toMatchObject({ ok: false, error: { kind: 'clock-skew', message: 'The server rejected the time of the request (timestamp expired).' } });
  });
});
