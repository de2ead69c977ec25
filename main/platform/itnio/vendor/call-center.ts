import type { Page } from './page';

/** The vendor's request and answer shapes for call-center SIP trunks and agent groups (spec: itnio-api.md, itnio-api-wider.md). */

/** 1 = outgoing, 2 = incoming. */
export type TrunkType = 1 | 2;

export interface TrunkQueryRequest {
  current: number;
  size: number;
  params: { type?: TrunkType; sipTrunkName?: string };
}
export interface TrunkGroup {
  groupId: number;
  groupName: string;
  number: string;
}
export interface TrunkRecord {
  keyId: number;
  sipTrunkName: string;
  sipPrefix: string;
  type: TrunkType;
  /** 0 disabled, 1 enabled. */
  state: 0 | 1;
  sipGatewayIp: string;
  sipWhiteIp: string;
  ccIp: string;
  sipAccount: string;
  /** The trunk's SIP credential: a secret for the UI and the logs. */
  sipPassword: string;
  /** Registration on or off. */
  sipTrunkState: boolean;
  /** "yyyy-MM-dd HH:mm:ss" */
  createTime: string;
  updateTime: string;
  groupList: TrunkGroup[];
}
export type TrunkQueryResponse = Page<TrunkRecord> & { searchCount?: boolean };

export interface TrunkUpdateRequest {
  keyId: number;
  sipTrunkName: string;
  sipPrefix?: string;
  /** Update says voiceGroupId where the query says groupId. */
  groupList: { voiceGroupId: number; number?: string }[];
  sipGatewayIp?: string;
  sipWhiteIp?: string;
  sipTrunkState: boolean;
  sipAccount?: string;
  sipPassword?: string;
}
/** The vendor documents no data for this answer. */
export type TrunkUpdateResponse = unknown;

export interface AgentGroupQueryRequest {
  current: number;
  size: number;
  params: { groupName?: string };
}
export interface AgentGroupRecord {
  voiceGroupId: number;
  groupName: string;
  callinStrategy: number | null;
  /** How many agents the group has. */
  countSeat: number | null;
  appName: string | null;
}
export type AgentGroupQueryResponse = Page<AgentGroupRecord>;
