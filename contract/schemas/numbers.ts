import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { fieldChanges, type FieldChange } from '../field-changes';
import { appError, said } from './app-error';
import { fieldChange } from './changes';
import { profileFields } from './profiles';
import { changedValueIssues, ruleOf, type EditIssue, type FieldRule } from './changed';
import { phoneNumberField } from './phone-number';
import { greetingId } from './greetings';
import { plainText } from './rules';

const MAX_IP_LIST = 50;
const MAX_INBOUND_ADDRESS = 50;
const MAX_INBOUND_PREFIX = 32;
const MAX_REMARK = 50;
const MAX_HANGUP_SECONDS = 999;

/** Dotted-quad IPv4 (no octal or hex shorthands) or IPv6 without a zone: what a firewall rule takes. */
const isIpAddress = (value: string): boolean =>
  ipaddr.IPv4.isValidFourPartDecimal(value) || (ipaddr.IPv6.isValid(value) && !value.includes('%'));

/** `IP` or `IP:port`, IPv6 in brackets when a port follows (`[2001:db8::1]:5060`). */
function isIpWithOptionalPort(value: string): boolean {
  if (isIpAddress(value)) return true;
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value);
  if (!match) return false;
  const port = Number(match[3]);
  const host = match[1] ?? match[2] ?? '';
  const hostOk = match[1] !== undefined ? ipaddr.IPv6.isValid(host) && !host.includes('%') : ipaddr.IPv4.isValidFourPartDecimal(host);
  return hostOk && port >= 1 && port <= 65535;
}

/** Trimmed items of a comma-separated list, as the vendor wants them: no spaces around the commas. */
const listItems = (value: string): string[] => value.split(',').map((item) => item.trim());

/**
 * A list with the spaces around its commas dropped, read or typed alike: ITNIO matches each item
 * as sent, so a space would become part of an address.
 */
const tidyList = (value: string): string => (value.trim() === '' ? '' : listItems(value).join(','));

/** The outbound whitelist: at most 50 characters in all, the vendor's limit. */
const outboundIps = z
  .string()
  .transform(tidyList)
  .superRefine((value, context) => {
    if (value.length > MAX_IP_LIST)
      context.addIssue({ code: 'custom', message: `must be at most ${MAX_IP_LIST} characters in all (now ${value.length}, commas included)` });
  });

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

const HANGUP_RULE = `must be a whole number of seconds, 1–${MAX_HANGUP_SECONDS}`;
/** Sent as an integer: the vendor's sample sends "99", its table says Integer (spec decision). */
const hangupSeconds = z.union([z.literal(''), z.number().int(HANGUP_RULE).min(1, HANGUP_RULE).max(MAX_HANGUP_SECONDS, HANGUP_RULE)], { error: HANGUP_RULE });

/**
 * The number settings form, and `numbers.edit`'s input, held to the vendor's own rules (our
 * stricter ones are `numberEditIssues`). Optional fields left empty are not sent (ITNIO then keeps
 * what the number has); the greeting travels as the id main staged it under.
 */
export const numberSettings = z
  .object({
    /** Written any common way, as every phone-number field takes it; sent as the vendor's digits. */
    number: phoneNumberField({ min: 7, max: 15 }),
    /** Empty: the active profile's app id. */
    appId: z.union([z.literal(''), profileFields.shape.appId]).optional(),
    outIp: outboundIps.optional(),
    inIp: optionalText(MAX_INBOUND_ADDRESS).optional(),
    inboundPrefix: optionalText(MAX_INBOUND_PREFIX).optional(),
    remark: optionalText(MAX_REMARK).optional(),
    enableVoicemail: z.boolean({ error: 'is required: voicemail on or off (ITNIO needs it with every edit)' }),
    /** Empty in the form until typed; the CLI leaves it out. */
    voicemailMaxHangup: hangupSeconds.optional(),
    greetingId: greetingId.optional(),
    /** A bulk edit's greeting stays held after this number is saved, for the next one; the last one lets it go. */
    keepGreeting: z.boolean().optional(),
  })
  .superRefine(
    (value, context) => {
      if (value.enableVoicemail && (value.voicemailMaxHangup === undefined || value.voicemailMaxHangup === ''))
        context.addIssue({ code: 'custom', path: ['voicemailMaxHangup'], message: `is required when voicemail is on (1–${MAX_HANGUP_SECONDS} seconds)` });
    },
    // Reported beside the other fields' rules (a number not yet readable included), not only once they pass.
    { when: (payload) => typeof (payload.value as { enableVoicemail?: unknown } | undefined)?.enableVoicemail === 'boolean' },
  );

/** The whitelist: IPv4 or IPv6 addresses separated by single commas. */
const outboundIpsRule: FieldRule = (value) => {
  const items = listItems(value);
  if (items.some((item) => item === '')) return 'has an empty entry: separate IP addresses with single commas';
  const bad = items.find((item) => !isIpAddress(item));
  return bad === undefined ? undefined : `"${bad.slice(0, 60)}" is not an IPv4 or IPv6 address`;
};
const inboundAddressRule: FieldRule = (value) =>
  isIpWithOptionalPort(value) ? undefined : 'must be an IP address, or IP:port (IPv6 as [address]:port), port 1–65535';
const textRule = ruleOf(plainText());

/** The routing fields as the form holds them, or as `numberSettings` parsed them. */
export type NumberRouting = Partial<Record<'outIp' | 'inIp' | 'inboundPrefix' | 'remark', string>>;

/**
 * Our rules, stricter than the vendor's, for the routing values that differ from `current`, the
 * number as ITNIO lists it (every value when it is not given): IP addresses where ITNIO takes any
 * 50 characters, no control or direction characters in the prefix or remark.
 */
export function numberEditIssues(input: NumberRouting, current?: ListedNumber): EditIssue[] {
  return changedValueIssues([
    { field: 'outIp', value: tidyList(input.outIp ?? ''), read: current && tidyList(current.outIp), rule: outboundIpsRule },
    { field: 'inIp', value: input.inIp, read: current?.inIp, rule: inboundAddressRule },
    { field: 'inboundPrefix', value: input.inboundPrefix, read: current?.inboundPrefix, rule: textRule },
    { field: 'remark', value: input.remark, read: current?.remark, rule: textRule },
  ]);
}

export const numberEdited = z.object({
  number: z.string(),
  /** The name the greeting was sent under, when one was. */
  greetingFileName: z.string().optional(),
});
export type NumberEdited = z.infer<typeof numberEdited>;

export const recentNumber = z.object({
  number: z.string(),
  remark: z.string().optional(),
  /** ISO time of the last successful edit. */
  editedAt: z.string(),
});
export type RecentNumber = z.infer<typeof recentNumber>;

export const recentNumbers = z.object({ profileId: z.string(), numbers: z.array(recentNumber) });

/** The vendor's number states (§5.1): 3 in use, 4 expired, 5 disabled. */
export const NUMBER_STATES = { 3: 'in use', 4: 'expired', 5: 'disabled' } as const;
const numberState = z.enum(['in use', 'expired', 'disabled', 'unknown']);
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
  /** The read failed (this error); this is the last answer kept for the profile, read at `fetchedAt`. */
  stale: appError.optional(),
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

/** What an edit sends, as far as a preview compares it with the number listed now. */
export interface NumberEditPreview {
  outIp?: string | undefined;
  inIp?: string | undefined;
  inboundPrefix?: string | undefined;
  remark?: string | undefined;
  enableVoicemail: boolean;
  voicemailMaxHangup?: number | undefined;
  /** The name a new greeting is sent under: always a change, even under the same name. */
  greetingFileName?: string | undefined;
}

/** What an edit changes on a number, field by field, for a preview before anything is sent. */
export function numberChanges(current: ListedNumber, edit: NumberEditPreview): FieldChange[] {
  const after: ListedNumber = {
    ...current,
    ...(edit.outIp !== undefined ? { outIp: edit.outIp } : {}),
    ...(edit.inIp !== undefined ? { inIp: edit.inIp } : {}),
    ...(edit.inboundPrefix !== undefined ? { inboundPrefix: edit.inboundPrefix } : {}),
    ...(edit.remark !== undefined ? { remark: edit.remark } : {}),
    enableVoicemail: edit.enableVoicemail,
    voicemailMaxHangup: edit.voicemailMaxHangup ?? current.voicemailMaxHangup,
    ...(edit.greetingFileName ? { voicemailFileName: `${edit.greetingFileName} (new recording)` } : {}),
  };
  return fieldChanges(current, after, [
    ['outbound IPs', (number) => number.outIp],
    ['inbound address', (number) => number.inIp],
    ['inbound prefix', (number) => number.inboundPrefix],
    ['remark', (number) => number.remark],
    ['voicemail', (number) => (number.enableVoicemail ? 'on' : 'off')],
    ['max hangup', (number) => (number.enableVoicemail && number.voicemailMaxHangup !== null ? `${number.voicemailMaxHangup} s` : '')],
    ['greeting', (number) => number.voicemailFileName],
  ]);
}

/** The most numbers one bulk edit takes: each is its own request, one at a time. */
export const MAX_BULK_NUMBERS = 100;

/**
 * An edit asked of one or several numbers (the form's one, a bulk edit's many): each field left out
 * is kept as each number has it now, voicemail included. Main reads the numbers from ITNIO and
 * answers, per number, what would change and the exact `numbers.edit` input that does it.
 */
export const numberEditPlan = z.object({
  numbers: z
    .array(phoneNumberField({ min: 7, max: 15 }))
    .min(1, 'needs at least one number')
    .max(MAX_BULK_NUMBERS, `must be at most ${MAX_BULK_NUMBERS} numbers`),
  outIp: outboundIps.optional(),
  inIp: optionalText(MAX_INBOUND_ADDRESS).optional(),
  inboundPrefix: optionalText(MAX_INBOUND_PREFIX).optional(),
  remark: optionalText(MAX_REMARK).optional(),
  enableVoicemail: z.boolean().optional(),
  voicemailMaxHangup: hangupSeconds.optional(),
  greetingId: greetingId.optional(),
});
export type NumberEditPlan = z.input<typeof numberEditPlan>;

export const numberEditPreview = z.object({
  number: z.string(),
  /** The number as just read from ITNIO → after the edit; empty when nothing would change. */
  changes: z.array(fieldChange),
  /** What `numbers.edit` is sent for this number; absent when it cannot be (see `problem`). */
  input: numberSettings.optional(),
  /** Why this number cannot take the edit (not listed, a rule broken), in the operator's words. */
  problem: z.string().optional(),
  /** `problem` as keys of main's catalog, for the window to say in its language. */
  say: z.object({ problem: said }).optional(),
});
export type NumberEditPreviewed = z.infer<typeof numberEditPreview>;

export const numberEditPreviews = z.object({
  profileId: z.string(),
  /** In the order asked. */
  previews: z.array(numberEditPreview),
});
export type NumberEditPreviews = z.infer<typeof numberEditPreviews>;
