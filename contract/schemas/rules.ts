import { z } from 'zod';
import { hasUnsafeChars, UNSAFE_TEXT_RULE } from '../text';

/** Field rules shared by several screens, worded for operators ("field: rule"). */
export const digits = (min: number, max: number) =>
  z.string().regex(new RegExp(`^\\d{${min},${max}}$`), `must be ${min}–${max} digits, nothing else`);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An API base URL: https for any remote host; plain http only on this machine (the sandbox). */
export const baseUrl = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(200, 'must be at most 200 characters')
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'must be a full address such as https://api.itniotech.com' });
      return;
    }
    if (url.username || url.password) context.addIssue({ code: 'custom', message: 'must not contain a user name or password' });
    else if (url.search || url.hash) context.addIssue({ code: 'custom', message: 'must not contain ? or #' });
    else if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname))
      context.addIssue({ code: 'custom', message: 'must use https:// (plain http is allowed only for 127.0.0.1 or localhost)' });
    else if (url.protocol !== 'https:' && url.protocol !== 'http:') context.addIssue({ code: 'custom', message: 'must start with https://' });
  })
  .transform((value) => value.replace(/\/+$/, ''));

export const isLoopbackHost = (hostname: string): boolean => LOOPBACK_HOSTS.has(hostname);

/** Text an operator types: anything that would act rather than show is refused (contract/text.ts says which). */
export const plainText = () => z.string().refine((value) => !hasUnsafeChars(value), UNSAFE_TEXT_RULE);
