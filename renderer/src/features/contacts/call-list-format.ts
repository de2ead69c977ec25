import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CallListEntry, Disposition } from '../../../../contract/schemas/contacts';
import { dateTime } from '../../ui/format';

/** "1 entry", "12 entries". */
export const entryCount = (count: number): string => `${count} ${count === 1 ? 'entry' : 'entries'}`;

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  answered: 'Answered',
  'no-answer': 'No answer',
  busy: 'Busy',
  'call-back': 'Call back',
  'wrong-number': 'Wrong number',
  'do-not-call': 'Do not call',
};

/** "+44 20 7946 0958": an entry's digits (country code first) the way people write them; as digits when no plan reads them. */
export function writtenNumber(digits: string): string {
  return parsePhoneNumberFromString(`+${digits}`)?.formatInternational() ?? `+${digits}`;
}

/** What became of an entry, in words: "Call back at 2 Jul 2025, 14:30:00", "Skipped", "To call". */
export function entryState(entry: CallListEntry): string {
  const { disposition } = entry;
  if (!disposition) return entry.skipped ? 'Skipped' : 'To call';
  if (disposition.kind === 'call-back') return disposition.callBackAt ? `Call back at ${dateTime(disposition.callBackAt)}` : 'Call back';
  return DISPOSITION_LABELS[disposition.kind];
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** An ISO time as a datetime-local input holds it: the operator's own clock, to the minute. */
export function localInputTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}T${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
}
