import type { TrunkRecord } from '../../../contract/schemas/trunks';
import { shown, type TrunkRecord as VendorTrunk } from '../../platform/itnio';

/**
 * The vendor's trunk record as the renderer may see it: no SIP password (only whether there is
 * one), the nulls the vendor sends for unset fields read as empty text, and characters that would
 * act shown as stand-ins (main keeps them as read, to send back unchanged).
 */
export function toTrunkRecord(vendor: VendorTrunk): TrunkRecord {
  return {
    keyId: vendor.keyId,
    sipTrunkName: shown(vendor.sipTrunkName),
    sipPrefix: shown(vendor.sipPrefix),
    type: vendor.type,
    enabled: vendor.state === 1,
    sipGatewayIp: shown(vendor.sipGatewayIp),
    sipWhiteIp: shown(vendor.sipWhiteIp),
    ccIp: shown(vendor.ccIp),
    sipAccount: shown(vendor.sipAccount),
    hasSipPassword: shown(vendor.sipPassword) !== '',
    sipTrunkState: vendor.sipTrunkState,
    createTime: shown(vendor.createTime),
    updateTime: shown(vendor.updateTime),
    groupList: vendor.groupList.map((group) => ({ groupId: group.groupId, groupName: shown(group.groupName), number: shown(group.number) })),
  };
}
