import { z } from 'zod';
import { isDialCountry, normaliseCallee } from './callee';
import { digits } from './rules';

export const CALL_NOTE_MAX = 1000;

const dialCountry = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as GB')
  .refine(isDialCountry, 'is not a country with a known dialling plan');

/**
 * One sendSip call. `callee` may be written any common way; it is normalised to the vendor's form
 * (country code first, 7–15 digits) here, so the renderer, main and the CLI dial the same digits.
 * `defaultCountry` reads numbers written without a country code. `confirmRepeat` is the
 * operator's explicit yes to ringing the same callee from the same phone again within seconds.
 */
export const placeCallInput = z
  .object({
    callee: z.string().max(64, 'must be at most 64 characters'),
    defaultCountry: z.union([z.literal(''), dialCountry]).optional(),
    account: z.string().trim().min(1, 'is required: pick the phone that rings first').max(64, 'must be at most 64 characters'),
    displayNum: z.union([z.literal(''), digits(7, 15)]).optional(),
    calledInfo: z.string().trim().max(CALL_NOTE_MAX, `must be at most ${CALL_NOTE_MAX} characters`).optional(),
    confirmRepeat: z.boolean().optional(),
  })
  .superRefine(
    (value, context) => {
      const { problem } = normaliseCallee(value.callee, value.defaultCountry || undefined);
      if (problem) context.addIssue({ code: 'custom', path: ['callee'], message: problem });
    },
    // The callee's rule is reported alongside the other fields' rules, not only once they pass.
    {
      when: (payload) => {
        const value = payload.value as { callee?: unknown; defaultCountry?: unknown } | undefined;
        return typeof value?.callee === 'string' && (value.defaultCountry === undefined || typeof value.defaultCountry === 'string');
      },
    },
  )
  .transform(({ callee, defaultCountry, account, displayNum, calledInfo, confirmRepeat }) => {
    const normalised = normaliseCallee(callee, defaultCountry || undefined);
    return {
      callee: normalised.digits,
      ...(normalised.country ? { country: normalised.country } : {}),
      account,
      ...(displayNum ? { displayNum } : {}),
      ...(calledInfo ? { calledInfo } : {}),
      confirmRepeat: confirmRepeat === true,
    };
  });
export type PlaceCallInput = z.input<typeof placeCallInput>;
export type PlaceCall = z.output<typeof placeCallInput>;

export const placedCall = z.object({
  recordingId: z.string(),
  callee: z.string(),
  country: z.string().optional(),
  account: z.string(),
  /** ISO time the call was placed. */
  at: z.string(),
  /** Set when the call went through but could not be written to the history. */
  historyWarning: z.string().optional(),
});
export type PlacedCall = z.infer<typeof placedCall>;
