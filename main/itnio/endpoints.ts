import {
  NUMBER_EDIT_CODES,
  SEND_SIP_CODES,
  SIP_ADD_CODES,
  SIP_QUERY_CODES,
  TRUNK_QUERY_CODES,
  TRUNK_UPDATE_CODES,
  type StatusTable,
} from './status-codes';

/** One vendor endpoint: where it lives, whether it is safe to resend, and what its codes mean. */
export interface Endpoint<Req, Res> {
  readonly name: string;
  readonly method: 'POST' | 'GET';
  readonly path: string;
  /** True only for read-only requests: anything else may have taken effect before a failure. */
  readonly retry: boolean;
  readonly codes: StatusTable;
  /** Never set: it only ties the request and response types to the descriptor. */
  readonly types?: { request: Req; response: Res };
}

const endpoint = <Req, Res>(descriptor: Omit<Endpoint<Req, Res>, 'types'>): Endpoint<Req, Res> => descriptor;

/** The vendor's page object (MyBatis-Plus). */
export interface Page<T> {
  total: number;
  size: number;
  current: number;
  pages: number;
  records: T[];
}

export interface SendSipRequest {
  callee: string;
  displayNum?: string | null;
  account: string;
  appId: string;
  calledInfo?: string;
}
/** The recording id of the call. */
export type SendSipResponse = string;

export interface SipAddRequest {
  groupName: string;
  phoneName: string;
  quantity: number;
  displayNum: string;
  appId: string;
}
export type SipAddResponse = null;

export interface SipQueryRequest {
  current: number;
  size: number;
  params: { appId: string };
}
export interface PhoneRecord {
  groupName: string;
  phoneName: string;
  account: string;
  /** The phone's SIP credential: a secret for the UI and the logs. */
  password: string;
  displayNum: string;
}
export type SipQueryResponse = Page<PhoneRecord>;

export interface NumberEditRequest {
  number: string;
  appId: string;
  outIp?: string;
  inIp?: string;
  inboundPrefix?: string;
  remark?: string;
  enableVoicemail: '0' | '1';
  voicemailFile?: string;
  voicemailFileName?: string;
  voicemailMaxHangup?: number;
}
export type NumberEditResponse = null;

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

export const ENDPOINTS = {
  sendSip: endpoint<SendSipRequest, SendSipResponse>({
    name: 'sendSip',
    method: 'POST',
    path: '/voice/sendSip',
    retry: false,
    codes: SEND_SIP_CODES,
  }),
  sipAdd: endpoint<SipAddRequest, SipAddResponse>({
    name: 'sipAdd',
    method: 'POST',
    path: '/voice/sipAdd',
    retry: false,
    codes: SIP_ADD_CODES,
  }),
  sipQuery: endpoint<SipQueryRequest, SipQueryResponse>({
    name: 'sipQuery',
    method: 'POST',
    path: '/voice/sipQuery',
    retry: true,
    codes: SIP_QUERY_CODES,
  }),
  numberEdit: endpoint<NumberEditRequest, NumberEditResponse>({
    name: 'numberEdit',
    method: 'POST',
    path: '/number/edit',
    retry: false,
    codes: NUMBER_EDIT_CODES,
  }),
  trunkQuery: endpoint<TrunkQueryRequest, TrunkQueryResponse>({
    name: 'trunkQuery',
    method: 'POST',
    path: '/v3/cc/sipTrunk/query',
    retry: true,
    codes: TRUNK_QUERY_CODES,
  }),
  trunkUpdate: endpoint<TrunkUpdateRequest, TrunkUpdateResponse>({
    name: 'trunkUpdate',
    method: 'POST',
    path: '/v3/cc/sipTrunk/update',
    retry: false,
    codes: TRUNK_UPDATE_CODES,
  }),
} as const;
