import { z } from 'zod';
import { echoedText, optionalText, optionalWhole } from './fields';
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
