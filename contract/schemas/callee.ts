/**
 * The number a call rings (sendSip's `callee`): country code first, 7–15 digits, read by the one
 * phone-number reading every field shares; the country it belongs to names it in the history.
 */
import { normalisePhoneNumber, type PhoneNumber } from './phone-number';

export const CALLEE_DIGITS = { min: 7, max: 15 } as const;

export const normaliseCallee = (text: string, defaultCountry?: string): PhoneNumber => normalisePhoneNumber(text, CALLEE_DIGITS, defaultCountry);
