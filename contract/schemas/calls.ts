import { z } from 'zod';
import { normaliseCallee } from './callee';
import { isDialCountry, normalisePhoneNumber } from './phone-number';
import { profileId } from './profiles';
import { plainText } from './rules';

/**
 * The id sendSip answered for a call (the history's recording id). It travels in a URL path, so
 * it is held to the characters the vendor's ids use.
 */
export const recordingId = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ., _ or - (starting with a letter or digit)');

/** A call of the history; `profileId` is the profile that placed it (the active one when omitted). */
export const callRef = z.object({ recordingId, profileId: profileId.optional() });
export type CallRef = z.input<typeof callRef>;

/**
 * A call's record (CDR), read with the vendor's fields. `answered` follows the spec's rule: an
 * answer time, a duration, and terminationCode 200 (the SIP code; older pages wrote "0").
 */
export const callRecord = z.object({
  answered: z.boolean(),
  callee: z.string(),
  displayNum: z.string(),
  phoneName: z.string(),
  sipGroupName: z.string(),
  /** Region or operator text, e.g. "India(Karnataka)". */
  region: z.string(),
  /** ISO-8601 with offset, as the vendor writes them; empty when the call never got there. */
  submitTime: z.string(),
  answerTime: z.string(),
  hangupTime: z.string(),
  /** Seconds. */
  callDuration: z.number().int(),
  chargedDuration: z.number().int(),
  terminationCode: z.string(),
  terminationReason: z.string(),
  /** A decimal string in `currency`. */
  cost: z.string(),
  currency: z.string(),
  rate: z.string(),
  billPeriod: z.string(),
  hasRecording: z.boolean(),
});
export type CallRecord = z.infer<typeof callRecord>;

export const callOutcome = z.discriminatedUnion('available', [
  /** ITNIO files a call's record some seconds after the call ends. */
  z.object({ recordingId: z.string(), checkedAt: z.string(), available: z.literal(false) }),
  z.object({ recordingId: z.string(), checkedAt: z.string(), available: z.literal(true), record: callRecord }),
]);
export type CallOutcome = z.infer<typeof callOutcome>;

export const CALL_NOTE_MAX = 1000;

const dialCountry = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as GB')
  .refine(isDialCountry, 'is not a country with a known dialling plan');

/** sendSip's caller ID rule (vendor table): 7–15 digits, country code first. */
export const CALLER_ID_DIGITS = { min: 7, max: 15 } as const;

/**
 * One sendSip call. `callee` and `displayNum` may be written any common way; they are normalised
 * to the vendor's form (country code first, 7–15 digits) here, so the renderer, main and the CLI
 * send the same digits. `defaultCountry` reads numbers written without a country code, in both.
 * `confirmRepeat` is the operator's explicit yes to ringing the same callee from the same phone
 * again within seconds.
 */
export const placeCallInput = z
  .object({
    callee: z.string().max(64, 'must be at most 64 characters'),
    defaultCountry: z.union([z.literal(''), dialCountry]).optional(),
    account: plainText().trim().min(1, 'is required: pick the phone that rings first').max(64, 'must be at most 64 characters'),
    /** Empty: the phone's own caller ID. */
    displayNum: z.string().max(64, 'must be at most 64 characters').optional(),
    calledInfo: plainText().trim().max(CALL_NOTE_MAX, `must be at most ${CALL_NOTE_MAX} characters`).optional(),
    confirmRepeat: z.boolean().optional(),
    /** The profile the phone was picked under; main refuses the call when another one is active now. */
    profileId: profileId.optional(),
  })
  .superRefine(
    (value, context) => {
      const { callee, displayNum } = readNumbers(value);
      if (callee.problem) context.addIssue({ code: 'custom', path: ['callee'], message: callee.problem });
      if (displayNum?.problem) context.addIssue({ code: 'custom', path: ['displayNum'], message: displayNum.problem });
    },
    // The numbers' rules are reported alongside the other fields' rules, not only once they pass.
    {
      when: (payload) => {
        const value = payload.value as { callee?: unknown; defaultCountry?: unknown; displayNum?: unknown } | undefined;
        const text = (field: unknown) => field === undefined || typeof field === 'string';
        return typeof value?.callee === 'string' && text(value.defaultCountry) && text(value.displayNum);
      },
    },
  )
  .transform((value) => {
    const { callee, displayNum } = readNumbers(value);
    const { account, calledInfo, confirmRepeat, profileId: pickedUnder } = value;
    return {
      callee: callee.digits,
      ...(callee.country ? { country: callee.country } : {}),
      account,
      ...(displayNum ? { displayNum: displayNum.digits } : {}),
      ...(calledInfo ? { calledInfo } : {}),
      confirmRepeat: confirmRepeat === true,
      ...(pickedUnder ? { profileId: pickedUnder } : {}),
    };
  });

/** The call's two numbers, read in the country chosen for local numbers; no caller ID when it is left empty. */
function readNumbers({ callee, defaultCountry, displayNum }: { callee: string; defaultCountry?: string; displayNum?: string }) {
  const country = defaultCountry || undefined;
  return {
    callee: normaliseCallee(callee, country),
    displayNum: displayNum?.trim() ? normalisePhoneNumber(displayNum, CALLER_ID_DIGITS, country) : undefined,
  };
}
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

/** A recording can be at most this large; a phone call's recording is far smaller. */
export const RECORDING_MAX_BYTES = 20 * 1024 * 1024;

/** A call's recording, fetched by main: the renderer plays it from a blob: URL. */
export const callRecording = z.object({
  recordingId: z.string(),
  bytes: z.instanceof(Uint8Array),
  /** The audio type read from the bytes, e.g. audio/wav. */
  mimeType: z.string(),
  /** The name to save it under, with the real type's extension. */
  fileName: z.string(),
});
export type CallRecording = z.infer<typeof callRecording>;

export const savedRecording = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), path: z.string(), size: z.number().int() }),
]);
export type SavedRecording = z.infer<typeof savedRecording>;
