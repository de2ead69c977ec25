import {
  AGENT_GROUP_QUERY_CODES,
  GET_BALANCE_CODES,
  NUMBER_EDIT_CODES,
  NUMBER_QUERY_CODES,
  RECORD_SIP_CODES,
  RECORD_SIP_QUERY_CODES,
  RECORDING_URL_CODES,
  SIP_RESET_CODES,
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
  /** `{field}` marks a path parameter, filled from the request field of that name. */
  readonly path: string;
  /** The answer's fields sit beside status and reason instead of under `data` (getBalance). */
  readonly fieldsAtTopLevel?: boolean;
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

/** No parameters: the balance is the whole account's. */
export type GetBalanceRequest = Record<string, never>;
/** Amounts are decimal strings in the account's currency. */
export interface GetBalanceResponse {
  /** The real balance. */
  balance: string;
  /** Promotional balance. */
  gift: string;
  /** Credit line. */
  credit: string;
}

export interface SipResetRequest {
  account: string;
  appId: string;
}
export interface SipResetResponse {
  account: string;
  /** The phone's new SIP credential: a secret for the UI and the logs. */
  password: string;
}

/**
 * One phone call's record (CDR). Times are ISO-8601 with an offset. `terminationCode` is a SIP
 * code here (200 = connected); older pages say "0 = success", and in sendGroup results the same
 * field is a submission status.
 */
export interface CallRecord {
  voiceId: string;
  sipGroupName: string;
  phoneName: string;
  callee: string;
  displayNum: string | null;
  /** Region or operator text, e.g. "India(Karnataka)". */
  code: string;
  submitTime: string | null;
  callTime: string | null;
  ringingTime: string | null;
  answerTime: string | null;
  hangupTime: string | null;
  /** Seconds. */
  callDuration: number;
  chargedDuration: number;
  terminationCode: string;
  terminationReason: string;
  cost: string;
  billPeriod: string;
  rate: string;
  /** Empty or absent when nothing was recorded. */
  recordingFileId?: string | null;
  /** Set only when the quote currency is not USD. */
  currency?: string | null;
  settleRate?: string | null;
  quoteExchange?: string | null;
  settlePay?: string | null;
}

export interface RecordSipRequest {
  /** The id sendSip answered with (a path parameter). */
  voiceId: string;
}
/** Null until the call's record exists (the sandbox's reading; the vendor documents no code for it). */
export type RecordSipResponse = CallRecord | null;

export interface RecordSipQueryRequest {
  current: number;
  size: number;
  /** ISO-8601 with offset; at most 31 days apart, within the last two months. */
  params: { strTime: string; endTime: string; sipGroupName?: string; phoneName?: string };
}
export type RecordSipQueryResponse = Page<CallRecord>;

export interface RecordingUrlRequest {
  recordingFileId: string;
  /** The vendor's default is group; phone calls need sip. */
  sourceType: 'sip' | 'group';
}
export interface RecordingUrlResponse {
  /** Short-lived and pre-signed: a plain GET fetches the audio. */
  url: string;
  /** Epoch milliseconds (13 digits). */
  expireTime: number;
}

export interface NumberQueryRequest {
  current: number;
  size: number;
  params: { appId?: string };
}
export interface NumberRecord {
  number: string;
  ccode: string;
  country: string;
  /** "yyyy-MM-dd" */
  dueDate: string | null;
  /** 3 in use, 4 expired, 5 disabled. */
  state: number;
  inboundPrefix: string | null;
  /** "MOBILE" or "FIXED". */
  type: string;
  outIp: string | null;
  inIp: string | null;
  remark: string | null;
  appId: string | null;
  /** An integer here (1 on, 0 off), where number/edit takes the strings "1" and "0". */
  enableVoicemail: number | null;
  voicemailFileId: string | null;
  voicemailFileName: string | null;
  voicemailMaxHangup: number | null;
}
export type NumberQueryResponse = Page<NumberRecord>;

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
  getBalance: endpoint<GetBalanceRequest, GetBalanceResponse>({
    name: 'getBalance',
    method: 'GET',
    path: '/sms/getBalance',
    fieldsAtTopLevel: true,
    retry: true,
    codes: GET_BALANCE_CODES,
  }),
  sipReset: endpoint<SipResetRequest, SipResetResponse>({
    name: 'sipReset',
    method: 'POST',
    path: '/voice/sipReset',
    retry: false,
    codes: SIP_RESET_CODES,
  }),
  recordSip: endpoint<RecordSipRequest, RecordSipResponse>({
    name: 'recordSip',
    method: 'GET',
    path: '/voice/recordSip/{voiceId}',
    retry: true,
    codes: RECORD_SIP_CODES,
  }),
  recordSipQuery: endpoint<RecordSipQueryRequest, RecordSipQueryResponse>({
    name: 'recordSipQuery',
    method: 'POST',
    path: '/voice/recordSipQuery',
    retry: true,
    codes: RECORD_SIP_QUERY_CODES,
  }),
  recordingUrl: endpoint<RecordingUrlRequest, RecordingUrlResponse>({
    name: 'recordingUrl',
    method: 'GET',
    path: '/voice/getRecordingFileUrl',
    retry: true,
    codes: RECORDING_URL_CODES,
  }),
  numberQueryPage: endpoint<NumberQueryRequest, NumberQueryResponse>({
    name: 'numberQueryPage',
    method: 'POST',
    path: '/number/queryPage',
    retry: true,
    codes: NUMBER_QUERY_CODES,
  }),
  agentGroupQuery: endpoint<AgentGroupQueryRequest, AgentGroupQueryResponse>({
    name: 'agentGroupQuery',
    method: 'POST',
    path: '/v3/cc/seatGroup/query',
    retry: true,
    codes: AGENT_GROUP_QUERY_CODES,
  }),
} as const;
