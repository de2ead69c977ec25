import { currentLocale, i18n } from '../i18n';

/**
 * Every date, time and number the interface shows, written one way: in the window's language
 * (i18n/currentLocale) and the system's time zone, as Intl writes them there. `reader` names
 * another locale or zone; tests use it to pin both.
 */
export interface Reader {
  locale?: string;
  timeZone?: string;
}

const OPERATOR: Reader = {};

/** A moment: an ISO-8601 time with its zone, or milliseconds since the epoch. */
type Moment = string | number;

// A formatter is made per call: the system's zone may change while the app runs (a laptop
// that travels), and a cached formatter would keep the old one.
const written = (at: Moment, options: Intl.DateTimeFormatOptions, { locale, timeZone }: Reader): string =>
  new Intl.DateTimeFormat(locale ?? currentLocale(), { ...options, ...(timeZone ? { timeZone } : {}) }).format(new Date(at));

/** "10:05:09": the time of day of a moment, e.g. when a list was read from ITNIO. */
export const clockTime = (at: Moment, reader: Reader = OPERATOR): string => written(at, { timeStyle: 'medium' }, reader);

/** "1 Jul 2025, 10:05:09": the date and time of a moment, e.g. when a call was placed. */
export const dateTime = (at: Moment, reader: Reader = OPERATOR): string => written(at, { dateStyle: 'medium', timeStyle: 'medium' }, reader);

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "20 Jan 2026": a day with no time or zone ("yyyy-MM-dd", e.g. when a number is due), the same
 * day wherever the operator is; text that is not such a day is shown as it came.
 */
export function calendarDate(day: string, reader: Reader = OPERATOR): string {
  if (!day) return '—';
  const midnight = Date.parse(`${day}T00:00:00Z`);
  if (!CALENDAR_DAY.test(day) || Number.isNaN(midnight)) return day;
  return written(midnight, { dateStyle: 'medium' }, { ...reader, timeZone: 'UTC' });
}

/**
 * ITNIO's call-centre times ("yyyy-MM-dd HH:mm:ss", e.g. a trunk's update time) carry no zone;
 * they are ITNIO's own clock, UTC+8 (the vendor's pages presume it; a trunk saved at 05:22 in
 * London reads 13:22). The same offset is the one its voice records spell out.
 */
const VENDOR_OFFSET = '+08:00';
const VENDOR_OFFSET_MS = 8 * 3_600_000;
const VENDOR_ZONE = 'UTC+8';
const VENDOR_LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/;
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A time ITNIO wrote, shown in the operator's zone; one that cannot be read is shown as ITNIO
 * wrote it, with ITNIO's zone said unless it is the operator's own.
 */
export function vendorTime(text: string, reader: Reader = OPERATOR): string {
  if (!text) return '—';
  const local = VENDOR_LOCAL_TIME.exec(text);
  const moment = local ? Date.parse(`${local[1]}T${local[2]}${VENDOR_OFFSET}`) : ZONED_TIME.test(text) ? Date.parse(text) : Number.NaN;
  // Date.parse rolls 25:61 over into the next day; a time that does not read back the same is not one.
  if (!Number.isNaN(moment) && (!local || sameLocalTime(moment, local[1]!, local[2]!))) return dateTime(moment, reader);
  return offsetMs(Date.now(), reader) === VENDOR_OFFSET_MS ? text : i18n.t('itnioTime', { time: text, zone: VENDOR_ZONE });
}

function sameLocalTime(moment: number, day: string, time: string): boolean {
  return new Date(moment + VENDOR_OFFSET_MS).toISOString().slice(0, 19) === `${day}T${time}`;
}

/** How far the reader's zone is ahead of UTC at `at`. */
function offsetMs(at: number, { timeZone }: Reader): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'longOffset', ...(timeZone ? { timeZone } : {}) }).formatToParts(at);
  const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.find((part) => part.type === 'timeZoneName')?.value ?? '');
  return offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 3_600_000 + Number(offset[3]) * 60_000) : 0;
}

/** "1,234.5": a number in the window's locale, with at most `fraction` decimals. */
export const numeral = (value: number, fraction = 0, { locale }: Reader = OPERATOR): string =>
  new Intl.NumberFormat(locale ?? currentLocale(), { maximumFractionDigits: fraction }).format(value);

/**
 * "1,234.50": an amount of the account's money (ITNIO does not say its currency with every
 * figure), two decimals, or four for a fraction of a cent.
 */
export function amount(value: number, { locale }: Reader = OPERATOR): string {
  const digits = value !== 0 && Math.abs(value) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat(locale ?? currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** "1 phone", "3 phones": a count with its noun (one that takes an s). */
export const countOf = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "just now", "12 min ago", "3 h ago", "2 days ago": how old something read at `iso` is. */
export function ageOf(iso: string, now: number = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (!(minutes >= 1)) return i18n.t('age.justNow');
  if (minutes < 60) return i18n.t('age.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return i18n.t('age.hours', { count: hours });
  return i18n.t('age.days', { count: Math.floor(hours / 24) });
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * "United Kingdom", "英国": a country (ISO region code) named in the window's language; the code
 * where the system knows no name. The contract's `countryName` is English, for the CLI.
 */
export function countryName(code: string, { locale = currentLocale() }: Reader = OPERATOR): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
