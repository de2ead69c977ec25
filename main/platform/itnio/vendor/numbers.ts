import { z } from 'zod';
import { echoedText, optionalText, optionalWhole, text } from './fields';
import { pageOf } from './page';

/** The vendor's request and answer shapes for numbers (spec: itnio-api.md, itnio-api-wider.md). */

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
/** The vendor documents null; whatever comes is not used. */
export const numberEditAnswer = z.unknown();
export type NumberEditResponse = z.output<typeof numberEditAnswer>;

export interface NumberQueryRequest {
  current: number;
  size: number;
  params: { appId?: string };
}
export const numberRecord = z.object({
  // The key of the edit: sent back as read, so kept exact and capped hard.
  number: z.string().min(1, 'is empty').max(40, 'is longer than 40 characters'),
  ccode: optionalText(),
  country: optionalText(),
  /** "yyyy-MM-dd" */
  dueDate: optionalText(),
  /** 3 in use, 4 expired, 5 disabled. */
  state: optionalWhole,
  inboundPrefix: echoedText(),
  /** "MOBILE" or "FIXED". */
  type: optionalText(),
  outIp: echoedText(),
  inIp: echoedText(),
  remark: echoedText(),
  appId: optionalText(),
  /** An integer here (1 on, 0 off), where number/edit takes the strings "1" and "0". */
  enableVoicemail: optionalWhole,
  voicemailFileId: optionalText(),
  voicemailFileName: optionalText(),
  /** An integer in the table, the string "99" in the vendor's own sample: both read. */
  voicemailMaxHangup: optionalWhole,
});
export type NumberRecord = z.output<typeof numberRecord>;
export const numberQueryAnswer = pageOf(numberRecord);
export type NumberQueryResponse = z.output<typeof numberQueryAnswer>;

export interface NumberRecordQueryRequest {
  current: number;
  size: number;
  /** ISO-8601 with offset, as recordSipQuery takes them; at most 31 days apart, within the last two months. */
  params: { strTime: string; endTime: string };
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;
/** Epoch values this large are milliseconds (13 digits); smaller ones are seconds (10 digits until 2286). */
const EPOCH_MS_FROM = 1e11;
const epochMs = (value: number): number => (value >= EPOCH_MS_FROM ? value : value * 1000);

/**
 * A number record's time, as epoch milliseconds. The table calls them "timestamp" strings (the end
 * labelled seconds) where every other voice record has ISO-8601 with an offset, so all are read:
 * ISO text, or epoch seconds or milliseconds as digits or a JSON number. Empty or absent is null.
 */
const recordTime = z
  .union([
    z.literal('').transform(() => null),
    z.string().trim().max(40, 'is longer than 40 characters').regex(/^\d{1,13}$/).transform((digits) => epochMs(Number(digits))),
    z
      .string()
      .trim()
      .max(40, 'is longer than 40 characters')
      .regex(ISO_WITH_OFFSET, 'is not a time (ISO-8601 with an offset, or epoch seconds or milliseconds)')
      .transform((iso) => Date.parse(iso)),
    z.number().int('is not a whole number of seconds or milliseconds').nonnegative().safe().transform(epochMs),
  ])
  .nullish()
  .pipe(z.number().min(0).max(8.64e15, 'is not a time').nullish())
  .transform((value) => value ?? null);

/** The amount of a call: a Double in the table, sometimes a string; kept as the decimal text it reads. */
const decimalText = z
  .union([z.number().finite().transform(String), z.string().trim().regex(/^-?\d{1,15}(\.\d{1,10})?$/, 'is not a number')])
  .nullish()
  .transform((value) => value ?? null);

/** Text the docs type as a string that samples may send as a number (rates, periods, codes). */
const looseText = (max: number) =>
  z
    .union([text(max), z.number().finite().transform(String)])
    .nullish()
    .transform((value) => value ?? null);

/** One call on one of the account's numbers (§5.3): incoming (callSource 2) or outgoing (3). */
export const numberCallRecord = z.object({
  /** The record id (spelt with a lower-case "id"). */
  callid: optionalText(128),
  /** The account's number (DID). */
  number: optionalText(40),
  /** "MOBILE" or "FIXED". */
  type: optionalText(20),
  caller: optionalText(40),
  called: optionalText(40),
  ccode: optionalText(10),
  country: optionalText(),
  /** 2 incoming, 3 outgoing: an Integer in the table, read from its digits too. */
  callSource: optionalWhole,
  /** Seconds. */
  callDuration: optionalWhole,
  chargedDuration: optionalWhole,
  startTime: recordTime,
  endTime: recordTime,
  /** In the quote currency. */
  pay: decimalText,
  sipCode: looseText(20),
  /**
   * A direct link to the audio, fetched as it is (so kept exact, never shown); empty when nothing
   * was recorded. Only main ever holds it.
   */
  recordingFileUrl: z
    .string()
    .max(4_096, 'is longer than 4096 characters')
    .nullish()
    .transform((value) => (value ? value : null)),
  hangupReason: optionalText(),
  appId: optionalText(64),
  chargedPeriod: looseText(40),
  customerRate: looseText(40),
});
export type NumberCallRecord = z.output<typeof numberCallRecord>;
export const numberRecordQueryAnswer = pageOf(numberCallRecord);
export type NumberRecordQueryResponse = z.output<typeof numberRecordQueryAnswer>;
