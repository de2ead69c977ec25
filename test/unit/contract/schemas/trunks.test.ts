import { describe, expect, it } from 'vitest';
import {
  INCOMING,
  OUTGOING,
  sortTrunks,
  trunkEditIssues,
  trunkFilter,
  updateInputFrom,
  updateTrunkInput,
  type TrunkRecord,
  type UpdateTrunkInput,
} from '../../../../contract/schemas/trunks';
import { UNSAFE_TEXT_RULE } from '../../../../contract/text';
import { incomingTrunk, outgoingTrunk } from '../../../support/fixtures/trunks';

const outgoingRecord = outgoingTrunk();
const incomingRecord = incomingTrunk();

/**
 * The first issue per field, as the form shows them: the vendor's rules, then ours for the values
 * that differ from `current` (every value when there is none).
 */
function problems(input: UpdateTrunkInput, current?: TrunkRecord): Record<string, string> {
  const found: Record<string, string> = {};
  const parsed = updateTrunkInput.safeParse(input);
  for (const issue of parsed.error?.issues ?? []) found[issue.path.join('.')] ??= issue.message;
  for (const { field, rule } of trunkEditIssues(input, current)) found[field] ??= rule;
  return found;
}

const outgoing = (fields: Partial<UpdateTrunkInput> = {}): UpdateTrunkInput => ({ ...updateInputFrom(outgoingRecord), ...fields });
const incoming = (fields: Partial<UpdateTrunkInput> = {}): UpdateTrunkInput => ({ ...updateInputFrom(incomingRecord), ...fields });

describe('trunk edit rules by type and registration', () => {
  describe('outgoing, registration on', () => {
    it('accepts the gateway IP with the SIP account and an empty password (keeps the current one)', () => {
      expect(problems(outgoing())).toEqual({});
      expect(problems(outgoing({ sipPassword: 'N3w-secret' }))).toEqual({});
    });
    it('needs the SIP account', () => {
      expect(problems(outgoing({ sipAccount: '' }))).toEqual({ sipAccount: 'is required when registration is on' });
    });
    it('needs the gateway IP, one address of at most 50 characters', () => {
      expect(problems(outgoing({ sipGatewayIp: '' }))).toEqual({ sipGatewayIp: 'is required for an outgoing trunk' });
      expect(problems(outgoing({ sipGatewayIp: 'sip.example.com' })).sipGatewayIp).toMatch(/^must be one IP address/);
      expect(problems(outgoing({ sipGatewayIp: '198.51.100.10:5060' })).sipGatewayIp).toMatch(/no port/);
      expect(problems(outgoing({ sipGatewayIp: '198.51.100.300' })).sipGatewayIp).toMatch(/^must be one IP address/);
      expect(problems(outgoing({ sipGatewayIp: '0x7f.0.0.1' })).sipGatewayIp).toMatch(/^must be one IP address/);
      expect(problems(outgoing({ sipGatewayIp: 'fe80::1%eth0' })).sipGatewayIp).toMatch(/^must be one IP address/);
      expect(problems(outgoing({ sipGatewayIp: `2001:db8:${'0:'.repeat(24)}1` })).sipGatewayIp).toBe('must be at most 50 characters');
      expect(problems(outgoing({ sipGatewayIp: ' 2001:db8::15 ' }))).toEqual({});
    });
  });

  describe('outgoing, registration off', () => {
    it('needs neither account nor password', () => {
      expect(problems(outgoing({ sipTrunkState: false, sipAccount: '', sipPassword: '' }))).toEqual({});
    });
    it('still needs the gateway IP', () => {
      expect(problems(outgoing({ sipTrunkState: false, sipGatewayIp: '' }))).toEqual({ sipGatewayIp: 'is required for an outgoing trunk' });
    });
    it('takes no whitelist IP and no bound numbers', () => {
      expect(problems(outgoing({ sipTrunkState: false, sipWhiteIp: '203.0.113.9', groupList: [{ voiceGroupId: 101, number: '442079460958' }] }))).toEqual({
        sipWhiteIp: 'is for incoming trunks only; leave it empty',
        'groupList.0.number': 'is for incoming trunks only; leave it empty',
      });
    });
  });

  describe('incoming, registration off', () => {
    it('accepts the whitelist IP with a number for every agent group', () => {
      expect(problems(incoming())).toEqual({});
    });
    it('needs the whitelist IP, one address', () => {
      expect(problems(incoming({ sipWhiteIp: '' }))).toEqual({ sipWhiteIp: 'is required for an incoming trunk' });
      expect(problems(incoming({ sipWhiteIp: '203.0.113.50/24' })).sipWhiteIp).toMatch(/^must be one IP address/);
    });
    it('needs a number of digits for every agent group', () => {
      expect(problems(incoming({ groupList: [{ voiceGroupId: 104, number: '12025550188' }, { voiceGroupId: 105, number: '' }] }))).toEqual({
        'groupList.1.number': 'is required: every agent group of an incoming trunk needs its number',
      });
      expect(problems(incoming({ groupList: [{ voiceGroupId: 104, number: '+1 202 555 0188' }] }))).toEqual({
        'groupList.0.number': 'must be 1–50 digits (country code and number), nothing else',
      });
      expect(problems(incoming({ groupList: [{ voiceGroupId: 104, number: '1'.repeat(51) }] }))['groupList.0.number']).toBe('must be at most 50 characters');
    });
    it('takes no gateway IP', () => {
      expect(problems(incoming({ sipGatewayIp: '198.51.100.99' }))).toEqual({ sipGatewayIp: 'is for outgoing trunks only; leave it empty' });
    });
  });

  describe('incoming, registration on', () => {
    it('follows the incoming rules and takes no SIP account or password (only outgoing trunks register)', () => {
      expect(problems(incoming({ sipTrunkState: true }))).toEqual({});
      expect(problems(incoming({ sipTrunkState: true, sipAccount: 'acct', sipPassword: 'pw' }))).toEqual({
        sipAccount: 'is for outgoing trunks only; leave it empty',
        sipPassword: 'is for outgoing trunks only; leave it empty',
      });
      expect(problems(incoming({ sipTrunkState: true, sipWhiteIp: '' }))).toEqual({ sipWhiteIp: 'is required for an incoming trunk' });
    });
  });

  describe('every type', () => {
    it.each([OUTGOING, INCOMING])('type %i needs at least one agent group, each only once', (type) => {
      const base = type === OUTGOING ? outgoing() : incoming();
      expect(problems({ ...base, groupList: [] })).toEqual({ groupList: 'needs at least one agent group' });
      const number = type === INCOMING ? { number: '12025550188' } : {};
      expect(problems({ ...base, groupList: [{ voiceGroupId: 104, ...number }, { voiceGroupId: 104, ...number }] })).toEqual({
        'groupList.1.voiceGroupId': 'is already in the list: each agent group only once',
      });
    });
    it('needs a trunk name of 1–50 characters', () => {
      expect(problems(outgoing({ sipTrunkName: '   ' }))).toEqual({ sipTrunkName: 'is required' });
      expect(problems(outgoing({ sipTrunkName: 'n'.repeat(51) }))).toEqual({ sipTrunkName: 'must be at most 50 characters' });
    });
    it('says plainly when an agent group id is not a number', () => {
      expect(problems(outgoing({ groupList: [{ voiceGroupId: Number.NaN }] }))).toEqual({ 'groupList.0.voiceGroupId': 'must be an agent group id (a whole number)' });
    });
  });
});

describe('values read from ITNIO against our stricter rules', () => {
  // The vendor's own sample gateway: no IP address, yet a value ITNIO documents and may hold.
  const VENDOR_SAMPLE_GATEWAY = '12.325.353.2';
  const oddOutgoing = outgoingTrunk({ sipTrunkName: 'LON\u202eOut', sipPrefix: '9 1', sipGatewayIp: VENDOR_SAMPLE_GATEWAY, sipAccount: 'lon out' });
  const oddIncoming = incomingTrunk({ sipWhiteIp: VENDOR_SAMPLE_GATEWAY, groupList: [{ groupId: 104, groupName: 'Support Tier 1', number: '+1 202 555 0188' }] });

  it('lets every value the trunk has go back as it was, whatever our rules say of it', () => {
    expect(problems(updateInputFrom(oddOutgoing), oddOutgoing)).toEqual({});
    expect(problems(updateInputFrom(oddIncoming), oddIncoming)).toEqual({});
    expect(problems({ ...updateInputFrom(oddOutgoing), sipTrunkName: 'LON-Out-Main' }, oddOutgoing)).toEqual({});
  });

  it('holds every value to our rules when the trunk was not read', () => {
    expect(problems(updateInputFrom(oddOutgoing))).toEqual({
      sipTrunkName: UNSAFE_TEXT_RULE,
      sipPrefix: 'must not contain spaces',
      sipGatewayIp: expect.stringMatching(/^must be one IP address/),
      sipAccount: 'must not contain spaces',
    });
    expect(problems(updateInputFrom(oddIncoming))).toEqual({
      sipWhiteIp: expect.stringMatching(/^must be one IP address/),
      'groupList.0.number': 'must be 1–50 digits (country code and number), nothing else',
    });
  });

  it('holds a value that differs from the one read to our rules, the same sample included', () => {
    expect(problems(outgoing({ sipGatewayIp: VENDOR_SAMPLE_GATEWAY }), outgoingRecord).sipGatewayIp).toMatch(/^must be one IP address/);
    expect(problems({ ...updateInputFrom(oddOutgoing), sipPrefix: '9 2' }, oddOutgoing)).toEqual({ sipPrefix: 'must not contain spaces' });
  });

  it('compares a bound number with the one its agent group has now', () => {
    const moved = { ...updateInputFrom(oddIncoming), groupList: [{ voiceGroupId: 105, number: '+1 202 555 0188' }] };
    expect(problems(moved, oddIncoming)).toEqual({ 'groupList.0.number': 'must be 1–50 digits (country code and number), nothing else' });
  });

  it('still holds what ITNIO holds to the vendor’s own limits', () => {
    const long = outgoingTrunk({ sipGatewayIp: '1'.repeat(51) });
    expect(problems(updateInputFrom(long), long)).toEqual({ sipGatewayIp: 'must be at most 50 characters' });
  });

  it.each([
    ['sipTrunkName', 'LON\u001b[2J'],
    ['sipPrefix', '9\u2066'],
    ['sipAccount', 'lon\u0000out'],
  ] as const)('refuses control and direction characters typed into %s', (field, typed) => {
    expect(problems(outgoing({ [field]: typed }), outgoingRecord)).toEqual({ [field]: UNSAFE_TEXT_RULE });
  });

  it('refuses them in the name searched for', () => {
    expect(trunkFilter.safeParse({ sipTrunkName: 'lon\u001b' }).error?.issues[0]).toMatchObject({ path: ['sipTrunkName'], message: UNSAFE_TEXT_RULE });
  });
});

describe('record → edit', () => {
  it('maps the query’s groupId to voiceGroupId and keeps the password empty', () => {
    expect(updateInputFrom(outgoingRecord)).toEqual({
      keyId: 2001,
      type: OUTGOING,
      sipTrunkName: 'LON-Out-Primary',
      sipPrefix: '9',
      groupList: [{ voiceGroupId: 101 }],
      sipGatewayIp: '198.51.100.10',
      sipWhiteIp: '',
      sipTrunkState: true,
      sipAccount: 'lonout01',
      sipPassword: '',
    });
    expect(updateInputFrom(incomingRecord)).toEqual({
      keyId: 2008,
      type: INCOMING,
      sipTrunkName: 'NYC-In-Support',
      sipPrefix: '1',
      groupList: [
        { voiceGroupId: 104, number: '12025550188' },
        { voiceGroupId: 105, number: '12025550189' },
      ],
      sipGatewayIp: '',
      sipWhiteIp: '203.0.113.50',
      sipTrunkState: false,
      sipAccount: '',
      sipPassword: '',
    });
  });

  it('turns a trunk whose groups were unbound into an edit that asks for one', () => {
    expect(problems(updateInputFrom({ ...incomingRecord, groupList: [] }))).toEqual({ groupList: 'needs at least one agent group' });
  });
});

describe('sortTrunks', () => {
  const records = [
    { ...outgoingRecord, keyId: 1, sipTrunkName: 'beta', enabled: false, updateTime: '2025-01-02 00:00:00' },
    { ...incomingRecord, keyId: 2, sipTrunkName: 'Alpha', enabled: true, updateTime: '2025-03-01 00:00:00' },
    { ...outgoingRecord, keyId: 3, sipTrunkName: 'gamma', enabled: true, updateTime: '2024-12-31 23:59:59' },
  ];
  const ids = (sorted: TrunkRecord[]) => sorted.map((record) => record.keyId);
  it('sorts by name without regard to case, by update time, by type and state, ties in id order', () => {
    expect(ids(sortTrunks(records, { by: 'sipTrunkName', direction: 'asc' }))).toEqual([2, 1, 3]);
    expect(ids(sortTrunks(records, { by: 'updateTime', direction: 'desc' }))).toEqual([2, 1, 3]);
    expect(ids(sortTrunks(records, { by: 'type', direction: 'asc' }))).toEqual([1, 3, 2]);
    expect(ids(sortTrunks(records, { by: 'enabled', direction: 'desc' }))).toEqual([2, 3, 1]);
    expect(ids(sortTrunks(records, undefined))).toEqual([1, 2, 3]);
  });
});
