import { describe, expect, it } from 'vitest';
import { updateInputFrom, updateTrunkInput } from '../../../../../contract/schemas/trunks';
import type { TrunkRecord as VendorTrunk } from '../../../../../main/platform/itnio';
import { toTrunkRecord } from '../../../../../main/features/trunks/records';
import { toUpdateRequest } from '../../../../../main/features/trunks/update-request';

// As the vendor lists them: nulls for unset fields, groupId where update takes voiceGroupId.
const vendorOutgoing = {
  keyId: 2001,
  sipTrunkName: 'LON-Out-Primary',
  sipPrefix: null,
  type: 1,
  state: 1,
  sipGatewayIp: '198.51.100.10',
  sipWhiteIp: null,
  ccIp: '192.0.2.80',
  sipAccount: 'lonout01',
  sipPassword: 'Kp3vZ8qLm2Rt',
  sipTrunkState: true,
  createTime: '2025-02-11 09:14:05',
  updateTime: '2025-04-02 16:40:12',
  groupList: [{ groupId: 101, groupName: 'Reception', number: null }],
} as unknown as VendorTrunk;
const vendorIncoming = {
  ...vendorOutgoing,
  keyId: 2008,
  sipTrunkName: 'NYC-In-Support',
  sipPrefix: '1',
  type: 2,
  state: 0,
  sipGatewayIp: null,
  sipWhiteIp: '203.0.113.50',
  sipAccount: null,
  sipPassword: null,
  sipTrunkState: false,
  groupList: [
    { groupId: 104, groupName: 'Support Tier 1', number: '12025550188' },
    { groupId: 105, groupName: null, number: '12025550189' },
  ],
} as unknown as VendorTrunk;

/** Record → edit → the checked input main's router hands the service → the vendor's body. */
const roundTrip = (vendor: VendorTrunk, currentPassword?: string) => toUpdateRequest(updateTrunkInput.parse(updateInputFrom(toTrunkRecord(vendor))), currentPassword);

describe('vendor record → list record', () => {
  it('drops the SIP password, keeping only whether there is one, and reads nulls as empty text', () => {
    const record = toTrunkRecord(vendorOutgoing);
    expect(record).not.toHaveProperty('sipPassword');
    expect(record).toMatchObject({ hasSipPassword: true, sipPrefix: '', sipWhiteIp: '', enabled: true, groupList: [{ groupId: 101, groupName: 'Reception', number: '' }] });
    expect(toTrunkRecord(vendorIncoming)).toMatchObject({ hasSipPassword: false, sipGatewayIp: '', sipAccount: '', enabled: false, type: 2 });
    expect(toTrunkRecord(vendorIncoming).groupList[1]).toEqual({ groupId: 105, groupName: '', number: '12025550189' });
  });
});

describe('list record → edit → vendor request', () => {
  it('writes an unchanged outgoing trunk back with voiceGroupId, and the current password for registration', () => {
    expect(roundTrip(vendorOutgoing, 'Kp3vZ8qLm2Rt')).toEqual({
      ok: true,
      value: {
        keyId: 2001,
        sipTrunkName: 'LON-Out-Primary',
        sipPrefix: '',
        groupList: [{ voiceGroupId: 101 }],
        sipGatewayIp: '198.51.100.10',
        sipTrunkState: true,
        sipAccount: 'lonout01',
        sipPassword: 'Kp3vZ8qLm2Rt',
      },
    });
  });

  it('writes an unchanged incoming trunk back with its numbers and whitelist IP only', () => {
    expect(roundTrip(vendorIncoming)).toEqual({
      ok: true,
      value: {
        keyId: 2008,
        sipTrunkName: 'NYC-In-Support',
        sipPrefix: '1',
        groupList: [
          { voiceGroupId: 104, number: '12025550188' },
          { voiceGroupId: 105, number: '12025550189' },
        ],
        sipWhiteIp: '203.0.113.50',
        sipTrunkState: false,
      },
    });
  });

  it('prefers a typed password, and sends none while registration is off', () => {
    const edit = { ...updateInputFrom(toTrunkRecord(vendorOutgoing)), sipPassword: 'Typed-N3w' };
    expect(toUpdateRequest(updateTrunkInput.parse(edit), 'Kp3vZ8qLm2Rt')).toMatchObject({ ok: true, value: { sipPassword: 'Typed-N3w' } });
    const off = toUpdateRequest(updateTrunkInput.parse({ ...edit, sipTrunkState: false }));
    expect(off.ok && off.value).not.toHaveProperty('sipPassword');
    expect(off.ok && off.value).not.toHaveProperty('sipAccount');
  });

  it('refuses registration without any password to send', () => {
    expect(roundTrip(vendorOutgoing)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'sipPassword' } });
  });
});
