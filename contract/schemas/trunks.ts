import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { fieldChanges, type FieldChange } from '../field-changes';
import { fieldChange } from './changes';
import { appError } from './app-error';
import { changedValueIssues, ruleOf, type EditedValue, type EditIssue, type FieldRule } from './changed';
import { plainText } from './rules';

/**
 * Call-center SIP trunks (`/v3/cc/sipTrunk/query` and `/update`). Field names are the vendor's,
 * so that a status code's `field` (sipTrunkName, sipGatewayIp, groupList, ...) names the same
 * form field the operator typed into.
 */

export const OUTGOING = 1;
export const INCOMING = 2;
export const trunkType = z.union([z.literal(OUTGOING), z.literal(INCOMING)]);
export type TrunkType = z.infer<typeof trunkType>;

export const TRUNK_TYPE_NAMES = { [OUTGOING]: 'outgoing', [INCOMING]: 'incoming' } as const satisfies Record<TrunkType, string>;

const MAX_TRUNK_NAME = 50;
const MAX_IP = 50;
const MAX_BOUND_NUMBER = 50;
const MAX_PREFIX = 50;
const MAX_ACCOUNT = 64;

/**
 * A trunk as the renderer sees it: the vendor's record without its SIP password (handed out one
 * trunk at a time by `trunks.password`), with the vendor's nulls read as empty text.
 */
const trunkGroup = z.object({
  /** The query says groupId where the update says voiceGroupId. */
  groupId: z.number().int(),
  groupName: z.string(),
  number: z.string(),
});
export const trunkRecord = z.object({
  keyId: z.number().int(),
  sipTrunkName: z.string(),
  sipPrefix: z.string(),
  type: trunkType,
  /** The vendor's state: enabled or disabled (set in the console, not by update). */
  enabled: z.boolean(),
  sipGatewayIp: z.string(),
  sipWhiteIp: z.string(),
  ccIp: z.string(),
  sipAccount: z.string(),
  hasSipPassword: z.boolean(),
  /** Registration on or off. */
  sipTrunkState: z.boolean(),
  /** "yyyy-MM-dd HH:mm:ss", as the vendor writes it. */
  createTime: z.string(),
  updateTime: z.string(),
  groupList: z.array(trunkGroup),
});
export type TrunkRecord = z.infer<typeof trunkRecord>;

const TRUNK_SORT_KEYS = ['sipTrunkName', 'type', 'enabled', 'updateTime'] as const;
export const trunkSort = z.object({ by: z.enum(TRUNK_SORT_KEYS), direction: z.enum(['asc', 'desc']) });
export type TrunkSort = z.infer<typeof trunkSort>;

/** One order for the screen, the CSV and the CLI; ties keep the vendor's (keyId) order. */
export function sortTrunks(records: readonly TrunkRecord[], sort: TrunkSort | undefined): TrunkRecord[] {
  if (!sort) return [...records];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = (record: TrunkRecord): string | number => (sort.by === 'enabled' ? Number(record.enabled) : record[sort.by]);
  return [...records].sort((a, b) => {
    const [left, right] = [key(a), key(b)];
    const order = typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right), undefined, { sensitivity: 'base' });
    return order * sign || a.keyId - b.keyId;
  });
}

export const trunkFilter = z.object({
  type: trunkType.optional(),
  /** A part of the name (the vendor's fuzzy match). */
  sipTrunkName: plainText().trim().max(MAX_TRUNK_NAME, `must be at most ${MAX_TRUNK_NAME} characters`).optional(),
});
export type TrunkFilter = z.infer<typeof trunkFilter>;

export const listTrunksInput = trunkFilter.extend({
  current: z.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
  size: z.number().int('must be a whole number').min(1, 'must be 1–100').max(100, 'must be 1–100').default(20),
  /** Every page at once (the page and size are then ignored). */
  all: z.boolean().optional(),
});
export type ListTrunksInput = z.input<typeof listTrunksInput>;

export const trunkPage = z.object({
  profileId: z.string(),
  /** ISO time the page was read from ITNIO. */
  fetchedAt: z.string(),
  total: z.number().int(),
  current: z.number().int(),
  size: z.number().int(),
  pages: z.number().int(),
  records: z.array(trunkRecord),
  /** The read failed (this error); this is the last answer kept for the profile, read at `fetchedAt`. */
  stale: appError.optional(),
});
export type TrunkPage = z.infer<typeof trunkPage>;

export const trunkRef = z.object({ keyId: z.number({ error: 'must be a trunk id (a whole number)' }).int('must be a whole number').min(1, 'must be 1 or more') });
export const trunkPassword = z.object({ keyId: z.number().int(), sipPassword: z.string() });

export const agentGroup = z.object({ voiceGroupId: z.number().int(), groupName: z.string() });
export const agentGroupList = z.array(agentGroup);
export type AgentGroup = z.infer<typeof agentGroup>;

export const exportTrunksInput = trunkFilter.extend({ sort: trunkSort.optional() });
export const exportTrunksResult = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), path: z.string(), rows: z.number().int() }),
]);

/** One IP address, v4 in dotted decimal or v6 (no zone, no port), as the vendor takes it. */
const isTrunkIp = (value: string): boolean =>
  ipaddr.IPv4.isValidFourPartDecimal(value) || (ipaddr.IPv6.isValid(value) && !value.includes('%'));

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).optional();

const trunkGroupInput = z.object({
  voiceGroupId: z.number({ error: 'must be an agent group id (a whole number)' }).int('must be a whole number').min(1, 'must be 1 or more'),
  /** Incoming trunks only: the number this agent group answers. */
  number: optionalText(MAX_BOUND_NUMBER),
});

/**
 * An edit of one trunk, held to the vendor's own rules: what is required, the 50-character limits,
 * the agent groups. `type` is the trunk's own (from the list), which decides the fields: outgoing
 * needs the gateway IP, and with registration on the SIP account (and a password, the current one
 * when left empty); incoming needs the whitelist IP and a number for every agent group. Fields of
 * the other type must stay empty: the vendor refuses them (-44). Our stricter rules are
 * `trunkEditIssues`.
 */
export const updateTrunkInput = z
  .object({
    keyId: trunkRef.shape.keyId,
    type: trunkType,
    sipTrunkName: z.string().trim().min(1, 'is required').max(MAX_TRUNK_NAME, `must be at most ${MAX_TRUNK_NAME} characters`),
    sipPrefix: z.string().trim().optional(),
    groupList: z.array(trunkGroupInput),
    sipGatewayIp: optionalText(MAX_IP),
    sipWhiteIp: optionalText(MAX_IP),
    sipTrunkState: z.boolean({ error: 'must be on or off' }),
    sipAccount: z.string().trim().optional(),
    /** Write-only; empty keeps the trunk's current password. */
    sipPassword: z.string().max(128, 'must be at most 128 characters').optional(),
  })
  .superRefine((value, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    if (value.groupList.length === 0) issue(['groupList'], 'needs at least one agent group');
    const seen = new Set<number>();
    value.groupList.forEach(({ voiceGroupId }, index) => {
      if (seen.has(voiceGroupId)) issue(['groupList', index, 'voiceGroupId'], 'is already in the list: each agent group only once');
      seen.add(voiceGroupId);
    });

    if (value.type === OUTGOING) {
      if (!value.sipGatewayIp) issue(['sipGatewayIp'], 'is required for an outgoing trunk');
      if (value.sipWhiteIp) issue(['sipWhiteIp'], 'is for incoming trunks only; leave it empty');
      value.groupList.forEach(({ number }, index) => {
        if (number) issue(['groupList', index, 'number'], 'is for incoming trunks only; leave it empty');
      });
      if (value.sipTrunkState && !value.sipAccount) issue(['sipAccount'], 'is required when registration is on');
      return;
    }

    if (!value.sipWhiteIp) issue(['sipWhiteIp'], 'is required for an incoming trunk');
    if (value.sipGatewayIp) issue(['sipGatewayIp'], 'is for outgoing trunks only; leave it empty');
    value.groupList.forEach(({ number }, index) => {
      if (!number) issue(['groupList', index, 'number'], 'is required: every agent group of an incoming trunk needs its number');
    });
    if (value.sipAccount) issue(['sipAccount'], 'is for outgoing trunks only; leave it empty');
    if (value.sipPassword) issue(['sipPassword'], 'is for outgoing trunks only; leave it empty');
  });
export type UpdateTrunkInput = z.input<typeof updateTrunkInput>;

const ipRule: FieldRule = (value) => (isTrunkIp(value) ? undefined : 'must be one IP address such as 203.0.113.10 or 2001:db8::10 (no port, no host name)');
const nameRule = ruleOf(plainText());
const noSpaces = (max: number) => ruleOf(plainText().max(max, `must be at most ${max} characters`).regex(/^\S*$/, 'must not contain spaces'));
const prefixRule = noSpaces(MAX_PREFIX);
const accountRule = noSpaces(MAX_ACCOUNT);
const boundNumberRule = ruleOf(z.string().regex(/^\d+$/, `must be 1–${MAX_BOUND_NUMBER} digits (country code and number), nothing else`));

/**
 * Our rules, stricter than the vendor's, for the values of an edit that differ from `current`, the
 * trunk as ITNIO holds it (every value when it is not given): one IP address where ITNIO takes any
 * 50 characters, digits for a bound number, no spaces in the prefix or SIP account, no control or
 * direction characters anywhere. A bound number is compared with the one its agent group has now.
 */
export function trunkEditIssues(input: UpdateTrunkInput, current?: TrunkRecord): EditIssue[] {
  const common: EditedValue[] = [
    { field: 'sipTrunkName', value: input.sipTrunkName, read: current?.sipTrunkName, rule: nameRule },
    { field: 'sipPrefix', value: input.sipPrefix, read: current?.sipPrefix, rule: prefixRule },
  ];
  const own: EditedValue[] =
    input.type === OUTGOING
      ? [
          { field: 'sipGatewayIp', value: input.sipGatewayIp, read: current?.sipGatewayIp, rule: ipRule },
          { field: 'sipAccount', value: input.sipAccount, read: current?.sipAccount, rule: accountRule },
        ]
      : [
          { field: 'sipWhiteIp', value: input.sipWhiteIp, read: current?.sipWhiteIp, rule: ipRule },
          ...input.groupList.map(({ voiceGroupId, number }, index) => ({
            field: `groupList.${index}.number`,
            value: number,
            read: current?.groupList.find((group) => group.groupId === voiceGroupId)?.number,
            rule: boundNumberRule,
          })),
        ];
  return changedValueIssues([...common, ...own]);
}

/**
 * The edit that changes nothing: the list record read back into update fields (the query's
 * `groupId` becomes `voiceGroupId`, numbers only on incoming trunks, the password left empty so
 * the current one is kept).
 */
export function updateInputFrom(record: TrunkRecord): UpdateTrunkInput {
  const outgoing = record.type === OUTGOING;
  return {
    keyId: record.keyId,
    type: record.type,
    sipTrunkName: record.sipTrunkName,
    sipPrefix: record.sipPrefix,
    groupList: record.groupList.map(({ groupId, number }) => (outgoing ? { voiceGroupId: groupId } : { voiceGroupId: groupId, number })),
    sipGatewayIp: outgoing ? record.sipGatewayIp : '',
    sipWhiteIp: outgoing ? '' : record.sipWhiteIp,
    sipTrunkState: record.sipTrunkState,
    sipAccount: outgoing ? record.sipAccount : '',
    sipPassword: '',
  };
}

export const updatedTrunk = z.object({
  keyId: z.number().int(),
  /** The trunk as read back after the save; absent when that read failed (the save itself succeeded). */
  record: trunkRecord.optional(),
});
export type UpdatedTrunk = z.infer<typeof updatedTrunk>;

const groupListText = (groups: UpdateTrunkInput['groupList']): string =>
  groups.map((group) => `${group.voiceGroupId}${'number' in group && group.number ? `:${group.number}` : ''}`).join(', ');

/** What an update changes on a trunk, field by field, for a preview before anything is sent; the password only as "changed". */
export function trunkChanges(record: TrunkRecord, edit: UpdateTrunkInput): FieldChange[] {
  const changes = fieldChanges(updateInputFrom(record), edit, [
    ['name', (trunk) => trunk.sipTrunkName],
    ['prefix', (trunk) => trunk.sipPrefix ?? ''],
    ['gateway IP', (trunk) => trunk.sipGatewayIp ?? ''],
    ['whitelist IP', (trunk) => trunk.sipWhiteIp ?? ''],
    ['registration', (trunk) => (trunk.sipTrunkState ? 'on' : 'off')],
    ['SIP account', (trunk) => trunk.sipAccount ?? ''],
    ['agent groups', (trunk) => groupListText(trunk.groupList)],
  ]);
  return edit.sipPassword ? [...changes, { field: 'SIP password', current: record.hasSipPassword ? '(set)' : '', next: 'changed' }] : changes;
}

/** What a trunk update would change, against the trunk as just read from ITNIO (the password only as "changed"). */
export const trunkUpdatePreview = z.object({
  keyId: z.number().int(),
  changes: z.array(fieldChange),
});
export type TrunkUpdatePreview = z.infer<typeof trunkUpdatePreview>;
