import type { z } from 'zod';
import type en from '../../../contract/messages/en';
import type { Said } from '../../../contract/said';
import {
  AGENT_GROUP_QUERY_CODES,
  GET_BALANCE_CODES,
  NUMBER_EDIT_CODES,
  NUMBER_QUERY_CODES,
  NUMBER_RECORD_QUERY_CODES,
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
import { getBalanceAnswer, type GetBalanceRequest } from './vendor/account';
import {
  agentGroupQueryAnswer,
  trunkQueryAnswer,
  trunkUpdateAnswer,
  type AgentGroupQueryRequest,
  type TrunkQueryRequest,
  type TrunkUpdateRequest,
} from './vendor/call-center';
import {
  numberEditAnswer,
  numberQueryAnswer,
  numberRecordQueryAnswer,
  type NumberEditRequest,
  type NumberQueryRequest,
  type NumberRecordQueryRequest,
} from './vendor/numbers';
import {
  recordingUrlAnswer,
  recordSipAnswer,
  recordSipQueryAnswer,
  sendSipAnswer,
  sipAddAnswer,
  sipQueryAnswer,
  sipResetAnswer,
  type RecordingUrlRequest,
  type RecordSipQueryRequest,
  type RecordSipRequest,
  type SendSipRequest,
  type SipAddRequest,
  type SipQueryRequest,
  type SipResetRequest,
} from './vendor/voice';

export type * from './vendor/account';
export type * from './vendor/call-center';
export type * from './vendor/numbers';
export type * from './vendor/page';
export type * from './vendor/voice';


/**
 * A write's own words for a failure that left no readable answer, so the operator learns what the
 * request can have done and what to check, never another request's advice.
 */
export interface WriteWords {
  /** It cannot have reached ITNIO: "Nothing was sent, so no call was placed." */
  readonly notSent: Said;
  /** It went out and its answer was lost: what may have happened, and what to check before sending it again. */
  readonly mayHaveActed: Said;
}

/** A write's words in main's catalog, under `itnio.writes.<name>`. */
const writeWords = (name: keyof (typeof en)['itnio']['writes']): WriteWords => ({
  notSent: { key: `itnio.writes.${name}.notSent` },
  mayHaveActed: { key: `itnio.writes.${name}.mayHaveActed` },
});

interface EndpointShape<Req, Res> {
  readonly name: string;
  readonly method: 'POST' | 'GET';
  /** `{field}` marks a path parameter, filled from the request field of that name. */
  readonly path: string;
  /** The answer's fields sit beside status and reason instead of under `data` (getBalance). */
  readonly fieldsAtTopLevel?: boolean;
  readonly codes: StatusTable;
  /** Reads a successful answer's data (or top-level fields): the vendor's answer is untrusted input. */
  readonly answer: z.ZodType<Res>;
  /** Never set: it only ties the request type to the descriptor. */
  readonly types?: { request: Req };
}

/**
 * One vendor endpoint: where it lives, whether it is safe to resend, and what its codes mean. Only
 * a read-only request is retried; anything else may have taken effect before a failure, so it
 * carries its own words for that.
 */
export type Endpoint<Req, Res> = EndpointShape<Req, Res> & ({ readonly retry: true; readonly write?: undefined } | { readonly retry: false; readonly write: WriteWords });

const endpoint = <Req, Res>(descriptor: Endpoint<Req, Res>): Endpoint<Req, Res> => descriptor;

export const ENDPOINTS = {
  sendSip: endpoint<SendSipRequest, z.output<typeof sendSipAnswer>>({
    name: 'sendSip',
    method: 'POST',
    path: '/voice/sendSip',
    retry: false,
    write: writeWords('sendSip'),
    codes: SEND_SIP_CODES,
    answer: sendSipAnswer,
  }),
  sipAdd: endpoint<SipAddRequest, z.output<typeof sipAddAnswer>>({
    name: 'sipAdd',
    method: 'POST',
    path: '/voice/sipAdd',
    retry: false,
    write: writeWords('sipAdd'),
    codes: SIP_ADD_CODES,
    answer: sipAddAnswer,
  }),
  sipQuery: endpoint<SipQueryRequest, z.output<typeof sipQueryAnswer>>({
    name: 'sipQuery',
    method: 'POST',
    path: '/voice/sipQuery',
    retry: true,
    codes: SIP_QUERY_CODES,
    answer: sipQueryAnswer,
  }),
  numberEdit: endpoint<NumberEditRequest, z.output<typeof numberEditAnswer>>({
    name: 'numberEdit',
    method: 'POST',
    path: '/number/edit',
    retry: false,
    write: writeWords('numberEdit'),
    codes: NUMBER_EDIT_CODES,
    answer: numberEditAnswer,
  }),
  trunkQuery: endpoint<TrunkQueryRequest, z.output<typeof trunkQueryAnswer>>({
    name: 'trunkQuery',
    method: 'POST',
    path: '/v3/cc/sipTrunk/query',
    retry: true,
    codes: TRUNK_QUERY_CODES,
    answer: trunkQueryAnswer,
  }),
  trunkUpdate: endpoint<TrunkUpdateRequest, z.output<typeof trunkUpdateAnswer>>({
    name: 'trunkUpdate',
    method: 'POST',
    path: '/v3/cc/sipTrunk/update',
    retry: false,
    write: writeWords('trunkUpdate'),
    codes: TRUNK_UPDATE_CODES,
    answer: trunkUpdateAnswer,
  }),
  getBalance: endpoint<GetBalanceRequest, z.output<typeof getBalanceAnswer>>({
    name: 'getBalance',
    method: 'GET',
    path: '/sms/getBalance',
    fieldsAtTopLevel: true,
    retry: true,
    codes: GET_BALANCE_CODES,
    answer: getBalanceAnswer,
  }),
  sipReset: endpoint<SipResetRequest, z.output<typeof sipResetAnswer>>({
    name: 'sipReset',
    method: 'POST',
    path: '/voice/sipReset',
    retry: false,
    write: writeWords('sipReset'),
    codes: SIP_RESET_CODES,
    answer: sipResetAnswer,
  }),
  recordSip: endpoint<RecordSipRequest, z.output<typeof recordSipAnswer>>({
    name: 'recordSip',
    method: 'GET',
    path: '/voice/recordSip/{voiceId}',
    retry: true,
    codes: RECORD_SIP_CODES,
    answer: recordSipAnswer,
  }),
  recordSipQuery: endpoint<RecordSipQueryRequest, z.output<typeof recordSipQueryAnswer>>({
    name: 'recordSipQuery',
    method: 'POST',
    path: '/voice/recordSipQuery',
    retry: true,
    codes: RECORD_SIP_QUERY_CODES,
    answer: recordSipQueryAnswer,
  }),
  recordingUrl: endpoint<RecordingUrlRequest, z.output<typeof recordingUrlAnswer>>({
    name: 'recordingUrl',
    method: 'GET',
    path: '/voice/getRecordingFileUrl',
    retry: true,
    codes: RECORDING_URL_CODES,
    answer: recordingUrlAnswer,
  }),
  numberQueryPage: endpoint<NumberQueryRequest, z.output<typeof numberQueryAnswer>>({
    name: 'numberQueryPage',
    method: 'POST',
    path: '/number/queryPage',
    retry: true,
    codes: NUMBER_QUERY_CODES,
    answer: numberQueryAnswer,
  }),
  numberRecordQuery: endpoint<NumberRecordQueryRequest, z.output<typeof numberRecordQueryAnswer>>({
    name: 'numberRecordQuery',
    method: 'POST',
    path: '/number/record/queryPage',
    retry: true,
    codes: NUMBER_RECORD_QUERY_CODES,
    answer: numberRecordQueryAnswer,
  }),
  agentGroupQuery: endpoint<AgentGroupQueryRequest, z.output<typeof agentGroupQueryAnswer>>({
    name: 'agentGroupQuery',
    method: 'POST',
    path: '/v3/cc/seatGroup/query',
    retry: true,
    codes: AGENT_GROUP_QUERY_CODES,
    answer: agentGroupQueryAnswer,
  }),
} as const;
