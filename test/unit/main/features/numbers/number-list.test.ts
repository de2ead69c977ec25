/** numbers.list and trunks.agentGroups: every page of the account's numbers and agent groups. */
import { describe, expect, it } from 'vitest';
import { expiresSoon, type ListedNumber } from '../../../../../contract/schemas/numbers';
import { numberRecord } from '../../../../../main/platform/itnio/vendor/numbers';
import { toListedNumber } from '../../../../../main/features/numbers/number-list';
import { useTestApp } from '../../../../support/app';

const app = useTestApp();

const requestsTo = (path: string) => app.sandbox.requests.filter((request) => request.path === path);

describe('numbers.list', () => {
  it("lists the account's numbers with their state, expiry and voicemail read as on/off", async () => {
    const list = await app.value('numbers.list');
    expect(list).toMatchObject({ profileId: 'sandbox', fetchedAt: expect.any(String) });
    expect(list.numbers.map((number) => number.number)).toEqual(['447700900123', '442079460958', '12025550143', '13105550117', '493023125042']);
    expect(list.numbers[0]).toEqual<ListedNumber>({
      number: '447700900123',
      ccode: '44',
      country: 'United Kingdom',
      type: 'MOBILE',
      state: 'in use',
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      inboundPrefix: '',
      outIp: '198.51.100.10,198.51.100.11',
      inIp: '203.0.113.20:5060',
      remark: 'Reception main line',
      appId: app.sandbox.state.appId,
      enableVoicemail: true,
      voicemailFileName: 'reception-greeting.mp3',
      voicemailMaxHangup: 60,
    });
    expect(list.numbers[1]).toMatchObject({ enableVoicemail: false, voicemailFileName: '', voicemailMaxHangup: null });
    expect(list.numbers.filter((number) => expiresSoon(number, new Date())).map((number) => number.number)).toEqual(['13105550117']);
  });

  it('reads every page, a hundred numbers at a time', async () => {
    const template = app.sandbox.state.numbers[1]!;
    for (let index = 0; index < 245; index++) app.sandbox.state.numbers.push({ ...template, number: `4420794610${String(index).padStart(3, '0')}`, numberState: 4 });
    const list = await app.value('numbers.list');
    expect(list.numbers).toHaveLength(250);
    expect(list.numbers.at(-1)).toMatchObject({ number: '4420794610244', state: 'expired' });
    expect(requestsTo('/number/queryPage').map((request) => request.body)).toEqual(
      expect.arrayContaining([1, 2, 3].map((current) => ({ current, size: 100, params: {} }))),
    );
  });

  it('passes a vendor failure on', async () => {
    app.sandbox.faults.inject({ kind: 'status', code: '-18', path: '/number/queryPage', times: 1 });
    expect(await app.failure('numbers.list')).toMatchObject({ kind: 'vendor', code: '-18' });
  });

  it("reads the vendor's nulls as empty and a voicemail sent as the string \"1\" as on", () => {
    const record = { number: '12025550143', ccode: '1', country: 'United States', type: 'FIXED', state: 5, dueDate: null, enableVoicemail: '1', voicemailMaxHangup: '99' };
    expect(toListedNumber(numberRecord.parse(record))).toMatchObject({
      state: 'disabled',
      dueDate: '',
      outIp: '',
      remark: '',
      appId: '',
      enableVoicemail: true,
      voicemailMaxHangup: 99,
    });
    expect(toListedNumber(numberRecord.parse({ ...record, state: 9 }))).toMatchObject({ state: 'unknown' });
    // Not a number in either documented form: the answer is not read at all.
    expect(numberRecord.safeParse({ ...record, voicemailMaxHangup: 'x' }).success).toBe(false);
  });
});

describe('trunks.agentGroups', () => {
  it('lists the agent groups themselves with /v3/cc/seatGroup/query, by id', async () => {
    app.sandbox.state.agentGroups.push({ voiceGroupId: 99, groupName: 'Night desk' });
    const groups = await app.value('trunks.agentGroups');
    expect(groups).toEqual([
      { voiceGroupId: 99, groupName: 'Night desk' },
      { voiceGroupId: 101, groupName: 'Reception' },
      { voiceGroupId: 102, groupName: 'Sales EMEA' },
      { voiceGroupId: 103, groupName: 'Sales Americas' },
      { voiceGroupId: 104, groupName: 'Support Tier 1' },
      { voiceGroupId: 105, groupName: 'Support Tier 2' },
      { voiceGroupId: 106, groupName: 'Collections' },
    ]);
    expect(requestsTo('/v3/cc/seatGroup/query')).toHaveLength(1);
    expect(requestsTo('/v3/cc/sipTrunk/query')).toHaveLength(0);
  });

  it('reads every page', async () => {
    for (let id = 1000; id < 1150; id++) app.sandbox.state.agentGroups.push({ voiceGroupId: id, groupName: `Group ${id}` });
    expect(await app.value('trunks.agentGroups')).toHaveLength(156);
    expect(requestsTo('/v3/cc/seatGroup/query')).toHaveLength(2);
  });
});
