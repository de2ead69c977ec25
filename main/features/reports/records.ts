import type { ReportOutcome } from '../../../contract/schemas/reports';

/**
 * What a report keeps of each record, read once from ITNIO and kept per profile and day: the few
 * fields the figures count, so a day of a busy account stays small on disk.
 */

/** A phone's call (`/voice/recordSipQuery`). */
export interface PhoneCall {
  /** The vendor's voiceId: a call read twice (two windows meet) is counted once. */
  id: string;
  /** submitTime, epoch ms. */
  at: number;
  group: string;
  phone: string;
  outcome: ReportOutcome;
  /** Seconds talked; 0 unless answered. */
  talkSeconds: number;
  /** The record's cost in the quote currency; 0 when unreadable. */
  cost: number;
}

/** A call on one of the account's numbers (`/number/record/queryPage`). */
export interface NumberCall {
  /** The vendor's callid. */
  id: string;
  /** startTime, epoch ms. */
  at: number;
  number: string;
  direction: 'incoming' | 'outgoing';
  answered: boolean;
  cost: number;
}
