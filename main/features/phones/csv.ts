import { stringify } from 'csv-stringify/sync';
import type { PhoneRecord } from '../../platform/itnio';

/** The columns of a provisioning sheet, named as the vendor names the fields. */
export const CSV_COLUMNS = ['account', 'password', 'displayNum', 'groupName'] as const;

/** A provisioning sheet: one row per phone with its SIP password, for setting up handsets. */
export function phonesCsv(phones: readonly Pick<PhoneRecord, (typeof CSV_COLUMNS)[number]>[]): string {
  return stringify(
    phones.map((phone) => CSV_COLUMNS.map((column) => phone[column])),
    { header: true, columns: [...CSV_COLUMNS] },
  );
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
