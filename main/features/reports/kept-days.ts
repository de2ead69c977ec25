import { z } from 'zod';
import { REPORT_OUTCOMES } from '../../../contract/schemas/reports';
import type { ReadCache } from '../../platform/storage/read-cache';
import type { NumberCall, PhoneCall } from './records';

/** One of the operator's days as read from ITNIO: every phone and number call of it, and when it was read. */
export interface KeptDay {
  readAt: string;
  phoneCalls: PhoneCall[];
  numberCalls: NumberCall[];
}

// What was kept is read back as untrusted as the vendor's answer: another version or a torn write may have left it.
const phoneCall = z.object({
  id: z.string(),
  at: z.number(),
  group: z.string(),
  phone: z.string(),
  outcome: z.enum(REPORT_OUTCOMES),
  talkSeconds: z.number(),
  cost: z.number(),
});
const numberCall = z.object({
  id: z.string(),
  at: z.number(),
  number: z.string(),
  direction: z.enum(['incoming', 'outgoing']),
  answered: z.boolean(),
  cost: z.number(),
});
const keptDay = z.object({ phoneCalls: z.array(phoneCall), numberCalls: z.array(numberCall) });

/**
 * The report's days, kept per profile in the shared read cache (one file a day, so a long period
 * rewrites only the days read again). A day belongs to a time zone: the same date in another
 * offset holds other hours, so the offset is part of its name.
 */
export function keptDays(cache: ReadCache) {
  const key = (day: string, offsetMinutes: number) => `reports.day ${day} ${offsetMinutes}`;
  return {
    get: async (profileId: string, day: string, offsetMinutes: number): Promise<KeptDay | undefined> => {
      const kept = await cache.get(profileId, key(day, offsetMinutes));
      const value = keptDay.safeParse(kept?.value);
      return kept && value.success ? { readAt: kept.readAt, ...value.data } : undefined;
    },
    put: (profileId: string, day: string, offsetMinutes: number, { readAt, phoneCalls, numberCalls }: KeptDay): Promise<void> =>
      cache.put(profileId, key(day, offsetMinutes), { readAt, value: { phoneCalls, numberCalls } }),
  };
}
export type KeptDays = ReturnType<typeof keptDays>;
