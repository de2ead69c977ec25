import { z } from 'zod';
import { plainText } from './rules';

export const appInfoInput = z.void();
export const appInfoOutput = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});

/** Only https links leave the app, and only to the system browser. */
export const openExternalInput = z.object({
  // The URL parser drops tabs and line breaks, so the address opened would not be the one checked.
  url: plainText()
    .max(2048, 'must be at most 2048 characters')
    .refine((value) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    }, 'must be a full https:// address'),
});
export const openExternalOutput = z.void();
