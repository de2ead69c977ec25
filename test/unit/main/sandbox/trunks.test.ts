import { describe, expect, it } from 'vitest';
import { useAccount } from '../../../support/account';
import { KEY, post, SECRET, statusOf } from './client';

const sandbox = useAccount({ apiKey: KEY, apiSecret: SECRET });

interface TrunkRecord {
  keyId: number;
  sipTrunkName: string;
  type: number;
  updateTime: string;
  createTime: string;
  groupList: { groupId: number; groupName: string; number: string | null }[];
}

const list = (params: Record<string, unknown> = {}, current = 1, size = 20) => post(sandbox, '/v3/cc/sipTrunk/query', { current, size, params });
const find = async (keyId: number): Promise<TrunkRecord> => (await list({}, 1, 100)).data.records.find((record: TrunkRecord) => record.keyId === keyId);
const update = (body: Record<string, unknown>) => statusOf(sandbox, '/v3/cc/sipTrunk/update', body);

// Seed: outgoing 2001–2005 bound to groups 101–105 (106 free); incoming 2006–2010 bound to
// 101, 102, 104+105, 106 (103 free), 2010 with no group yet.
const outgoing = (fields: Record<string, unknown> = {}) => ({
  keyId: 2004,
  sipTrunkName: 'FRA-Out-Primary',
  groupList: [{ voiceGroupId: 104 }],
  sipGatewayIp: '198.51.100.30',
  sipTrunkState: false,
  ...fields,
});
const incoming = (fields: Record<string, unknown> = {}) => ({
  keyId: 2008,
  sipTrunkName: 'NYC-In-Support',
  groupList: [{ voiceGroupId: 104, number: '12025550188' }],
  sipWhiteIp: '203.0.113.50',
  sipTrunkState: false,
  ...fields,
});

describe('/v3/cc/sipTrunk/query', () => {
  it('lists every trunk with exactly the vendor’s fields and a numeric status', async () => {
    const answer = await list();
    expect(answer.status).toBe(0);
    expect(answer.data).toMatchObject({ total: 10, size: 20, current: 1, pages: 1, searchCount: true });
    expect(Object.keys(answer.data)).toEqual(['total', 'size', 'current', 'pages', 'searchCount', 'records']);
    const [first] = answer.data.records;
    expect(Object.keys(first).sort()).toEqual(
      ['keyId', 'sipTrunkName', 'sipPrefix', 'type', 'state', 'sipGatewayIp', 'sipWhiteIp', 'ccIp', 'sipAccount', 'sipPassword', 'sipTrunkState', 'createTime', 'updateTime', 'groupList'].sort(),
    );
    expect(first).toMatchObject({ keyId: 2001, type: 1, state: 1, sipGatewayIp: '198.51.100.10', sipWhiteIp: null, sipTrunkState: true, sipAccount: 'lonout01' });
    expect(first.groupList).toEqual([{ groupId: 101, groupName: 'Reception', number: null }]);
    for (const record of answer.data.records as TrunkRecord[]) {
      expect(record.createTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(record.updateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
    expect((await find(2008)).groupList).toEqual([
      { groupId: 104, groupName: 'Support Tier 1', number: '12025550188' },
      { groupId: 105, groupName: 'Support Tier 2', number: '12025550189' },
    ]);
  });

  it('filters by type and by a case-insensitive part of the name', async () => {
    const keyIds = async (params: Record<string, unknown>) => (await list(params)).data.records.map((record: TrunkRecord) => record.keyId);
    expect(await keyIds({ type: 1 })).toEqual([2001, 2002, 2003, 2004, 2005]);
    expect(await keyIds({ type: 2 })).toEqual([2006, 2007, 2008, 2009, 2010]);
    expect(await keyIds({ sipTrunkName: 'lon' })).toEqual([2001, 2002, 2006, 2007]);
    expect(await keyIds({ type: 2, sipTrunkName: 'LON' })).toEqual([2006, 2007]);
    expect(await keyIds({ sipTrunkName: 'nothing like it' })).toEqual([]);
  });

  it('pages', async () => {
    const page = await list({}, 4, 3);
    expect(page.data).toMatchObject({ total: 10, size: 3, current: 4, pages: 4 });
    expect(page.data.records.map((record: TrunkRecord) => record.keyId)).toEqual([2010]);
  });

  it.each([
    ['no params', { current: 1, size: 10 }],
    ['type 3', { current: 1, size: 10, params: { type: 3 } }],
    ['type as a string', { current: 1, size: 10, params: { type: '1' } }],
    ['a numeric name', { current: 1, size: 10, params: { sipTrunkName: 12 } }],
    ['size 101', { current: 1, size: 101, params: {} }],
    ['current 0', { current: 0, size: 10, params: {} }],
  ])('answers -22 for %s', async (_, body) => {
    const answer = await post(sandbox, '/v3/cc/sipTrunk/query', body);
    expect(answer.status).toBe(-22);
  });
});

describe('/v3/cc/sipTrunk/update', () => {
  it('updates an outgoing trunk, which the query then shows', async () => {
    const before = await find(2004);
    const answer = await post(
      sandbox,
      '/v3/cc/sipTrunk/update',
      outgoing({
        sipTrunkName: 'FRA-Out-Main',
        sipPrefix: '0033',
        groupList: [{ voiceGroupId: 104 }, { voiceGroupId: 106 }],
        sipGatewayIp: '198.51.100.31',
        sipTrunkState: true,
        sipAccount: 'fraout01',
        sipPassword: 'Registr4tion',
      }),
    );
    expect(answer).toEqual({ status: '0', reason: 'success', data: null });
    const after = await find(2004);
    expect(after).toMatchObject({
      sipTrunkName: 'FRA-Out-Main',
      sipPrefix: '0033',
      type: 1,
      sipGatewayIp: '198.51.100.31',
      sipTrunkState: true,
      sipAccount: 'fraout01',
      sipPassword: 'Registr4tion',
      createTime: before.createTime,
    });
    expect(after.groupList).toEqual([
      { groupId: 104, groupName: 'Support Tier 1', number: null },
      { groupId: 106, groupName: 'Collections', number: null },
    ]);
    expect(after.updateTime).not.toBe(before.updateTime);
    expect(after.updateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('updates an incoming trunk; a group bound to an outgoing trunk may also take an incoming one', async () => {
    const body = incoming({ keyId: 2010, sipTrunkName: 'Lab-In-Test', groupList: [{ voiceGroupId: 103, number: '13105550199' }], sipWhiteIp: '2001:db8::41' });
    expect(await update(body)).toBe('0');
    expect(await find(2010)).toMatchObject({ type: 2, sipWhiteIp: '2001:db8::41', groupList: [{ groupId: 103, groupName: 'Sales Americas', number: '13105550199' }] });
  });

  it('writes its own unchanged values back without tripping the "already bound" rules', async () => {
    expect(await update(outgoing())).toBe('0');
    expect(await update(incoming({ groupList: [{ voiceGroupId: 104, number: '12025550188' }, { voiceGroupId: 105, number: '12025550189' }] }))).toBe('0');
  });

  it.each([
    ['-56', 'no keyId', outgoing({ keyId: undefined })],
    ['-56', 'a null keyId', outgoing({ keyId: null })],
    ['-22', 'keyId as a string', outgoing({ keyId: '2004' })],
    ['-22', 'an unknown keyId', outgoing({ keyId: 9999 })],
    ['-45', 'no name', outgoing({ sipTrunkName: undefined })],
    ['-45', 'an empty name', outgoing({ sipTrunkName: '' })],
    ['-45', 'a blank name', outgoing({ sipTrunkName: '   ' })],
    ['-45', 'a 51-character name', outgoing({ sipTrunkName: 'n'.repeat(51) })],
    ['-22', 'a numeric name', outgoing({ sipTrunkName: 2004 })],
    ['-47', 'another trunk’s name', outgoing({ sipTrunkName: 'LON-In-Sales' })],
    ['-48', 'an empty group list', outgoing({ groupList: [] })],
    ['-48', 'no group list', outgoing({ groupList: undefined })],
    ['-22', 'a group list that is not an array', outgoing({ groupList: { voiceGroupId: 104 } })],
    ['-22', 'an unknown agent group', outgoing({ groupList: [{ voiceGroupId: 999 }] })],
    ['-22', 'a voiceGroupId as a string', outgoing({ groupList: [{ voiceGroupId: '104' }] })],
    ['-51', 'a repeated agent group', outgoing({ groupList: [{ voiceGroupId: 104 }, { voiceGroupId: 104 }] })],
    ['-52', 'a group bound to another outgoing trunk', outgoing({ groupList: [{ voiceGroupId: 101 }] })],
    ['-44', 'a whitelist IP on an outgoing trunk', outgoing({ sipWhiteIp: '203.0.113.99' })],
    ['-44', 'a bound number on an outgoing trunk', outgoing({ groupList: [{ voiceGroupId: 104, number: '12025550100' }] })],
    ['-22', 'no registration flag', outgoing({ sipTrunkState: undefined })],
    ['-22', 'a registration flag as a string', outgoing({ sipTrunkState: 'true' })],
    ['-49', 'no gateway IP', outgoing({ sipGatewayIp: undefined })],
    ['-49', 'an empty gateway IP', outgoing({ sipGatewayIp: '' })],
    ['-50', 'a gateway host name', outgoing({ sipGatewayIp: 'sip.example.com' })],
    ['-50', 'a gateway IP that is not one', outgoing({ sipGatewayIp: '198.51.100.300' })],
    ['-53', 'another trunk’s gateway IP', outgoing({ sipGatewayIp: '198.51.100.10' })],
    ['-22', 'registration on without an account', outgoing({ sipTrunkState: true, sipPassword: 'secret' })],
    ['-22', 'registration on without a password', outgoing({ sipTrunkState: true, sipAccount: 'fraout01' })],
    ['-44', 'a gateway IP on an incoming trunk', incoming({ sipGatewayIp: '198.51.100.99' })],
    ['-52', 'a group bound to another incoming trunk', incoming({ groupList: [{ voiceGroupId: 101, number: '12025550177' }] })],
    ['-54', 'no whitelist IP', incoming({ sipWhiteIp: undefined })],
    ['-55', 'a whitelist IP that is not one', incoming({ sipWhiteIp: 'not-an-ip' })],
    ['-55', 'a whitelist IP with a port', incoming({ sipWhiteIp: '203.0.113.50:5060' })],
    ['-60', 'another incoming trunk’s whitelist IP', incoming({ sipWhiteIp: '203.0.113.40' })],
    ['-57', 'a group without a number', incoming({ groupList: [{ voiceGroupId: 104 }] })],
    ['-58', 'a number over 50 characters', incoming({ groupList: [{ voiceGroupId: 104, number: `1${'0'.repeat(50)}` }] })],
    ['-59', 'a number another incoming trunk routes', incoming({ groupList: [{ voiceGroupId: 104, number: '442079460958' }] })],
    ['-61', 'a number without a country route', incoming({ groupList: [{ voiceGroupId: 104, number: '99912345678' }] })],
  ])('answers %s for %s', async (code, _, body) => {
    const before = JSON.stringify(sandbox.state.trunks);
    expect(await update(body)).toBe(code);
    expect(JSON.stringify(sandbox.state.trunks)).toBe(before);
  });
});
