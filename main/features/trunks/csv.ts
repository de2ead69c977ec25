import { TRUNK_TYPE_NAMES, type TrunkRecord } from '../../../contract/schemas/trunks';
import { toCsv, type CsvColumn } from '../../platform/files/csv';

/** "101 Reception (442079460958); 104 Support Tier 1" — plain ASCII, so any spreadsheet reads it. */
export const groupsText = (record: TrunkRecord): string =>
  record.groupList.map(({ groupId, groupName, number }) => `${groupId}${groupName ? ` ${groupName}` : ''}${number ? ` (${number})` : ''}`).join('; ');

const COLUMNS: CsvColumn<TrunkRecord>[] = [
  ['keyId', (record) => record.keyId],
  ['name', (record) => record.sipTrunkName],
  ['type', (record) => TRUNK_TYPE_NAMES[record.type]],
  ['state', (record) => (record.enabled ? 'enabled' : 'disabled')],
  ['gateway IP', (record) => record.sipGatewayIp],
  ['whitelist IP', (record) => record.sipWhiteIp],
  ['call-center IP', (record) => record.ccIp],
  ['prefix', (record) => record.sipPrefix],
  ['registration', (record) => (record.type === 1 ? (record.sipTrunkState ? 'on' : 'off') : '')],
  ['SIP account', (record) => record.sipAccount],
  ['agent groups', groupsText],
  ['created', (record) => record.createTime],
  ['updated', (record) => record.updateTime],
];

/** The trunk list as CSV. The records carry no SIP password, so none can reach the file. */
export function trunksCsv(records: readonly TrunkRecord[]): string {
  return toCsv(COLUMNS, records);
}
