/**
 * Turns a phone number as people write it (`+44 20 7946 0958`, `0044-20…`, `(020) 7946 0958`
 * dialled from the UK) into the vendor's form: country code first, digits only, as many digits as
 * the field's vendor rule allows. One reading for every field that takes a number (the callee,
 * each caller ID), shared by the forms' live previews and main's input schemas, so the app, main
 * and the CLI always agree on what is sent. The min metadata keeps the bundle small; it still
 * knows every country's dialling plan.
 */
import { z } from 'zod';
import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parseIncompletePhoneNumber,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber as PlanNumber,
} from 'libphonenumber-js/min';
import { hasUnsafeChars, UNSAFE_TEXT_RULE } from '../text';

/** How many digits the vendor takes in a field, country code included. */
export interface DigitRule {
  min: number;
  max: number;
}

export interface PhoneNumber {
  /** What would be sent: digits only, country code first. */
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

/** `defaultCountry` reads a number written without its country code as dialled from there. */
export function normalisePhoneNumber(text: string, rule: DigitRule, defaultCountry?: string): PhoneNumber {
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
    return withVendorRule({ digits, ...countryOf(number) }, rule, home);
  }
  return withVendorRule({ digits: asDialled(written, typed), valid: false }, rule, home);
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
  number: PlanNumber;
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
  const international = (number: PlanNumber | undefined) => (number ? { number, national: false } : undefined);
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
function missesTrunkPrefix(national: PlanNumber, typed: string, home: CountryCode): boolean {
  return !typed.startsWith('0') && parsePhoneNumberFromString(`0${typed}`, home)?.nationalNumber === national.nationalNumber;
}

function countryOf(number: PlanNumber): { country?: string; valid: boolean } {
  // An unassigned range still has a country code; its main country says where it would ring.
  const country = number.country ?? number.getPossibleCountries()[0];
  return { ...(country ? { country } : {}), valid: number.isValid() };
}

function withVendorRule(number: PhoneNumber, { min, max }: DigitRule, home: CountryCode | undefined): PhoneNumber {
  const length = number.digits.length;
  // No country code starts with 0: this is a national number the chosen country did not read.
  if (number.digits.startsWith('0')) {
    return {
      ...number,
      problem: home
        ? `must start with the country code (it starts with 0 and is not a ${countryName(home)} number)`
        : 'must start with the country code, not 0: write it as +44 20 … or choose the country it is dialled from',
    };
  }
  if (length >= min && length <= max) return number;
  return { ...number, problem: `must be ${min}–${max} digits, country code first (this has ${length})` };
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

/** Longer than any number written with its spaces and brackets; refused before it is read. */
const WRITTEN_MAX = 64;

/**
 * A field that takes a phone number: written any common way, it parses to the vendor's digits;
 * anything the vendor would refuse fails with the rule. For a number with no country to read it
 * in (a phone batch's or a profile's caller ID); the Dialer reads its numbers with its country.
 * `optional`: empty (or only spaces) means none, parsed to ''.
 */
export const phoneNumberField = (rule: DigitRule, { optional = false }: { optional?: boolean } = {}) =>
  z
    .string()
    .max(WRITTEN_MAX, `must be at most ${WRITTEN_MAX} characters`)
    .transform((text, context) => {
      if (optional && !text.trim()) return '';
      const { digits, problem } = normalisePhoneNumber(text, rule);
      if (problem) context.addIssue({ code: 'custom', message: problem });
      return digits;
    });
