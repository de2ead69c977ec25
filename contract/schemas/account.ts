import { z } from 'zod';
import { appError } from './app-error';

/** The largest low-balance warning level the form takes; far above any prepaid balance. */
const MAX_LOW_BALANCE = 1_000_000;
const THRESHOLD_RULE = `must be an amount from 0 to ${MAX_LOW_BALANCE.toLocaleString('en')}, with at most 2 decimals`;

const hasCents = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/**
 * The active profile's low-balance warning level, in the account's currency. Empty (the form's
 * empty field) or null turns the warning off.
 */
export const setLowBalanceInput = z.object({
  threshold: z.union(
    [
      z.null(),
      z.literal('').transform(() => null),
      z.number({ error: THRESHOLD_RULE }).min(0, THRESHOLD_RULE).max(MAX_LOW_BALANCE, THRESHOLD_RULE).refine(hasCents, THRESHOLD_RULE),
    ],
    { error: THRESHOLD_RULE },
  ),
});
export type SetLowBalanceInput = z.input<typeof setLowBalanceInput>;

export const lowBalanceSetting = z.object({ profileId: z.string(), threshold: z.number().nullable() });
export type LowBalanceSetting = z.infer<typeof lowBalanceSetting>;

/** The vendor's amounts are decimal strings; they are shown as sent and compared as numbers. */
export const accountBalance = z.object({
  profileId: z.string(),
  /** The real balance. */
  balance: z.string(),
  /** Promotional balance. */
  gift: z.string(),
  /** Credit line. */
  credit: z.string(),
  /** ISO time the balance was read from ITNIO. */
  fetchedAt: z.string(),
  threshold: z.number().nullable(),
  /** The balance is under the profile's warning level. */
  low: z.boolean(),
  /** The read failed (this error); this is the last answer kept for the profile, read at `fetchedAt`. */
  stale: appError.optional(),
});
export type AccountBalance = z.infer<typeof accountBalance>;

/** Whether `balance` (a decimal string) is under `threshold`; never for no threshold or an unreadable amount. */
export function isLowBalance(balance: string, threshold: number | null): boolean {
  const amount = Number(balance);
  return threshold !== null && balance.trim() !== '' && Number.isFinite(amount) && amount < threshold;
}

/** One balance read, as the app made it (kept locally, per profile). */
export const balancePoint = z.object({ at: z.string(), balance: z.number() });
export type BalancePoint = z.infer<typeof balancePoint>;

export const balanceHistory = z.object({
  profileId: z.string(),
  /** Oldest first, the last 60 days at most. */
  points: z.array(balancePoint),
  /** The profile's low-balance warning level. */
  threshold: z.number().nullable(),
  /**
   * At the last week's pace (the drops between reads, top-ups left out): spend per day and the
   * days until the balance runs out and until it falls under the warning level. Null when the
   * reads cannot tell (fewer than two over at least 12 hours) or nothing was spent.
   */
  forecast: z
    .object({
      perDay: z.number(),
      daysLeft: z.number(),
      daysToThreshold: z.number().nullable(),
    })
    .nullable(),
  /** Why there is no forecast, when there is none: too few reads, or nothing spent. */
  noForecast: z.enum(['few-reads', 'no-spend']).optional(),
});
export type BalanceHistory = z.infer<typeof balanceHistory>;
