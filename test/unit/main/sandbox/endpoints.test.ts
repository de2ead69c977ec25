/**
 * The sandbox's balance, password-reset, call-record, recording, number-list and agent-group
 * endpoints, checked with the tests' own signing client.
 */
import { describe, expect, it } from 'vitest';
import { useAccount } from '../../../support/account';
import { KEY, post, SECRET, send, statusOf } from './client';

const sandbox = useAccount({ apiKey: KEY, apiSecret: SECRET });

const get = async (path: string, options: Parameters<typeof send>[3] = {}) => {
  const { response, text } = await send(sandbox, path, undefined, { method: 'GET', ...options });
  return { http: response.status, json: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined, text, response };
};

const placeCall = async (callee: string) => {
  const placed = await post(sandbox, '/voice/sendSip', { callee, account: sandbox.state.phones[0]!.account, appId: sandbox.state.appId });
  expect(placed.status).toBe('0');
  return placed.data as string;
};

/** Moves the sandbox clock past the delay after which call records appear. */
const afterRecordsAreFiled = () => sandbox.setClockOffset(sandbox.state.cdrDelayMs + 1000);

const DAY = 86_400_000;

describe('GET /sms/getBalance', () => {
  it('answers balance, gift and credit as decimal strings beside status and reason, with no data', async () => {
    const { http, json } = await get('/sms/getBalance');
    expect(http).toBe(200);
    expect(json).toEqual({ status: '0', reason: 'success', balance: '25.00', gift: '0.00', credit: '0.00' });
  });

  it('follows the live balance, billed by each call', async () => {
    await placeCall('447700900123');
    expect((await get('/sms/getBalance')).json.balance).toBe('24.95');
  });

  it('answers -13 for a locked account, and checks the signature and Content-Type on GET too', async () => {
    sandbox.state.accountLocked = true;
    expect((await get('/sms/getBalance')).json).toEqual({ status: '-13', reason: 'User locked' });
    sandbox.state.accountLocked = false;
    expect((await get('/sms/getBalance', { secret: 'wrong' })).json.status).toBe('-1');
    expect((await get('/sms/getBalance', { headers: { 'Content-Type': undefined } })).json.status).toBe('-22');
  });

  it('is a GET: a POST gets the front server’s 405 page', async () => {
    const { response } = await send(sandbox, '/sms/getBalance', {});
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('records the request with its (empty) query as the body', async () => {
    await get('/sms/getBalance');
    expect(sandbox.requests.at(-1)).toMatchObject({ method: 'GET', path: '/sms/getBalance', status: '0', body: {} });
  });
});

describe('POST /voice/sipReset', () => {
  it('gives the phone a new password, answers it, and sipQuery lists it', async () => {
    const phone = sandbox.state.phones[0]!;
    const before = phone.password;
    const answer = await post(sandbox, '/voice/sipReset', { account: phone.account, appId: sandbox.state.appId });
    expect(answer).toMatchObject({ status: '0', data: { account: phone.account, password: expect.stringMatching(/^[A-Za-z2-9]{12}$/) } });
    expect(answer.data.password).not.toBe(before);
    const listed = await post(sandbox, '/voice/sipQuery', { current: 1, size: 1, params: { appId: sandbox.state.appId } });
    expect(listed.data.records[0].password).toBe(answer.data.password);
  });

  it('answers -24 for an unknown phone and -22 for a bad account or app id', async () => {
    expect(await statusOf(sandbox, '/voice/sipReset', { account: '80019999', appId: sandbox.state.appId })).toBe('-24');
    expect(await statusOf(sandbox, '/voice/sipReset', { account: 'abc', appId: sandbox.state.appId })).toBe('-22');
    expect(await statusOf(sandbox, '/voice/sipReset', { account: 'x'.repeat(33), appId: sandbox.state.appId })).toBe('-22');
    expect(await statusOf(sandbox, '/voice/sipReset', { account: sandbox.state.phones[0]!.account, appId: 'other-app' })).toBe('-22');
  });
});

describe('GET /voice/recordSip/{voiceId}', () => {
  it('answers null until the record is filed, then the call record', async () => {
    const voiceId = await placeCall('447700900123');
    expect((await get(`/voice/recordSip/${voiceId}`)).json).toEqual({ status: '0', reason: 'success', data: null });
    afterRecordsAreFiled();
    const { json } = await get(`/voice/recordSip/${voiceId}`);
    expect(json.data).toEqual({
      voiceId,
      sipGroupName: 'Front Office',
      phoneName: 'desk-1',
      callee: '447700900123',
      displayNum: '447700900123',
      code: 'United Kingdom',
      submitTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
      callTime: expect.any(String),
      ringingTime: expect.any(String),
      answerTime: expect.any(String),
      hangupTime: expect.any(String),
      callDuration: 38,
      chargedDuration: 60,
      terminationCode: '200',
      terminationReason: 'Normal call clearing',
      cost: '0.0500',
      billPeriod: '60+60',
      rate: '0.0500',
      recordingFileId: `${voiceId}.wav`,
    });
    expect(Date.parse(json.data.hangupTime) - Date.parse(json.data.answerTime)).toBe(38_000);
  });

  it('ends calls by the callee’s last digit: …7 busy, …8 no answer, neither recorded nor charged for time', async () => {
    const busy = await placeCall('447700900127');
    const unanswered = await placeCall('447700900128');
    afterRecordsAreFiled();
    expect((await get(`/voice/recordSip/${busy}`)).json.data).toMatchObject({ terminationCode: '486', answerTime: null, callDuration: 0, chargedDuration: 0, recordingFileId: null });
    expect((await get(`/voice/recordSip/${unanswered}`)).json.data).toMatchObject({ terminationCode: '480', answerTime: null, callDuration: 0, recordingFileId: null });
  });

  it('answers null for an id it never issued, and -22 for one longer than 64 characters', async () => {
    expect((await get('/voice/recordSip/rec-unknown')).json).toMatchObject({ status: '0', data: null });
    expect((await get(`/voice/recordSip/${'x'.repeat(65)}`)).json.status).toBe('-22');
  });

  it('decodes the path parameter', async () => {
    sandbox.state.cdrDelayMs = 0;
    const voiceId = await placeCall('447700900123');
    sandbox.state.calls[0]!.recordingId = 'rec a/b';
    expect((await get('/voice/recordSip/rec%20a%2Fb')).json.data).toMatchObject({ voiceId: 'rec a/b' });
    expect(voiceId).toMatch(/^rec-/);
  });
});

describe('GET /voice/getRecordingFileUrl and the recording link', () => {
  const recordingOf = async (callee = '447700900123') => {
    sandbox.state.cdrDelayMs = 0;
    const voiceId = await placeCall(callee);
    return `${voiceId}.wav`;
  };

  it('answers a short-lived link on the sandbox itself that serves a small WAV tone without a signature', async () => {
    const recordingFileId = await recordingOf();
    const { json } = await get(`/voice/getRecordingFileUrl?recordingFileId=${encodeURIComponent(recordingFileId)}&sourceType=sip`);
    expect(json).toMatchObject({ status: '0', data: { url: expect.stringMatching(new RegExp(`^${sandbox.url}/recordings/[0-9a-f]{24}\\.wav$`)) } });
    expect(String(json.data.expireTime)).toMatch(/^\d{13}$/);
    expect(json.data.expireTime - Date.now()).toBeGreaterThan(4 * 60_000);

    const audio = await fetch(json.data.url);
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    const bytes = Buffer.from(await audio.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WAVE');
    expect(bytes.length).toBe(44 + 8000 * 2 * 2);
    const samples = Array.from({ length: 8000 * 2 }, (_, index) => bytes.readInt16LE(44 + index * 2));
    expect(Math.max(...samples)).toBeGreaterThan(9000);
    expect([samples[0], samples.at(-1)]).toEqual([0, 0]);
  });

  it('stops serving the link once it expires', async () => {
    const recordingFileId = await recordingOf();
    sandbox.state.recordingLinkTtlMs = 1000;
    const { json } = await get(`/voice/getRecordingFileUrl?recordingFileId=${recordingFileId}&sourceType=sip`);
    sandbox.setClockOffset(2000);
    const expired = await fetch(json.data.url);
    expect(expired.status).toBe(404);
    expect(expired.headers.get('content-type')).toBe('text/html');
    expect((await fetch(`${sandbox.url}/recordings/${'0'.repeat(24)}.wav`)).status).toBe(404);
  });

  it('finds phone recordings only with sourceType=sip (the vendor defaults to group)', async () => {
    const recordingFileId = await recordingOf();
    expect((await get(`/voice/getRecordingFileUrl?recordingFileId=${recordingFileId}`)).json.status).toBe('-22');
    expect((await get(`/voice/getRecordingFileUrl?recordingFileId=${recordingFileId}&sourceType=group`)).json.status).toBe('-22');
    expect((await get(`/voice/getRecordingFileUrl?recordingFileId=${recordingFileId}&sourceType=phone`)).json.status).toBe('-22');
  });

  it('answers -22 for a call that was not answered, a missing id and an unknown one', async () => {
    const busy = await recordingOf('447700900127');
    expect((await get(`/voice/getRecordingFileUrl?recordingFileId=${busy}&sourceType=sip`)).json.status).toBe('-22');
    expect((await get('/voice/getRecordingFileUrl?sourceType=sip')).json.status).toBe('-22');
    expect((await get('/voice/getRecordingFileUrl?recordingFileId=123.wav&sourceType=sip')).json.status).toBe('-22');
  });
});

describe('POST /number/queryPage', () => {
  it('pages the numbers with the §5.1 fields: enableVoicemail an integer, an expiry date, the state', async () => {
    const answer = await post(sandbox, '/number/queryPage', { current: 1, size: 2, params: { appId: sandbox.state.appId } });
    expect(answer.status).toBe('0');
    expect(answer.data).toMatchObject({ total: 5, size: 2, current: 1, pages: 3 });
    expect(answer.data.records[0]).toEqual({
      number: '447700900123',
      ccode: '44',
      country: 'United Kingdom',
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      state: 3,
      inboundPrefix: '',
      type: 'MOBILE',
      outIp: '198.51.100.10,198.51.100.11',
      inIp: '203.0.113.20:5060',
      remark: 'Reception main line',
      appId: sandbox.state.appId,
      enableVoicemail: 1,
      voicemailFileId: 'vm-447700900123.mp3',
      voicemailFileName: 'reception-greeting.mp3',
      voicemailMaxHangup: 60,
      autoRenew: 0,
    });
    expect(answer.data.records[1]).toMatchObject({ number: '442079460958', enableVoicemail: 0, voicemailFileId: null });
  });

  it('has one seeded number expiring within 30 days', async () => {
    const answer = await post(sandbox, '/number/queryPage', { current: 1, size: 100 });
    const soon = answer.data.records.filter((record: { dueDate: string }) => Date.parse(record.dueDate) - Date.now() < 30 * DAY);
    expect(soon.map((record: { number: string }) => record.number)).toEqual(['13105550117']);
  });

  it('shows an edit at once, and lists nothing for another app id', async () => {
    await post(sandbox, '/number/edit', { number: '442079460958', appId: sandbox.state.appId, enableVoicemail: '1', voicemailMaxHangup: 30, remark: 'Moved' });
    const answer = await post(sandbox, '/number/queryPage', { current: 1, size: 100, params: {} });
    expect(answer.data.records[1]).toMatchObject({ enableVoicemail: 1, voicemailMaxHangup: 30, remark: 'Moved' });
    expect((await post(sandbox, '/number/queryPage', { current: 1, size: 100, params: { appId: 'other' } })).data).toMatchObject({ total: 0, records: [] });
  });

  it('answers -22 for a bad page or params', async () => {
    expect(await statusOf(sandbox, '/number/queryPage', { current: 0, size: 10 })).toBe('-22');
    expect(await statusOf(sandbox, '/number/queryPage', { current: 1, size: 101 })).toBe('-22');
    expect(await statusOf(sandbox, '/number/queryPage', { current: 1, size: 10, params: [] })).toBe('-22');
  });
});

describe('POST /v3/cc/seatGroup/query', () => {
  it('pages the agent groups with the §6.2 fields', async () => {
    const answer = await post(sandbox, '/v3/cc/seatGroup/query', { current: 1, size: 4, params: {} });
    expect(answer.data).toMatchObject({ total: 6, pages: 2 });
    expect(answer.data.records[0]).toEqual({ voiceGroupId: 101, callinStrategy: 1, countSeat: 4, groupName: 'Reception', appName: 'Sandbox voice app' });
    const second = await post(sandbox, '/v3/cc/seatGroup/query', { current: 2, size: 4, params: {} });
    expect(second.data.records.map((group: { voiceGroupId: number }) => group.voiceGroupId)).toEqual([105, 106]);
  });

  it('filters by part of the name, in any case', async () => {
    const answer = await post(sandbox, '/v3/cc/seatGroup/query', { current: 1, size: 100, params: { groupName: 'sales' } });
    expect(answer.data.records.map((group: { groupName: string }) => group.groupName)).toEqual(['Sales EMEA', 'Sales Americas']);
    expect(await statusOf(sandbox, '/v3/cc/seatGroup/query', { current: 1, size: 100, params: { groupName: 5 } })).toBe('-22');
  });
});
