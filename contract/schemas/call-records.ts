import { z } from 'zod';
import { profileId } from './profiles';

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
