import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../../../main/sandbox';
import { useAccount } from '../../../support/account';
import { memoryLogger } from '../../../support/memory-log';
import { CREDENTIALS, KEY, post, SECRET, statusOf } from './client';

const sandbox = useAccount({ apiKey: KEY, apiSecret: SECRET });

const account = () => sandbox.state.phones[0]!.account;
const call = (fields: Record<string, unknown> = {}) => ({ callee: '447700900987', account: account(), appId: sandbox.state.appId, ...fields });
const batch = (fields: Record<string, unknown> = {}) => ({
  groupName: 'Night Shift',
  phoneName: 'night',
  quantity: 3,
  displayNum: '447700900123',
  appId: sandbox.state.appId,
  ...fields,
});
const listPhones = (current: number, size: number) => post(sandbox, '/voice/sipQuery', { current, size, params: { appId: sandbox.state.appId } });

describe('seed', () => {
  it('is small, realistic and the same on every run', async () => {
    const again = await startSandbox({ credentials: CREDENTIALS, logger: memoryLogger().log });
    try {
      expect(again.state.phones).toEqual(sandbox.state.phones);
      expect(again.state.trunks).toEqual(sandbox.state.trunks);
    } finally {
      await again.close();
    }
    const { state } = sandbox;
    expect(state.appId).toBe('app-7f3c21');
    expect(state.balance).toBe(25);
    expect(state.phones).toHaveLength(8);
    expect(new Set(state.phones.map((phone) => phone.groupName))).toEqual(new Set(['Front Office', 'Support Team', 'Warehouse']));
    expect(new Set(state.phones.map((phone) => phone.account)).size).toBe(8);
    expect(state.numbers).toHaveLength(5);
    expect(state.numbers.filter((number) => number.enableVoicemail === '1')).toHaveLength(1);
    expect(state.agentGroups.map((group) => group.voiceGroupId)).toEqual([101, 102, 103, 104, 105, 106]);
    expect(state.trunks.filter((trunk) => trunk.type === 1)).toHaveLength(5);
    expect(state.trunks.filter((trunk) => trunk.type === 2)).toHaveLength(5);
  });

  it('starts an empty account when seeding is off', async () => {
    const empty = await startSandbox({ credentials: CREDENTIALS, seed: false, logger: memoryLogger().log });
    try {
      expect(empty.state).toMatchObject({ appId: 'app-7f3c21', balance: 0, phones: [], numbers: [], trunks: [], agentGroups: [] });
    } finally {
      await empty.close();
    }
  });
});

describe('/voice/sendSip', () => {
  it('places a call: a recording id back, the call stored, the balance billed', async () => {
    const answer = await post(sandbox, '/voice/sendSip', call({ displayNum: '447700900123', calledInfo: 'order 1182' }));
    expect(answer).toMatchObject({ status: '0', reason: 'success' });
    expect(answer.data).toMatch(/^rec-[0-9a-f]{20}$/);
    expect(sandbox.state.calls).toEqual([
      { recordingId: answer.data, callee: '447700900987', account: account(), displayNum: '447700900123', calledInfo: 'order 1182', cost: 0.05, at: expect.any(Number) },
    ]);
    expect(sandbox.state.balance).toBe(24.95);
    const second = await post(sandbox, '/voice/sendSip', call({ displayNum: null }));
    expect(second.data).not.toBe(answer.data);
    expect(sandbox.state.calls[1]?.displayNum).toBeNull();
    expect(sandbox.state.balance).toBe(24.9);
  });

  it('refuses with -10 once the balance cannot pay for the call, and bills nothing', async () => {
    sandbox.state.balance = 0.07;
    expect(await statusOf(sandbox, '/voice/sendSip', call())).toBe('0');
    expect(sandbox.state.balance).toBe(0.02);
    expect(await statusOf(sandbox, '/voice/sendSip', call())).toBe('-10');
    expect(sandbox.state.balance).toBe(0.02);
    expect(sandbox.state.calls).toHaveLength(1);
  });

  it('answers -26 for a callee with no country rate', async () => {
    expect(await statusOf(sandbox, '/voice/sendSip', call({ callee: '99912345678' }))).toBe('-26');
    expect(sandbox.state.balance).toBe(25);
  });

  it.each([
    ['a short callee', { callee: '123456' }],
    ['a long callee', { callee: '1234567890123456' }],
    ['a callee with a plus', { callee: '+447700900987' }],
    ['a numeric callee', { callee: 447700900987 }],
    ['a short displayNum', { displayNum: '123' }],
    ['a displayNum with letters', { displayNum: '44770090abc' }],
    ['an unknown account', { account: '99999999' }],
    ['no account', { account: undefined }],
    ['another appId', { appId: 'app-000000' }],
    ['calledInfo over 1000 characters', { calledInfo: 'x'.repeat(1001) }],
  ])('answers -22 for %s', async (_, fields) => {
    expect(await statusOf(sandbox, '/voice/sendSip', call(fields))).toBe('-22');
    expect(sandbox.state.calls).toHaveLength(0);
  });

  it('accepts calledInfo of exactly 1000 characters and ignores unknown fields', async () => {
    expect(await statusOf(sandbox, '/voice/sendSip', call({ calledInfo: 'x'.repeat(1000), somethingNew: true }))).toBe('0');
  });
});

describe('/voice/sipAdd then /voice/sipQuery', () => {
  it('creates a batch that the query then lists at the end, with page math', async () => {
    expect(await post(sandbox, '/voice/sipAdd', batch())).toEqual({ status: '0', reason: 'success', data: null });
    const first = await listPhones(1, 4);
    expect(first.status).toBe('0');
    expect(first.data).toMatchObject({ total: 11, size: 4, current: 1, pages: 3 });
    expect(first.data.records).toHaveLength(4);
    const last = await listPhones(3, 4);
    expect(last.data.records.map((phone: { phoneName: string }) => phone.phoneName)).toEqual(['night-1', 'night-2', 'night-3']);
    for (const phone of last.data.records) {
      expect(Object.keys(phone).sort()).toEqual(['account', 'displayNum', 'groupName', 'password', 'phoneName']);
      expect(phone).toMatchObject({ groupName: 'Night Shift', displayNum: '447700900123', account: expect.stringMatching(/^\d+$/), password: expect.any(String) });
    }
    const accounts = sandbox.state.phones.map((phone) => phone.account);
    expect(new Set(accounts).size).toBe(accounts.length);
    expect((await listPhones(4, 4)).data).toMatchObject({ total: 11, pages: 3, records: [] });
  });

  it('keeps a single phone’s name as sent', async () => {
    await post(sandbox, '/voice/sipAdd', batch({ quantity: 1, phoneName: 'lobby' }));
    expect(sandbox.state.phones.at(-1)?.phoneName).toBe('lobby');
  });

  it('answers -20 for a group or phone name already in use', async () => {
    expect(await statusOf(sandbox, '/voice/sipAdd', batch({ groupName: 'Front Office' }))).toBe('-20');
    expect(await statusOf(sandbox, '/voice/sipAdd', batch({ phoneName: 'desk' }))).toBe('-20');
    expect(await statusOf(sandbox, '/voice/sipAdd', batch({ phoneName: 'desk-2' }))).toBe('-20');
    expect(sandbox.state.phones).toHaveLength(8);
  });

  it('answers -23 when the batch would pass the phone limit', async () => {
    sandbox.state.limits.phones = 10;
    expect(await statusOf(sandbox, '/voice/sipAdd', batch({ quantity: 3 }))).toBe('-23');
    expect(await statusOf(sandbox, '/voice/sipAdd', batch({ quantity: 2 }))).toBe('0');
  });

  it.each([
    ['a 3-character groupName', { groupName: 'Eve' }],
    ['a 33-character phoneName', { phoneName: 'p'.repeat(33) }],
    ['a 3-character phoneName (the vendor sample)', { phoneName: 'sip' }],
    ['quantity 0', { quantity: 0 }],
    ['quantity 51', { quantity: 51 }],
    ['a fractional quantity', { quantity: 1.5 }],
    ['quantity as a string', { quantity: '3' }],
    ['a 14-digit displayNum', { displayNum: '12345678901234' }],
    ['a 6-digit displayNum', { displayNum: '123456' }],
    ['another appId', { appId: 'nope' }],
  ])('answers -22 for %s', async (_, fields) => {
    expect(await statusOf(sandbox, '/voice/sipAdd', batch(fields))).toBe('-22');
  });

  it.each([
    ['current 0', { current: 0, size: 10, params: { appId: 'app-7f3c21' } }],
    ['size 0', { current: 1, size: 0, params: { appId: 'app-7f3c21' } }],
    ['size 101', { current: 1, size: 101, params: { appId: 'app-7f3c21' } }],
    ['size as a string', { current: 1, size: '10', params: { appId: 'app-7f3c21' } }],
    ['no params', { current: 1, size: 10 }],
    ['another appId', { current: 1, size: 10, params: { appId: 'nope' } }],
  ])('sipQuery answers -22 for %s', async (_, body) => {
    expect(await statusOf(sandbox, '/voice/sipQuery', body)).toBe('-22');
  });
});

describe('a big account', () => {
  it('seeds 5 000 extra phones in a Bulk group, pages them and still allows a batch', async () => {
    const big = await startSandbox({ credentials: CREDENTIALS, seed: { extraPhones: 5000 }, logger: memoryLogger().log });
    try {
      const body = (current: number) => ({ current, size: 100, params: { appId: big.state.appId } });
      const first = await post(big, '/voice/sipQuery', body(1));
      expect(first.data).toMatchObject({ total: 5008, size: 100, current: 1, pages: 51 });
      const last = await post(big, '/voice/sipQuery', body(51));
      expect(last.data.records).toHaveLength(8);
      expect(last.data.records.at(-1)).toMatchObject({ groupName: 'Bulk', phoneName: 'bulk-5000' });
      expect(big.state.limits.phones).toBeGreaterThanOrEqual(5058);
      expect(await statusOf(big, '/voice/sipAdd', { groupName: 'Overflow', phoneName: 'overflow', quantity: 50, displayNum: '12025550143', appId: big.state.appId })).toBe('0');
    } finally {
      await big.close();
    }
  });
});
