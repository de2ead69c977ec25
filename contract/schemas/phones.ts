import { z } from 'zod';
import { appError, said } from './app-error';
import { phoneNumberField } from './phone-number';
import { plainText } from './rules';
import { profileId, sipRegistrar, type SipRegistrar } from './profiles';

/**
 * A phone as the renderer sees it: its SIP password stays in main and is handed out one phone at
 * a time, on an explicit reveal (`phones.password`). A copy is made by main itself
 * (`phones.copyPassword`), which takes it off the clipboard again.
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
  /** How many phones the application has; present when `limit` asked for only the first ones. */
  total: z.number().int().optional(),
  /** The read failed (this error); this is the last answer kept for the profile, read at `fetchedAt`. */
  stale: appError.optional(),
});
export type PhoneDirectory = z.infer<typeof phoneDirectory>;

/** The most phones one sipQuery page holds; more are read page by page. */
export const PHONE_PAGE_LIMIT = 100;

export const listPhonesInput = z
  .object({
    refresh: z.boolean().optional(),
    /** Only the first `limit` phones, read with one request (the CLI's default view). */
    limit: z.number().int().min(1, `must be 1–${PHONE_PAGE_LIMIT}`).max(PHONE_PAGE_LIMIT, `must be 1–${PHONE_PAGE_LIMIT}`).optional(),
  })
  .optional();

export const phoneRef = z.object({ account: plainText().trim().min(1, 'is required').max(64, 'must be at most 64 characters') });
export const phonePassword = z.object({ account: z.string(), password: z.string() });

/** A phone whose password main copies, picked under `profileId`: main refuses when another profile is active now. */
export const copyPasswordInput = phoneRef.extend({ profileId: profileId.optional() });
/** The same, as the setup card's text for the registrar the card shows. */
export const copySetupInput = copyPasswordInput.extend({ registrar: sipRegistrar });
export const secretCopied = z.object({
  /** When main takes the copy off the clipboard again, unless the operator copied something else meanwhile. */
  clearsInMs: z.number().int(),
});
export type SecretCopied = z.infer<typeof secretCopied>;

/** What a handset needs to register one phone; the password only once the operator revealed it. */
export interface PhoneSetup {
  registrar: SipRegistrar;
  account: string;
  password?: string | undefined;
}

/** RFC 3261's escaping: everything but its unreserved characters and `allowed` is percent-encoded. */
const sipEscape = (text: string, allowed: string) =>
  [...new TextEncoder().encode(text)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9\-_.!~*'()]/.test(char) || allowed.includes(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');

/**
 * The phone as one SIP URI, what softphones take from a QR code or an "add account from URI"
 * field: `sip:ACCOUNT@HOST:PORT;transport=udp`. The password goes into the URI's userinfo
 * (RFC 3261 §19.1.1), since provisioning is its point, and only when given.
 */
export function sipUri({ registrar, account, password }: PhoneSetup): string {
  const user = sipEscape(account, '&=+$,;?/');
  const secret = password === undefined ? '' : `:${sipEscape(password, '&=+$,')}`;
  return `sip:${user}${secret}@${registrar.host}:${registrar.port};transport=${registrar.transport}`;
}

/** The setup card's text, one field a line, as an operator pastes it into a mail or a handset's form. */
export function phoneSetupText({ registrar, account, password }: PhoneSetup): string {
  return [
    `SIP server: ${registrar.host}`,
    `Port: ${registrar.port}`,
    `Transport: ${registrar.transport.toUpperCase()}`,
    `Account: ${account}`,
    ...(password === undefined ? [] : [`Password: ${password}`]),
  ].join('\n');
}

// sipAdd's field rules (vendor table): names 4–32 characters, 1–50 phones, caller ID 7–13 digits.
export const BATCH_CALLER_ID_DIGITS = { min: 7, max: 13 } as const;
const batchName = plainText().trim().min(4, 'must be 4–32 characters').max(32, 'must be 4–32 characters');

/** Empty means the active profile's own voice application. */
const optionalAppId = z
  .string()
  .trim()
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_-]*$/, 'must be letters, digits, - or _')
  .optional();

export const MAX_BATCH = 50;

export const createPhonesInput = z.object({
  groupName: batchName,
  phoneName: batchName,
  quantity: z
    .number({ error: `must be a whole number from 1 to ${MAX_BATCH}` })
    .int(`must be a whole number from 1 to ${MAX_BATCH}`)
    .min(1, `must be a whole number from 1 to ${MAX_BATCH}`)
    .max(MAX_BATCH, `must be a whole number from 1 to ${MAX_BATCH}`),
  /** Written any common way; sent as the vendor's digits. */
  displayNum: phoneNumberField(BATCH_CALLER_ID_DIGITS),
  appId: optionalAppId,
  /** The profile the form was filled under; main refuses the batch when another one is active now. */
  profileId: profileId.optional(),
});
export type CreatePhonesInput = z.input<typeof createPhonesInput>;
export type CreatePhones = z.output<typeof createPhonesInput>;

export const createdBatch = z.object({
  profileId: z.string(),
  appId: z.string(),
  groupName: z.string(),
  phoneName: z.string(),
  quantity: z.number().int(),
  displayNum: z.string(),
  /** The batch's phones as sipQuery lists them right after the creation. */
  phones: z.array(phoneSummary),
  /**
   * The phones were created but could not be read back; the list's Refresh reads them later.
   * `say` holds the words as keys of main's catalog, for the window to say in its language.
   */
  readBackError: z.object({ message: z.string(), hint: z.string().optional(), say: z.object({ message: said, hint: said.optional() }).optional() }).optional(),
});
export type CreatedBatch = z.infer<typeof createdBatch>;

/** Which phones go into the CSV: one group (a batch), or every phone of the application. */
export const exportPhonesInput = z
  .object({
    groupName: plainText().trim().min(1, 'is required').max(64, 'must be at most 64 characters').optional(),
    appId: optionalAppId,
  })
  .optional();

export const exportPhonesResult = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), path: z.string(), rows: z.number().int() }),
]);
export type ExportPhonesResult = z.infer<typeof exportPhonesResult>;

/**
 * Whether a phone carries `phoneName`: a single phone is named exactly that, a batch `name-1` …
 * `name-N` (the vendor's samples show `sip-1`). Phone names are unique within an application.
 */
export function hasPhoneName(phone: Pick<PhoneSummary, 'phoneName'>, phoneName: string): boolean {
  if (phone.phoneName === phoneName) return true;
  const suffix = phone.phoneName.startsWith(`${phoneName}-`) ? phone.phoneName.slice(phoneName.length + 1) : '';
  return /^\d+$/.test(suffix);
}

/** sipReset's account rule (vendor §4.3): 4–32 characters. */
export const resetPasswordInput = z.object({
  account: plainText().trim().min(4, 'must be 4–32 characters').max(32, 'must be 4–32 characters'),
  /** The profile the phone was listed under; main refuses the reset when another one is active now. */
  profileId: profileId.optional(),
});
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;
