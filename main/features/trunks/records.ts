import type { TrunkRecord } from '../../../contract/schemas/trunks';
import { neutralise } from '../../../contract/text';
import type { TrunkRecord as VendorTrunk } from '../../platform/itnio';

/** Null as empty text; control and direction characters as visible stand-ins (the client keeps them as read, for edits). */
const text = (value: string | null): string => neutralise(value ?? '');

/**
 * The vendor's trunk record as the renderer may see it: no SIP password (only whether there is
 * one), and the nulls the vendor sends for unset fields read as empty text.
 */
export function toTrunkRecord(vendor: VendorTrunk): TrunkRecord {
  return {
    keyId: vendor.keyId,
    sipTrunkName: text(vendor.sipTrunkName),
    sipPrefix: text(vendor.sipPrefix),
    type: vendor.type,
    enabled: vendor.state === 1,
    sipGatewayIp: text(vendor.sipGatewayIp),
    sipWhiteIp: text(vendor.sipWhiteIp),
    ccIp: text(vendor.ccIp),
    sipAccount: text(vendor.sipAccount),
    hasSipPassword: text(vendor.sipPassword) !== '',
    sipTrunkState: vendor.sipTrunkState,
    createTime: text(vendor.createTime),
    updateTime: text(vendor.updateTime),
    groupList: vendor.groupList.map((group) => ({ groupId: group.groupId, groupName: text(group.groupName), number: text(group.number) })),
  };
}
