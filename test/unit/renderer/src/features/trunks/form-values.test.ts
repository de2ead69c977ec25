import { describe, expect, it } from 'vitest';
import { updateInputFrom } from '../../../../../../contract/schemas/trunks';
import { formValuesFrom, newGroupRow, updateInputOf } from '../../../../../../renderer/src/features/trunks/form-values';
import { incomingTrunk, outgoingTrunk } from '../../../../../support/fixtures/trunks';

const outgoing = outgoingTrunk();
const incoming = incomingTrunk({ groupList: [{ groupId: 104, groupName: 'Support Tier 1', number: '12025550188' }] });

describe('record → editor fields → update', () => {
  it.each([
    ['outgoing', outgoing],
    ['incoming', incoming],
  ])('an untouched %s editor sends the record back unchanged', (_, record) => {
    expect(updateInputOf(record, formValuesFrom(record))).toEqual(updateInputFrom(record));
  });

  it('shows agent group ids as typed text and sends them as numbers, a half-typed one as not a number', () => {
    const values = formValuesFrom(incoming);
    expect(values.groupList).toEqual([{ key: expect.any(String), voiceGroupId: '104', number: '12025550188' }]);
    values.groupList.push(newGroupRow(' 103 ', '13105550199'), newGroupRow('10x', ''));
    const groups = updateInputOf(incoming, values).groupList;
    expect(groups.slice(0, 2)).toEqual([
      { voiceGroupId: 104, number: '12025550188' },
      { voiceGroupId: 103, number: '13105550199' },
    ]);
    expect(groups[2]?.voiceGroupId).toBeNaN();
  });

  it('leaves out what the trunk type hides: numbers on outgoing, and the account and password with registration off', () => {
    const values = { ...formValuesFrom(outgoing), sipWhiteIp: '203.0.113.9', sipPassword: 'typed', sipTrunkState: false };
    values.groupList = [newGroupRow('101', '442079460958')];
    expect(updateInputOf(outgoing, values)).toMatchObject({ sipWhiteIp: '', sipAccount: '', sipPassword: '', groupList: [{ voiceGroupId: 101 }] });
    expect(updateInputOf(outgoing, { ...values, sipTrunkState: true })).toMatchObject({ sipAccount: 'lonout01', sipPassword: 'typed' });
  });
});
