import { z } from 'zod';
import { recordingId } from '../../../../contract/schemas/calls';
import { credential, numeric, optionalText, text, whole } from './fields';
import { pageOf } from './page';

/** The vendor's request and answer shapes for phones, calls, call records and recordings (spec: itnio-api.md, itnio-api-wider.md). */

export interface SendSipRequest {
  callee: string;
  displayNum?: string | null;
  account: string;
  appId: string;
  calledInfo?: string;
}
/**
 * The recording id of the call. It is stored in the history and travels in URL paths, so it is
 * held to the characters and length of a real id rather than kept whatever it is.
 */
export const sendSipAnswer = recordingId;
export type SendSipResponse = z.output<typeof sendSipAnswer>;

export interface SipAddRequest {
  groupName: string;
  phoneName: string;
  quantity: number;
  displayNum: string;
  appId: string;
}
/** The vendor documents null; whatever comes is not used. */
export const sipAddAnswer = z.unknown();
export type SipAddResponse = z.output<typeof sipAddAnswer>;

export interface SipQueryRequest {
  current: number;
  size: number;
  params: { appId: string };
}
export const phoneRecord = z.object({
  groupName: text(),
  phoneName: text(),
  // The key of every later request about the phone (a call, a reset), so capped hard. One with a
  // control character could not be called anyway (the account field refuses them), so it is only shown.
  account: text(64).pipe(z.string().min(1, 'is empty')),
  /** The phone's SIP credential: a secret for the UI and the logs. */
  password: credential.transform((value) => value ?? ''),
  displayNum: optionalText().transform((value) => value ?? ''),
});
export type PhoneRecord = z.output<typeof phoneRecord>;
export const sipQueryAnswer = pageOf(phoneRecord);
export type SipQueryResponse = z.output<typeof sipQueryAnswer>;

export interface SipResetRequest {
  account: string;
  appId: string;
}
export const sipResetAnswer = z.object({
  account: text(64),
  /** The phone's new SIP credential: a secret for the UI and the logs. */
  password: z.string().min(1, 'is empty').max(256, 'is longer than 256 characters'),
});
export type SipResetResponse = z.output<typeof sipResetAnswer>;

/** Money and rates: decimal strings in the docs, sometimes numbers; read as text either way. */
const amount = z
  .union([text(40), numeric.transform(String)])
  .nullish()
  .transform((value) => value ?? null);

/**
 * One phone call's record (CDR). Times are ISO-8601 with an offset. `terminationCode` is a SIP
 * code here (200 = connected); older pages say "0 = success", and in sendGroup results the same
 * field is a submission status.
 */
export const callRecord = z.object({
  voiceId: optionalText(128),
  sipGroupName: optionalText(),
  phoneName: optionalText(),
  callee: optionalText(40),
  displayNum: optionalText(40),
  /** Region or operator text, e.g. "India(Karnataka)". */
  code: optionalText(),
  submitTime: optionalText(40),
  callTime: optionalText(40),
  ringingTime: optionalText(40),
  answerTime: optionalText(40),
  hangupTime: optionalText(40),
  /** Seconds. */
  callDuration: numeric.nullish().transform((value) => value ?? null),
  chargedDuration: numeric.nullish().transform((value) => value ?? null),
  terminationCode: z
    .union([text(20), whole.transform(String)])
    .nullish()
    .transform((value) => value ?? null),
  terminationReason: optionalText(),
  cost: amount,
  billPeriod: amount,
  rate: amount,
  /** Empty or absent when nothing was recorded. */
  recordingFileId: optionalText(256),
  /** Set only when the quote currency is not USD. */
  currency: optionalText(10),
  settleRate: amount,
  quoteExchange: amount,
  settlePay: amount,
});
export type CallRecord = z.output<typeof callRecord>;

export interface RecordSipRequest {
  /** The id sendSip answered with (a path parameter). */
  voiceId: string;
}
/** Null until the call's record exists (the sandbox's reading; the vendor documents no code for it). */
export const recordSipAnswer = callRecord.nullable();
export type RecordSipResponse = z.output<typeof recordSipAnswer>;

export interface RecordSipQueryRequest {
  current: number;
  size: number;
  /** ISO-8601 with offset; at most 31 days apart, within the last two months. */
  params: { strTime: string; endTime: string; sipGroupName?: string; phoneName?: string };
}
export const recordSipQueryAnswer = pageOf(callRecord);
export type RecordSipQueryResponse = z.output<typeof recordSipQueryAnswer>;

export interface RecordingUrlRequest {
  recordingFileId: string;
  /** The vendor's default is group; phone calls need sip. */
  sourceType: 'sip' | 'group';
}
export const recordingUrlAnswer = z.object({
  /** Short-lived and pre-signed: a plain GET fetches the audio. */
  url: z.string().max(4_096, 'is longer than 4096 characters'),
  /** Epoch milliseconds (13 digits). */
  expireTime: whole,
});
export type RecordingUrlResponse = z.output<typeof recordingUrlAnswer>;
