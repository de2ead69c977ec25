import { z } from 'zod';

/** The vendor's number states (§5.1): 3 in use, 4 expired, 5 disabled. */
export const NUMBER_STATES = { 3: 'in use', 4: 'expired', 5: 'disabled' } as const;
export const numberState = z.enum(['in use', 'expired', 'disabled', 'unknown']);
export type NumberState = z.infer<typeof numberState>;

/** A number as the account lists it (`/number/queryPage`), the vendor's nulls read as empty text. */
export const listedNumber = z.object({
  number: z.string(),
  ccode: z.string(),
  country: z.string(),
  /** "MOBILE" or "FIXED". */
  type: z.string(),
  state: numberState,
  /** Expiry, "yyyy-MM-dd"; empty when the vendor gives none. */
  dueDate: z.string(),
  inboundPrefix: z.string(),
  outIp: z.string(),
  inIp: z.string(),
  remark: z.string(),
  /** The voice application the number is set up for; empty when none. */
  appId: z.string(),
  /** The vendor answers an integer here; number/edit takes "1"/"0". */
  enableVoicemail: z.boolean(),
  voicemailFileName: z.string(),
  voicemailMaxHangup: z.number().int().nullable(),
});
export type ListedNumber = z.infer<typeof listedNumber>;

export const numberList = z.object({
  profileId: z.string(),
  /** ISO time the list was read from ITNIO. */
  fetchedAt: z.string(),
  numbers: z.array(listedNumber),
});
export type NumberList = z.infer<typeof numberList>;

/** Numbers expiring within this many days are highlighted. */
export const EXPIRY_WARNING_DAYS = 30;

const DAY_MS = 86_400_000;

/** Whole days from `today` to the due date (negative once past); undefined without a date. */
export function daysUntilDue(dueDate: string, today: Date): number | undefined {
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate) || Number.isNaN(due)) return undefined;
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((due - midnight) / DAY_MS);
}

/** Still running, but for at most EXPIRY_WARNING_DAYS more days. */
export function expiresSoon(number: Pick<ListedNumber, 'dueDate'>, today: Date): boolean {
  const days = daysUntilDue(number.dueDate, today);
  return days !== undefined && days >= 0 && days <= EXPIRY_WARNING_DAYS;
}
