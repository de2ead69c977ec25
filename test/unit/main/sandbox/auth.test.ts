import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../../../main/sandbox';
import { useAccount } from '../../../support/account';
import { memoryLogger } from '../../../support/memory-log';
import { CREDENTIALS, KEY, post, SECRET, send, sign, statusOf, timestampNow } from './client';

const sandbox = useAccount({ apiKey: KEY, apiSecret: SECRET });
const query = () => ({ current: 1, size: 5, params: { appId: sandbox.state.appId } });

describe('signed headers', () => {
  it('accepts a correct signature and answers a string status with a Date header', async () => {
    const { response, text } = await send(sandbox, '/voice/sipQuery', query());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(JSON.parse(text)).toMatchObject({ status: '0', reason: 'success' });
    expect(Math.abs(Date.parse(response.headers.get('date') ?? '') - Date.now())).toBeLessThan(2000);
  });

  it('checks the vendor’s own signing vector', async () => {
    expect(sign('bDqJFiq9', '7bz1lzh9', '1630468800')).toBe('05d7a50893e22a5c4bb3216ae3396c7c');
    const vendor = await startSandbox({
      credentials: [{ apiKey: 'bDqJFiq9', apiSecret: '7bz1lzh9' }],
      clockOffsetMs: 1630468800_000 - Date.now(),
      logger: memoryLogger().log,
    });
    try {
      const headers = { 'Api-Key': 'bDqJFiq9', Timestamp: '1630468800', Sign: '05d7a50893e22a5c4bb3216ae3396c7c' };
      expect(await statusOf(vendor, '/voice/sipQuery', { current: 1, size: 1, params: { appId: vendor.state.appId } }, { headers })).toBe('0');
    } finally {
      await vendor.close();
    }
  });

  it('refuses a wrong secret, an unknown key and a tampered sign with -1', async () => {
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { secret: 'wrong' })).toBe('-1');
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { key: 'someoneElse' })).toBe('-1');
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { headers: { Sign: '0'.repeat(32) } })).toBe('-1');
  });

  it.each(['Api-Key', 'Timestamp', 'Sign'])('refuses a request without %s with -1', async (name) => {
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { headers: { [name]: undefined } })).toBe('-1');
  });

  it('refuses a timestamp that is not 10 digits with -1, even when signed', async () => {
    const millis = String(Date.now());
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { timestamp: millis })).toBe('-1');
  });

  it('checks the content type first, loosely in case and spacing', async () => {
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { headers: { 'Content-Type': 'text/plain' } })).toBe('-22');
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { headers: { 'Content-Type': 'application/json' } })).toBe('-22');
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { headers: { 'Content-Type': 'text/plain', Sign: undefined } })).toBe('-22');
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { headers: { 'Content-Type': 'Application/JSON; charset=utf-8' } })).toBe('0');
  });

  it('answers -22 when the body is not a JSON object', async () => {
    expect(await statusOf(sandbox, '/voice/sipQuery', undefined, { rawBody: '{"current":1,' })).toBe('-22');
    expect(await statusOf(sandbox, '/voice/sipQuery', [query()])).toBe('-22');
    expect(await statusOf(sandbox, '/voice/sipQuery', undefined, { rawBody: '' })).toBe('-22');
  });

  it('refuses a disabled key with -30 on number/edit and -1 elsewhere', async () => {
    sandbox.state.credentials[0]!.disabled = true;
    const edit = { number: '442079460958', appId: sandbox.state.appId, enableVoicemail: '0' };
    expect(await statusOf(sandbox, '/number/edit', edit)).toBe('-30');
    expect(await statusOf(sandbox, '/voice/sipQuery', query())).toBe('-1');
    expect(await statusOf(sandbox, '/v3/cc/sipTrunk/query', { current: 1, size: 5, params: {} })).toBe('-1');
  });

  it('answers 404 and 405 as HTML pages, like the vendor’s front servers', async () => {
    const missing = await send(sandbox, '/voice/nothingHere', {});
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get('content-type')).toContain('text/html');
    const wrongMethod = await send(sandbox, '/voice/sipQuery', undefined, { method: 'GET' });
    expect(wrongMethod.response.status).toBe(405);
    expect(wrongMethod.response.headers.get('allow')).toBe('POST');
    expect(wrongMethod.text).toContain('<html>');
  });

  it('answers the trunk query status as a number, as the vendor does', async () => {
    const ok = await post(sandbox, '/v3/cc/sipTrunk/query', { current: 1, size: 5, params: {} });
    expect(ok.status).toBe(0);
    const refused = await post(sandbox, '/v3/cc/sipTrunk/query', { current: 1, size: 5, params: {} }, { secret: 'wrong' });
    expect(refused.status).toBe(-1);
  });
});

describe('clock', () => {
  it('refuses a timestamp outside the window with -16, either side', async () => {
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { timestamp: timestampNow(-301_000) })).toBe('-16');
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { timestamp: timestampNow(301_000) })).toBe('-16');
    expect(await statusOf(sandbox, '/voice/sipQuery', query(), { timestamp: timestampNow(-290_000) })).toBe('0');
  });

  it('takes the window from the options', async () => {
    const strict = await startSandbox({ credentials: CREDENTIALS, timestampWindowSeconds: 30, logger: memoryLogger().log });
    try {
      expect(await statusOf(strict, '/voice/sipQuery', { ...query(), params: { appId: strict.state.appId } }, { timestamp: timestampNow(-60_000) })).toBe('-16');
    } finally {
      await strict.close();
    }
  });

  it('runs its own clock: the offset moves the Date header and what counts as stale', async () => {
    const hourAhead = 3600_000;
    const skewed = await startSandbox({ credentials: CREDENTIALS, clockOffsetMs: hourAhead, logger: memoryLogger().log });
    try {
      const body = { current: 1, size: 1, params: { appId: skewed.state.appId } };
      const { response, text } = await send(skewed, '/voice/sipQuery', body);
      expect(JSON.parse(text)).toMatchObject({ status: '-16', data: null });
      const serverTime = Date.parse(response.headers.get('date') ?? '');
      expect(Math.abs(serverTime - (Date.now() + hourAhead))).toBeLessThan(2000);
      // A client that signs with the offset it read from the Date header gets through.
      expect(await statusOf(skewed, '/voice/sipQuery', body, { timestamp: String(Math.floor(serverTime / 1000)) })).toBe('0');

      skewed.setClockOffset(0);
      expect(await statusOf(skewed, '/voice/sipQuery', body)).toBe('0');
      const after = await send(skewed, '/voice/sipQuery', body);
      expect(Math.abs(Date.parse(after.response.headers.get('date') ?? '') - Date.now())).toBeLessThan(2000);
    } finally {
      await skewed.close();
    }
  });
});

it('exposes the documented API shape', () => {
  expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
  expect(sandbox.state.credentials).toEqual([{ apiKey: KEY, apiSecret: expect.any(String) }]);
});
