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

/** The link schemes Switchboard can open: a number to put in the Dialer. */
export const LINK_SCHEMES = ['tel', 'callto'] as const;
export type LinkScheme = (typeof LINK_SCHEMES)[number];

/** Whether this system opens each scheme's links with Switchboard. */
export const linkHandlerStatus = z.object({
  /** False where Switchboard cannot be a link handler: the CLI, the browser preview. */
  available: z.boolean(),
  schemes: z.array(z.object({ scheme: z.enum(LINK_SCHEMES), handled: z.boolean() })),
});

/** The operator's choice: open tel: and callto: links with Switchboard, or hand them back. */
export const setLinkHandlerInput = z.object({ handle: z.boolean() });
