import type { CallRecord } from '../../../contract/schemas/calls';
import type { CallRecord as VendorCallRecord } from '../../platform/itnio';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const seconds = (value: unknown): number => {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? Math.round(number) : 0;
};

/** SIP 200 on current pages; "0" on the older Chinese page that predates the SIP codes. */
const CONNECTED_CODES = new Set(['200', '0']);

/**
 * The vendor's CDR for the renderer. "Answered" needs all three signs the spec names (an answer
 * time, a duration and a connected code), since terminationCode alone has meant two things.
 */
export function toCallRecord(record: VendorCallRecord): CallRecord {
  const terminationCode = text(record.terminationCode);
  const callDuration = seconds(record.callDuration);
  const answerTime = text(record.answerTime);
  return {
    answered: answerTime !== '' && callDuration > 0 && CONNECTED_CODES.has(terminationCode),
    callee: text(record.callee),
    displayNum: text(record.displayNum),
    phoneName: text(record.phoneName),
    sipGroupName: text(record.sipGroupName),
    region: text(record.code),
    submitTime: text(record.submitTime),
    answerTime,
    hangupTime: text(record.hangupTime),
    callDuration,
    chargedDuration: seconds(record.chargedDuration),
    terminationCode,
    terminationReason: text(record.terminationReason),
    cost: text(record.cost),
    // The currency fields are set only when the quote currency is not USD.
    currency: text(record.currency) || 'USD',
    rate: text(record.rate),
    billPeriod: text(record.billPeriod),
    hasRecording: text(record.recordingFileId) !== '',
  };
}
