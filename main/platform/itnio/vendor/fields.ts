import { z } from 'zod';
import { neutralise } from '../../../../contract/text';

/**
 * The building blocks of the vendor's answer schemas. Every answer is untrusted input: text is
 * capped and has its control and direction characters made visible before anything stores,
 * prints or shows it; numbers are read as the vendor's docs write them, sometimes as strings.
 */

/** Longer than any name, address or reason the vendor documents (50 at most), short of abuse. */
export const MAX_VENDOR_TEXT = 1_000;

/** Display text from the vendor, capped and neutralised (an ESC shows as ␛ and does nothing). */
export const text = (max = MAX_VENDOR_TEXT) => z.string().max(max, `is longer than ${max} characters`).transform(neutralise);

/**
 * Text an edit may send back unchanged (a trunk's name, a number's remark): kept exactly as read,
 * since the spec sends unchanged values back as they are, only capped. Whatever shows it
 * neutralises it there (trunks/records.ts, numbers/number-list.ts), and an edit that still shows
 * the stand-ins gets the value as read back (contract/schemas/changed.ts, `asRead`).
 */
export const echoedText = (max = MAX_VENDOR_TEXT) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .nullish()
    .transform((value) => value ?? null);

/** Vendor text as a screen, terminal or CSV may show it: null as empty, stand-ins for what would act. */
export const shown = (value: string | null): string => neutralise(value ?? '');

/** Text the vendor may leave out or send as null. */
export const optionalText = (max = MAX_VENDOR_TEXT) => text(max).nullish().transform((value) => value ?? null);

/**
 * A credential the operator copies into a handset: kept exactly as sent (a neutralised password
 * would no longer work), only capped. Whatever prints it neutralises it there.
 */
export const credential = z.string().max(256, 'is longer than 256 characters').nullish().transform((value) => value ?? null);

// "12", "-10", "0.25": the vendor's docs write some numbers as strings.
const numericText = z.string().trim().regex(/^-?\d{1,15}(\.\d{1,10})?$/, 'is not a number');

/** A number, given as a JSON number or as its decimal text. */
export const numeric = z.union([z.number(), numericText.transform(Number)]).pipe(z.number().finite());

/** A whole number, given as a JSON number or as its digits. */
export const whole = numeric.pipe(z.number().int('is not a whole number').safe());

export const optionalWhole = whole.nullish().transform((value) => value ?? null);

export const flag = z.boolean().nullish().transform((value) => value === true);
