import { z } from 'zod';
import { credential, echoedText, flag, optionalText, optionalWhole, whole } from './fields';
import { pageOf } from './page';

/** The vendor's request and answer shapes for call-center SIP trunks and agent groups (spec: itnio-api.md, itnio-api-wider.md). */

/** 1 = outgoing, 2 = incoming. */
export type TrunkType = 1 | 2;

export interface TrunkQueryRequest {
  current: number;
  size: number;
  params: { type?: TrunkType; sipTrunkName?: string };
}

/**
 * The query's table names the agent group's id `voiceGroupId`, its sample `groupId`: either is
 * read, and both present must agree. It is read as `groupId`, the name this side has always used.
 */
const trunkGroup = z
  .object({
    groupId: whole.nullish(),
    voiceGroupId: whole.nullish(),
    groupName: optionalText(),
    number: echoedText(),
  })
  .transform(({ groupId, voiceGroupId, groupName, number }, context) => {
    if (groupId != null && voiceGroupId != null && groupId !== voiceGroupId) {
      context.addIssue({ code: 'custom', path: ['groupId'], message: `and voiceGroupId disagree (${groupId} and ${voiceGroupId})` });
      return z.NEVER;
    }
    const id = groupId ?? voiceGroupId;
    if (id == null) {
      context.addIssue({ code: 'custom', path: ['groupId'], message: 'is missing (neither groupId nor voiceGroupId is given)' });
      return z.NEVER;
    }
    return { groupId: id, groupName, number };
  });
export type TrunkGroup = z.output<typeof trunkGroup>;

export const trunkRecord = z.object({
  keyId: whole,
  sipTrunkName: echoedText(),
  sipPrefix: echoedText(),
  type: whole.pipe(z.union([z.literal(1), z.literal(2)])),
  /** 0 disabled, 1 enabled. */
  state: optionalWhole,
  sipGatewayIp: echoedText(),
  sipWhiteIp: echoedText(),
  ccIp: optionalText(),
  sipAccount: echoedText(),
  /** The trunk's SIP credential: a secret for the UI and the logs. */
  sipPassword: credential,
  /** Registration on or off. */
  sipTrunkState: flag,
  /** "yyyy-MM-dd HH:mm:ss" */
  createTime: optionalText(),
  updateTime: optionalText(),
  groupList: z
    .array(trunkGroup)
    .nullish()
    .transform((groups) => groups ?? []),
});
export type TrunkRecord = z.output<typeof trunkRecord>;
export const trunkQueryAnswer = pageOf(trunkRecord);
export type TrunkQueryResponse = z.output<typeof trunkQueryAnswer>;

export interface TrunkUpdateRequest {
  keyId: number;
  sipTrunkName: string;
  sipPrefix?: string;
  /** Update says voiceGroupId where the query's sample says groupId. */
  groupList: { voiceGroupId: number; number?: string }[];
  sipGatewayIp?: string;
  sipWhiteIp?: string;
  sipTrunkState: boolean;
  sipAccount?: string;
  sipPassword?: string;
}
/** The vendor documents no data for this answer; whatever comes is not used. */
export const trunkUpdateAnswer = z.unknown();
export type TrunkUpdateResponse = z.output<typeof trunkUpdateAnswer>;

export interface AgentGroupQueryRequest {
  current: number;
  size: number;
  params: { groupName?: string };
}
export const agentGroupRecord = z.object({
  voiceGroupId: whole,
  groupName: optionalText(),
  callinStrategy: optionalWhole,
  /** How many agents the group has. */
  countSeat: optionalWhole,
  appName: optionalText(),
});
export type AgentGroupRecord = z.output<typeof agentGroupRecord>;
export const agentGroupQueryAnswer = pageOf(agentGroupRecord);
export type AgentGroupQueryResponse = z.output<typeof agentGroupQueryAnswer>;
