import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CallListEntry, Disposition } from '../../../../contract/schemas/contacts';
import { i18n } from '../../i18n';
import { dateTime } from '../../ui/format';

const DISPOSITION_KEYS = {
  answered: 'answered',
  'no-answer': 'noAnswer',
  busy: 'busy',
  'call-back': 'callBack',
  'wrong-number': 'wrongNumber',
  'do-not-call': 'doNotCall',
} as const satisfies Record<Disposition, string>;

/** "No answer": a disposition in words, in the window's language. */
export const dispositionLabel = (kind: Disposition): string => i18n.t(`contacts:disposition.${DISPOSITION_KEYS[kind]}`);

/** "+44 20 7946 0958": an entry's digits (country code first) the way people write them; as digits when no plan reads them. */
export function writtenNumber(digits: string): string {
  return parsePhoneNumberFromString(`+${digits}`)?.formatInternational() ?? `+${digits}`;
}

/** What became of an entry, in words: "Call back at 2 Jul 2025, 14:30:00", "Skipped", "To call". */
export function entryState(entry: CallListEntry): string {
  const { disposition } = entry;
  if (!disposition) return i18n.t(entry.skipped ? 'contacts:state.skipped' : 'contacts:state.toCall');
  if (disposition.kind === 'call-back' && disposition.callBackAt) return i18n.t('contacts:state.callBackAt', { time: dateTime(disposition.callBackAt) });
  return dispositionLabel(disposition.kind);
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** An ISO time as a datetime-local input holds it: the operator's own clock, to the minute. */
export function localInputTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}T${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
}
