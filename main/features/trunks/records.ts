import type { TrunkRecord } from '../../../contract/schemas/trunks';
import type { TrunkRecord as VendorTrunk } from '../../platform/itnio';

const text = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));

/**
 * The vendor's trunk record as the renderer may see it: no SIP password (only whether there is
 * one), and the nulls the vendor sends for unset fields read as empty text.
 */
export function toTrunkRecord(vendor: VendorTrunk): TrunkRecord {
  return {
    keyId: Number(vendor.keyId),
    sipTrunkName: text(vendor.sipTrunkName),
    sipPrefix: text(vendor.sipPrefix),
    type: Number(vendor.type) === 2 ? 2 : 1,
    enabled: Number(vendor.state) === 1,
    sipGatewayIp: text(vendor.sipGatewayIp),
    sipWhiteIp: text(vendor.sipWhiteIp),
    ccIp: text(vendor.ccIp),
    sipAccount: text(vendor.sipAccount),
    hasSipPassword: text(vendor.sipPassword) !== '',
    sipTrunkState: vendor.sipTrunkState === true,
    createTime: text(vendor.createTime),
    updateTime: text(vendor.updateTime),
    groupList: (vendor.groupList ?? []).map((group) => ({ groupId: Number(group.groupId), groupName: text(group.groupName), number: text(group.number) })),
  };
}
