import type { Page } from './page';

/** The vendor's request and answer shapes for phones, calls, call records and recordings (spec: itnio-api.md, itnio-api-wider.md). */

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
