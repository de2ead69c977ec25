import type { Page } from './page';

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
export type NumberEditResponse = null;

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
