import { z } from 'zod';
import { recordsKeptSince } from './call-history';
import { appError } from './app-error';
import { profileId } from './profiles';

/**
 * Inbound activity: the account's numbers' call records (`/number/record/queryPage`, wider API
 * §5.3), incoming and outgoing, as ITNIO keeps them: the last two months, at most 31 days per
 * query (main splits a longer range into windows).
 */

/**
 * The first of the operator's days ITNIO still keeps records of (two months back), for a zone
 * `offsetMinutes` east of UTC: main refuses an earlier `since`, the date fields offer no earlier day.
 */
export const earliestKeptDay = (now: number, offsetMinutes: number): string => new Date(recordsKeptSince(now) + offsetMinutes * 60_000).toISOString().slice(0, 10);
export const ACTIVITY_DIRECTIONS = ['incoming', 'outgoing'] as const;

const day = z.iso.date({ error: 'must be a date such as 2026-11-30' });

export const activityInput = z
  .object({
    /** First day, in the operator's time zone (`utcOffsetMinutes`). */
    since: day,
    /** Last day, included. */
    until: day,
    /** Minutes east of UTC of the operator's days; the computer's offset when omitted. */
    utcOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60).optional(),
    /** One of the account's numbers (digits). */
    number: z.string().regex(/^\d{4,20}$/, 'must be the digits of one of the account numbers').optional(),
    direction: z.enum(ACTIVITY_DIRECTIONS, 'must be incoming or outgoing').optional(),
    /** Only incoming calls that nobody answered. */
    missed: z.boolean().optional(),
    answered: z.boolean().optional(),
  })
  .superRefine((value, context) => {
    // Compared only once both are days: a bad `since` is its own problem, not also `until`'s.
    const days = day.safeParse(value.since).success && day.safeParse(value.until).success;
    if (days && value.until < value.since) context.addIssue({ code: 'custom', path: ['until'], message: 'must not be before since' });
    if (value.missed && value.answered) context.addIssue({ code: 'custom', path: ['answered'], message: 'cannot be asked with missed: choose one' });
  });
export type ActivityInput = z.input<typeof activityInput>;

export const activityRecord = z.object({
  callId: z.string(),
  /** The account's number (DID) the call came in on or went out from. */
  number: z.string(),
  direction: z.enum(ACTIVITY_DIRECTIONS),
  caller: z.string(),
  called: z.string(),
  country: z.string(),
  /** ISO time, or empty when ITNIO gave none. */
  startTime: z.string(),
  endTime: z.string(),
  /** Seconds talked. */
  duration: z.number().int(),
  chargedDuration: z.number().int(),
  /** A decimal string. */
  cost: z.string(),
  sipCode: z.string(),
  hangupReason: z.string(),
  answered: z.boolean(),
  /** An incoming call nobody answered: worth calling back. */
  missed: z.boolean(),
  hasRecording: z.boolean(),
});
export type ActivityRecord = z.infer<typeof activityRecord>;

export const activityList = z.object({
  profileId: z.string(),
  fetchedAt: z.string(),
  since: z.string(),
  until: z.string(),
  /** Newest first. */
  records: z.array(activityRecord),
  /** The outage that kept ITNIO from being read, when what is shown is the last read (main's kept reads answer so). */
  stale: appError.optional(),
});
export type ActivityList = z.infer<typeof activityList>;

/** An activity record's recording, fetched and checked by main (the vendor's URL never reaches the page). */
export const activityCallRef = z.object({ callId: z.string().min(1).max(128), profileId: profileId.optional() });
