/**
 * Turns a number as people write it (`+44 20 7946 0958`, `0044-20…`, `(020) 7946 0958` dialled
 * from the UK) into the vendor's form: country code first, digits only, 7–15 digits. Shared by the
 * dialer's live preview and main's input schema, so both always agree on what will be dialled.
 * The min metadata keeps the bundle small; it still knows every country's dialling plan.
 */
import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parseIncompletePhoneNumber,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/min';
import { hasUnsafeChars, UNSAFE_TEXT_RULE } from '../text';

const CALLEE_MIN_DIGITS = 7;
const CALLEE_MAX_DIGITS = 15;

export interface Callee {
  /** What would be sent as `callee`: digits only, country code first. */
  digits: string;
  /** The country the number belongs to, when its country code is known (ISO 3166 alpha-2). */
  country?: string;
  /** True when the number is a valid one for `country` by its numbering plan. */
  valid: boolean;
  /** Why the vendor would refuse it (the rule, worded for the operator); the call is blocked. */
  problem?: string;
}

// Separators people paste from e-mail, web pages and spreadsheets, including Unicode dashes and
// non-breaking spaces; any script's decimal digits are read as digits.
const WRITTEN_NUMBER = /^\+?[\p{Nd}\s\-\u2010-\u2015.()/]*$/u;

export function normaliseCallee(text: string, defaultCountry?: string): Callee {
  // Refused before trimming and parsing, which would otherwise drop some of them unseen.
  if (hasUnsafeChars(text)) return { digits: '', valid: false, problem: UNSAFE_TEXT_RULE };
  // "+44 (0)20 …": the bracketed trunk prefix is dropped when dialling from abroad.
  const written = text.trim().replace(/^tel:/i, '').replace(/\(0\)/g, '');
  if (!written.trim()) return { digits: '', valid: false, problem: 'is required' };
  if (!WRITTEN_NUMBER.test(written)) return { digits: '', valid: false, problem: 'may contain only digits, spaces and + - . ( ) /' };

  const typed = parseIncompletePhoneNumber(written).replace(/^\+/, '');
  const home = defaultCountry && isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
  const reading = interpret(written, typed, home);
  if (reading) {
    const { number, national } = reading;
    // A valid number is dialled as its plan reads it (a stray trunk prefix dropped), a national
    // one with its country code added; any other keeps the digits as typed, never a guess.
    const planned = `${number.countryCallingCode}${number.nationalNumber}`;
    const digits = number.isValid() || (national && readsAsItself(planned)) ? planned : asDialled(written, typed);
    return withVendorRule({ digits, ...countryOf(number) }, home);
  }
  return withVendorRule({ digits: asDialled(written, typed), valid: false }, home);
}

/**
 * A national reading that is possible but not valid may rebuild digits its own plan reads
 * differently once written with a +; then dialling them again would ring another number.
 */
const readsAsItself = (digits: string) => {
  const again = parsePhoneNumberFromString(`+${digits}`);
  return again !== undefined && `${again.countryCallingCode}${again.nationalNumber}` === digits;
};

/** The digits as typed, without the international prefix 00 (a `+` already stands for it). */
const asDialled = (written: string, typed: string) => (!written.startsWith('+') && typed.startsWith('00') ? typed.slice(2) : typed);

interface Reading {
  number: PhoneNumber;
  /** Read as a national number of the chosen country. */
  national: boolean;
}

/**
 * Which reading of the text to trust. A `+` is unambiguous. Otherwise the national reading for
 * the chosen country comes first (it also understands that country's international prefix, such
 * as 011 in the US), then `00` as the international prefix, then the digits as already
 * country-code-first (the vendor's own form, as history and exports show it).
 */
function interpret(written: string, typed: string, home: CountryCode | undefined): Reading | undefined {
  const international = (number: PhoneNumber | undefined) => (number ? { number, national: false } : undefined);
  if (written.startsWith('+')) return international(parsePhoneNumberFromString(written));
  const national = home ? parsePhoneNumberFromString(written, home) : undefined;
  const idd = typed.startsWith('00');
  const asTyped = idd || typed.startsWith('0') ? undefined : parsePhoneNumberFromString(`+${typed}`);
  if (national?.isValid() && !(asTyped?.isValid() && missesTrunkPrefix(national, typed, home!))) return { number: national, national: true };
  if (idd) return international(parsePhoneNumberFromString(`+${typed.slice(2)}`));
  if (asTyped?.isValid()) return international(asTyped);
  if (national?.isPossible()) return { number: national, national: true };
  return international(asTyped);
}

/**
 * Digits that read both ways (442079460958 is also a German national number) are taken as
 * country code first when the chosen country writes its national numbers with a leading 0
 * and this one has none: dialled locally, it would have been typed with the 0.
 */
function missesTrunkPrefix(national: PhoneNumber, typed: string, home: CountryCode): boolean {
  return !typed.startsWith('0') && parsePhoneNumberFromString(`0${typed}`, home)?.nationalNumber === national.nationalNumber;
}

function countryOf(number: PhoneNumber): { country?: string; valid: boolean } {
  // An unassigned range still has a country code; its main country says where it would ring.
  const country = number.country ?? number.getPossibleCountries()[0];
  return { ...(country ? { country } : {}), valid: number.isValid() };
}

function withVendorRule(callee: Callee, home: CountryCode | undefined): Callee {
  const length = callee.digits.length;
  // No country code starts with 0: this is a national number the chosen country did not read.
  if (callee.digits.startsWith('0')) {
    return {
      ...callee,
      problem: home
        ? `must start with the country code (it starts with 0 and is not a ${countryName(home)} number)`
        : 'must start with the country code, not 0: write it as +44 20 … or choose the country it is dialled from',
    };
  }
  if (length >= CALLEE_MIN_DIGITS && length <= CALLEE_MAX_DIGITS) return callee;
  return { ...callee, problem: `must be ${CALLEE_MIN_DIGITS}–${CALLEE_MAX_DIGITS} digits, country code first (this has ${length})` };
}

export const isDialCountry = (code: string): boolean => isSupportedCountry(code);

let regionNames: Intl.DisplayNames | undefined;

/** "United Kingdom" for GB, in English like the rest of the interface; the code if unknown. */
export function countryName(code: string): string {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country with a dialling plan, by name, for the "dialled from" picker. */
export function dialCountries(): { value: string; label: string }[] {
  return getCountries()
    .map((code) => ({ value: code, label: `${countryName(code)} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}
