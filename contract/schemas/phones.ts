import { z } from 'zod';

/**
 * A phone as the renderer sees it: its SIP password stays in main and is handed out one phone at
 * a time, on an explicit reveal or copy (`phones.password`).
 */
export const phoneSummary = z.object({
  account: z.string(),
  phoneName: z.string(),
  groupName: z.string(),
  displayNum: z.string(),
});
export type PhoneSummary = z.infer<typeof phoneSummary>;

export const phoneDirectory = z.object({
  profileId: z.string(),
  /** ISO time the list was read from ITNIO. */
  fetchedAt: z.string(),
  phones: z.array(phoneSummary),
});
export type PhoneDirectory = z.infer<typeof phoneDirectory>;

export const listPhonesInput = z.object({ refresh: z.boolean().optional() }).optional();

export const phoneRef = z.object({ account: z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters') });
export const phonePassword = z.object({ account: z.string(), password: z.string() });
