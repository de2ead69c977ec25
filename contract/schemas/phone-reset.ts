import { z } from 'zod';

/** sipReset's account rule (vendor §4.3): 4–32 characters. */
export const resetPasswordInput = z.object({
  account: z.string().trim().min(4, 'must be 4–32 characters').max(32, 'must be 4–32 characters'),
});
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;
