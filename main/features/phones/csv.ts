import { toCsv, type CsvColumn } from '../../platform/files/csv';
import type { PhoneRecord } from '../../platform/itnio';

type SheetRow = Pick<PhoneRecord, 'account' | 'password' | 'displayNum' | 'groupName'>;

/** The columns of a provisioning sheet, named as the vendor names the fields. */
const COLUMNS: CsvColumn<SheetRow>[] = [
  ['account', (phone) => phone.account],
  ['password', (phone) => phone.password],
  ['displayNum', (phone) => phone.displayNum],
  ['groupName', (phone) => phone.groupName],
];

/** A provisioning sheet: one row per phone with its SIP password, for setting up handsets. */
export function phonesCsv(phones: readonly SheetRow[]): string {
  return toCsv(COLUMNS, phones);
}

/** `phones-front-office-2025-06-02.csv`: the group (or "all") and the day, safe on every file system. */
export function csvFileName(groupName: string | undefined, day: Date): string {
  const slug =
    (groupName ?? 'all')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '')
      .toLowerCase() || 'group';
  return `phones-${slug}-${day.toISOString().slice(0, 10)}.csv`;
}
