import { z } from 'zod';
import { said } from './app-error';
import { phoneNumberField } from './phone-number';
import { baseUrl, plainText } from './rules';

export const SANDBOX_PROFILE_ID = 'sandbox';

const noSpaces = (label: string, max: number) =>
  plainText()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`)
    .regex(/^\S+$/, `must not contain spaces${label ? ` (${label})` : ''}`);

/**
 * Where this account's SIP phones register. ITNIO's API does not say, so the operator records it
 * per profile (from the console or the welcome mail) and the phones' setup cards show it.
 */
export const sipTransports = ['udp', 'tcp', 'tls'] as const;
export const sipRegistrar = z.object({
  host: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(253, 'must be at most 253 characters')
    .regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$|^\d{1,3}(?:\.\d{1,3}){3}$/, 'must be a host name or IPv4 address such as sip.example.com, without scheme or port'),
  port: z.number().int('must be a whole number').min(1, 'must be 1–65535').max(65535, 'must be 1–65535'),
  transport: z.enum(sipTransports, { message: 'must be UDP, TCP or TLS' }),
});
export type SipRegistrar = z.infer<typeof sipRegistrar>;
export type SipTransport = SipRegistrar['transport'];

/** The port SIP listens on by default for a transport (RFC 3261): 5061 for TLS, 5060 otherwise. */
export const defaultSipPort = (transport: SipTransport): number => (transport === 'tls' ? 5061 : 5060);

export const profileId = plainText().min(1, 'is required').max(64, 'must be at most 64 characters');

/** What the renderer may know about a profile: the api key only masked, the secret never. */
export const profileSummary = z.object({
  id: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  appId: z.string(),
  defaultCallerId: z.string().optional(),
  defaultAccount: z.string().optional(),
  apiKeyMasked: z.string(),
  sandbox: z.boolean(),
  registrar: sipRegistrar.optional(),
});
export type ProfileSummary = z.infer<typeof profileSummary>;

export const profileFields = z.object({
  name: plainText().trim().min(1, 'is required').max(40, 'must be at most 40 characters'),
  baseUrl,
  appId: z
    .string()
    .trim()
    .min(1, 'is required (the voice application id from the ITNIO console)')
    .max(64, 'must be at most 64 characters')
    .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - or _'),
  defaultCallerId: phoneNumberField({ min: 7, max: 15 }, { optional: true }).optional(),
  defaultAccount: plainText().trim().max(32, 'must be at most 32 characters').optional(),
  registrar: sipRegistrar.optional(),
});

const credentials = {
  apiKey: z.union([z.literal(''), noSpaces('copy it exactly from the console', 128)]).optional(),
  apiSecret: z.union([z.literal(''), noSpaces('copy it exactly from the console', 256)]).optional(),
};

/**
 * A new profile (no id) needs both credentials; an existing one takes both or neither (empty keeps
 * the ones in the keychain).
 */
function credentialsGiven(value: { id?: string | undefined; apiKey?: string | undefined; apiSecret?: string | undefined }, context: z.RefinementCtx): void {
  if (value.id) {
    if (Boolean(value.apiKey) !== Boolean(value.apiSecret))
      context.addIssue({ code: 'custom', path: [value.apiKey ? 'apiSecret' : 'apiKey'], message: 'must be given together with the other credential, or both left empty to keep them' });
    return;
  }
  if (!value.apiKey) context.addIssue({ code: 'custom', path: ['apiKey'], message: 'is required for a new profile' });
  if (!value.apiSecret) context.addIssue({ code: 'custom', path: ['apiSecret'], message: 'is required for a new profile' });
}

/**
 * Add (no id: key and secret required) or edit (id: key and secret optional — empty keeps the
 * ones in the keychain).
 */
export const saveProfileInput = profileFields
  .extend({ id: profileId.optional(), ...credentials })
  .superRefine(credentialsGiven);
export type SaveProfileInput = z.input<typeof saveProfileInput>;

export const profileList = z.object({ activeId: z.string(), profiles: z.array(profileSummary) });
export type ProfileList = z.infer<typeof profileList>;

export const profileRef = z.object({ id: profileId });
export const optionalProfileRef = z.object({ id: profileId.optional() }).optional();

export const connectionReport = z.object({
  profileId: z.string(),
  latencyMs: z.number(),
  phones: z.number().int(),
  clockOffsetSeconds: z.number(),
  clockWarning: z.string().optional(),
  /** `clockWarning` as a message of main's catalog, for the window to say in its language. */
  clockWarningSay: said.optional(),
});
export type ConnectionReport = z.infer<typeof connectionReport>;

/**
 * The Add or Edit dialog's address and credentials, tested before they are saved: for an edit
 * (id) without typed credentials, the ones in the keychain. Nothing of it is kept.
 */
export const testUnsavedInput = profileFields
  .pick({ baseUrl: true, appId: true })
  .extend({ id: profileId.optional(), ...credentials })
  .superRefine(credentialsGiven);
export type TestUnsavedInput = z.input<typeof testUnsavedInput>;

/** What a test of unsaved credentials learnt; no profile id, as no profile holds them yet. */
export const unsavedConnectionReport = connectionReport.omit({ profileId: true });
export type UnsavedConnectionReport = z.infer<typeof unsavedConnectionReport>;
