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
import type { GetBalanceRequest, GetBalanceResponse } from './vendor/account';
import type { AgentGroupQueryRequest, AgentGroupQueryResponse, TrunkQueryRequest, TrunkQueryResponse, TrunkUpdateRequest, TrunkUpdateResponse } from './vendor/call-center';
import type { NumberEditRequest, NumberEditResponse, NumberQueryRequest, NumberQueryResponse } from './vendor/numbers';
import type {
  RecordingUrlRequest,
  RecordingUrlResponse,
  RecordSipQueryRequest,
  RecordSipQueryResponse,
  RecordSipRequest,
  RecordSipResponse,
  SendSipRequest,
  SendSipResponse,
  SipAddRequest,
  SipAddResponse,
  SipQueryRequest,
  SipQueryResponse,
  SipResetRequest,
  SipResetResponse,
} from './vendor/voice';

export type * from './vendor/account';
export type * from './vendor/call-center';
export type * from './vendor/numbers';
export type * from './vendor/page';
export type * from './vendor/voice';


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
