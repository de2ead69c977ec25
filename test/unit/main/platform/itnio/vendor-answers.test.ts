/**
 * The descriptors of the balance, password-reset, call-record, recording, number-list and
 * agent-group endpoints: what each request looks like on the wire and what the client hands back,
 * against a fake vendor.
 */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../../../main/platform/itnio';
import { sendJson, status, success } from './fake-server';
import { harness } from './harness';

const { server, client } = harness();

const page = <T>(records: T[]) => ({ total: records.length, size: 100, current: 1, pages: 1, records });

const RECORD = {
  voiceId: 'rec-1',
  sipGroupName: 'Front Office',
  phoneName: 'desk-1',
  callee: '447700900123',
  displayNum: '442079460958',
  code: 'United Kingdom',
  submitTime: '2026-11-20T10:00:00+08:00',
  callTime: '2026-11-20T10:00:01+08:00',
  ringingTime: '2026-11-20T10:00:02+08:00',
  answerTime: '2026-11-20T10:00:06+08:00',
  hangupTime: '2026-11-20T10:00:48+08:00',
  callDuration: 42,
  chargedDuration: 60,
  terminationCode: '200',
  terminationReason: 'Normal call clearing',
  cost: '0.0500',
  billPeriod: '60+60',
  rate: '0.0500',
  recordingFileId: 'rec-1.wav',
};
/** As the client reads it: the fields the vendor sets only for other currencies, as null. */
const READ_RECORD = { ...RECORD, currency: null, settleRate: null, quoteExchange: null, settlePay: null };

describe('GET /sms/getBalance', () => {
  it('is a GET with no query and answers the top-level fields, not data', async () => {
    const itnio = await server((_request, response) => sendJson(response, { status: '0', reason: 'success', balance: '25.00', gift: '1.50', credit: '0.00' }));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.getBalance, {})).toEqual({ ok: true, value: { balance: '25.00', gift: '1.50', credit: '0.00' } });
    expect(itnio.requests[0]).toMatchObject({ method: 'GET', url: '/sms/getBalance', body: '' });
    expect(itnio.requests[0]?.headers['content-type']).toBe('application/json;charset=UTF-8');
  });

  it('explains -13 as a locked account', async () => {
    const itnio = await server((_request, response) => sendJson(response, { status: '-13', reason: 'User locked' }));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.getBalance, {})).toMatchObject({ ok: false, error: { kind: 'vendor', code: '-13', message: expect.stringContaining('locked') } });
  });

  it('is read-only, so a cut connection is tried again', async () => {
    const itnio = await server((_request, response, count) =>
      count === 1 ? response.socket?.destroy() : sendJson(response, { status: 0, reason: 'success', balance: '3.20', gift: '0', credit: '0' }),
    );
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.getBalance, {})).toMatchObject({ ok: true, value: { balance: '3.20' } });
    expect(itnio.requests).toHaveLength(2);
  });
});

describe('POST /voice/sipReset', () => {
  it('sends the account and app id and answers the new password', async () => {
    const itnio = await server((_request, response) => sendJson(response, success({ account: '80010001', password: 'Nw7pQ2xKz9aB' })));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sipReset, { account: '80010001', appId: 'App1' })).toEqual({ ok: true, value: { account: '80010001', password: 'Nw7pQ2xKz9aB' } });
    expect(itnio.requests[0]).toMatchObject({ method: 'POST', url: '/voice/sipReset' });
    expect(JSON.parse(itnio.requests[0]?.body ?? '')).toEqual({ account: '80010001', appId: 'App1' });
  });

  it('points -24 at the account field', async () => {
    const itnio = await server((_request, response) => sendJson(response, status('-24', 'Data does not exist')));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.sipReset, { account: '80019999', appId: 'App1' })).toMatchObject({ ok: false, error: { code: '-24', field: 'account' } });
  });

  it('is sent once: a cut connection may have changed the password already', async () => {
    const itnio = await server((_request, response) => response.socket?.destroy());
    const { client: c } = client(itnio.url);
    const result = await c.request(ENDPOINTS.sipReset, { account: '80010001', appId: 'App1' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', reachedItnio: 'maybe', hint: expect.stringContaining("The phone's password may have been changed") } });
    expect(itnio.requests).toHaveLength(1);
  });

  it('never logs the new password', async () => {
    const itnio = await server((_request, response) => sendJson(response, success({ account: '80010001', password: 'Nw7pQ2xKz9aB' })));
    const { client: c, lines } = client(itnio.url);
    await c.request(ENDPOINTS.sipReset, { account: '80010001', appId: 'App1' });
    expect(lines.join('\n')).not.toContain('Nw7pQ2xKz9aB');
  });
});

describe('GET /voice/recordSip/{voiceId}', () => {
  it('puts the id in the path, URL-encoded, and nothing in the query', async () => {
    const itnio = await server((_request, response) => sendJson(response, success(RECORD)));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.recordSip, { voiceId: 'rec-1' })).toEqual({ ok: true, value: READ_RECORD });
    await c.request(ENDPOINTS.recordSip, { voiceId: 'a/b?c#d é' });
    expect(itnio.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['GET /voice/recordSip/rec-1', 'GET /voice/recordSip/a%2Fb%3Fc%23d%20%C3%A9']);
  });

  it('answers null while the record does not exist yet', async () => {
    const itnio = await server((_request, response) => sendJson(response, success(null)));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.recordSip, { voiceId: 'rec-2' })).toEqual({ ok: true, value: null });
  });

  it.each(['', '.', '..'])('refuses the path parameter %j without sending anything', async (voiceId) => {
    const itnio = await server((_request, response) => sendJson(response, success(null)));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.recordSip, { voiceId })).toMatchObject({ ok: false, error: { kind: 'internal', message: expect.stringContaining('voiceId') } });
    expect(itnio.requests).toHaveLength(0);
  });

  it('is read-only, so an HTML 503 is tried again', async () => {
    const itnio = await server((_request, response, count) => {
      if (count === 1) {
        response.writeHead(503, { 'Content-Type': 'text/html' });
        response.end('<html>busy</html>');
      } else sendJson(response, success(RECORD));
    });
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.recordSip, { voiceId: 'rec-1' })).toMatchObject({ ok: true });
    expect(itnio.requests).toHaveLength(2);
  });
});

describe('POST /voice/recordSipQuery', () => {
  it('sends the page and the time window, and answers the page of records', async () => {
    const itnio = await server((_request, response) => sendJson(response, success(page([RECORD]))));
    const { client: c } = client(itnio.url);
    const body = { current: 1, size: 100, params: { strTime: '2026-11-01T00:00:00+08:00', endTime: '2026-11-20T00:00:00+08:00', phoneName: 'desk-1' } };
    expect(await c.request(ENDPOINTS.recordSipQuery, body)).toEqual({ ok: true, value: page([READ_RECORD]) });
    expect(JSON.parse(itnio.requests[0]?.body ?? '')).toEqual(body);
  });

  it('explains -22 with the window rule', async () => {
    const itnio = await server((_request, response) => sendJson(response, status('-22', 'Parameter error')));
    const { client: c } = client(itnio.url);
    const result = await c.request(ENDPOINTS.recordSipQuery, { current: 1, size: 10, params: { strTime: '2026-01-01T00:00:00Z', endTime: '2026-11-01T00:00:00Z' } });
    expect(result).toMatchObject({ ok: false, error: { code: '-22', field: 'strTime', hint: expect.stringContaining('at most 31 days') } });
  });
});

describe('GET /voice/getRecordingFileUrl', () => {
  it('asks for a phone recording in the query string and answers the link and its expiry', async () => {
    const itnio = await server((_request, response) => sendJson(response, success({ url: 'https://files.example/rec-1.wav?sig=x', expireTime: 1_763_600_000_000 })));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.recordingUrl, { recordingFileId: 'rec-1.wav', sourceType: 'sip' })).toEqual({
      ok: true,
      value: { url: 'https://files.example/rec-1.wav?sig=x', expireTime: 1_763_600_000_000 },
    });
    expect(itnio.requests[0]).toMatchObject({ method: 'GET', url: '/voice/getRecordingFileUrl?recordingFileId=rec-1.wav&sourceType=sip', body: '' });
  });
});

describe('POST /number/queryPage', () => {
  it('sends the page and the app id and answers the records as the vendor types them', async () => {
    const number = {
      number: '447700900123',
      ccode: '44',
      country: 'United Kingdom',
      dueDate: '2027-06-11',
      state: 3,
      inboundPrefix: '',
      type: 'MOBILE',
      outIp: '198.51.100.10',
      inIp: '203.0.113.20:5060',
      remark: 'Reception',
      appId: 'App1',
      enableVoicemail: 1,
      voicemailFileId: 'vm-1.mp3',
      voicemailFileName: 'greeting.mp3',
      voicemailMaxHangup: 60,
    };
    // A field the docs do not name is not read.
    const itnio = await server((_request, response) => sendJson(response, success(page([{ ...number, autoRenew: 0 }]))));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.numberQueryPage, { current: 1, size: 100, params: { appId: 'App1' } })).toEqual({ ok: true, value: page([number]) });
    expect(itnio.requests[0]).toMatchObject({ method: 'POST', url: '/number/queryPage' });
  });
});

describe('POST /v3/cc/seatGroup/query', () => {
  it('sends the page and the name filter and answers the groups, whatever type the status has', async () => {
    const group = { voiceGroupId: 101, callinStrategy: 1, countSeat: 4, groupName: 'Reception', appName: 'Main' };
    const itnio = await server((_request, response) => sendJson(response, { status: 0, reason: 'success', data: page([group]) }));
    const { client: c } = client(itnio.url);
    expect(await c.request(ENDPOINTS.agentGroupQuery, { current: 1, size: 100, params: { groupName: 'Rec' } })).toEqual({ ok: true, value: page([group]) });
    expect(itnio.requests[0]).toMatchObject({ method: 'POST', url: '/v3/cc/seatGroup/query' });
    expect(JSON.parse(itnio.requests[0]?.body ?? '')).toEqual({ current: 1, size: 100, params: { groupName: 'Rec' } });
  });
});
