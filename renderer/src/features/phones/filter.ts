import type { PhoneSummary } from '../../../../contract/schemas/phones';

/** Phones whose account, name or group contains `text` (any case), in one group or all. */
export function filterPhones(phones: readonly PhoneSummary[], text: string, group: string | null): PhoneSummary[] {
  const needle = text.trim().toLowerCase();
  return phones.filter(
    (phone) =>
      (group === null || phone.groupName === group) &&
      (needle === '' || phone.account.toLowerCase().includes(needle) || phone.phoneName.toLowerCase().includes(needle) || phone.groupName.toLowerCase().includes(needle)),
  );
}

export const groupsOf = (phones: readonly PhoneSummary[]): string[] => [...new Set(phones.map((phone) => phone.groupName))].sort((a, b) => a.localeCompare(b));
