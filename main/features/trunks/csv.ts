import { stringify } from 'csv-stringify/sync';
import { TRUNK_TYPE_NAMES, type TrunkRecord } from '../../../contract/schemas/trunks';

const COLUMNS = [
  'keyId',
  'name',
  'type',
  'state',
  'gateway IP',
  'whitelist IP',
  'call-center IP',
  'prefix',
  'registration',
  'SIP account',
  'agent groups',
  'created',
  'updated',
];

/** "101 Reception (442079460958); 104 Support Tier 1" — plain ASCII, so any spreadsheet reads it. */
export const groupsText = (record: TrunkRecord): string =>
  record.groupList.map(({ groupId, groupName, number }) => `${groupId}${groupName ? ` ${groupName}` : ''}${number ? ` (${number})` : ''}`).join('; ');

/**
 * A spreadsheet opens "=…", "+…", "-…" and "@…" cells as formulas; names come from the vendor's
 * console, so such cells get a leading apostrophe and stay text.
 */
const inert = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The trunk list as CSV. The records carry no SIP password, so none can reach the file. */
export function trunksCsv(records: readonly TrunkRecord[]): string {
  const rows = records.map((record) => [
    String(record.keyId),
    record.sipTrunkName,
    TRUNK_TYPE_NAMES[record.type],
    record.enabled ? 'enabled' : 'disabled',
    record.sipGatewayIp,
    record.sipWhiteIp,
    record.ccIp,
    record.sipPrefix,
    record.type === 1 ? (record.sipTrunkState ? 'on' : 'off') : '',
    record.sipAccount,
    groupsText(record),
    record.createTime,
    record.updateTime,
  ]);
  return stringify([COLUMNS, ...rows.map((row) => row.map(inert))]);
}
