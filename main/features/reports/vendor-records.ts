import type { HistoryOutcome } from '../../../contract/schemas/call-history';
import { callEnding } from '../../../contract/schemas/call-record-text';
import type { ReportOutcome } from '../../../contract/schemas/reports';
import type { CallRecord as VendorCallRecord, NumberCallRecord } from '../../platform/itnio';
import { toActivityRecord } from '../calls/activity';
import { toCallRecord } from '../calls/call-records';
import type { NumberCall, PhoneCall } from './records';

/** The history's outcomes in the report's four: a call cancelled rang out unanswered, one declined found the line refused. */
const BUCKET: Readonly<Record<HistoryOutcome, ReportOutcome | undefined>> = {
  answered: 'answered',
  'no-answer': 'noAnswer',
  cancelled: 'noAnswer',
  busy: 'busy',
  declined: 'busy',
  'call-failed': 'failed',
  placed: undefined,
  placing: undefined,
  unknown: undefined,
  refused: undefined,
  failed: undefined,
};

const money = (text: string): number => {
  const amount = Number(text);
  return text.trim() !== '' && Number.isFinite(amount) ? amount : 0;
};

/**
 * A phone CDR as the report counts it, with the history's own reading of "answered" and of the
 * ending; undefined for a record with no id or no readable time, which cannot be placed on a day.
 */
export function toPhoneCall(vendor: VendorCallRecord): PhoneCall | undefined {
  const record = toCallRecord(vendor);
  const id = vendor.voiceId ?? '';
  const at = Date.parse(record.submitTime);
  if (!id || Number.isNaN(at)) return undefined;
  const outcome = BUCKET[callEnding(record).outcome] ?? 'failed';
  return {
    id,
    at,
    group: record.sipGroupName,
    phone: record.phoneName,
    outcome,
    talkSeconds: outcome === 'answered' ? record.callDuration : 0,
    cost: money(record.cost),
  };
}

/** A number's call as the report counts it, read as the Activity screen reads it. */
export function toNumberCall(vendor: NumberCallRecord): NumberCall | undefined {
  const record = toActivityRecord(vendor);
  const at = record ? Date.parse(record.startTime) : Number.NaN;
  if (!record?.callId || Number.isNaN(at)) return undefined;
  return { id: record.callId, at, number: record.number, direction: record.direction, answered: record.answered, cost: money(record.cost) };
}
