import { vendorIsoTime } from './clock';
import { rateFor, type Call, type SandboxState } from './state';

/** The phone CDR as recordSip and recordSipQuery return it (vendor §4.5). */
export interface CallRecordFields {
  voiceId: string;
  sipGroupName: string;
  phoneName: string;
  callee: string;
  displayNum: string | null;
  code: string;
  submitTime: string;
  callTime: string;
  ringingTime: string;
  answerTime: string | null;
  hangupTime: string;
  callDuration: number;
  chargedDuration: number;
  terminationCode: string;
  terminationReason: string;
  cost: string;
  billPeriod: string;
  rate: string;
  recordingFileId: string | null;
}

interface Ending {
  terminationCode: string;
  terminationReason: string;
  answered: boolean;
}

const ANSWERED: Ending = { terminationCode: '200', terminationReason: 'Normal call clearing', answered: true };
const BUSY: Ending = { terminationCode: '486', terminationReason: 'Busy here', answered: false };
const NO_ANSWER: Ending = { terminationCode: '480', terminationReason: 'No answer', answered: false };

/**
 * How a call to `callee` ends, from its last digit so tests and demos can pick an outcome:
 * …7 is busy, …8 rings out unanswered, anything else is answered and recorded.
 */
function endingFor(callee: string): Ending {
  if (callee.endsWith('7')) return BUSY;
  if (callee.endsWith('8')) return NO_ANSWER;
  return ANSWERED;
}

/** The recording of an answered call: the vendor's ids look like `123.wav`. */
const recordingFileIdOf = (call: Call): string => `${call.recordingId}.wav`;

const BILL_PERIOD_SECONDS = 60;
const SECOND = 1000;

/** The vendor keeps voice records for two months. */
export function oldestKept(now: number): number {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - 2);
  return date.getTime();
}

/**
 * The record of a call, once it exists: the sandbox plays each call out at once and files its
 * record `state.cdrDelayMs` after sendSip, with the times the call would have taken. The sandbox
 * bills a flat fee per call when it is placed, so that fee is the cost whatever the outcome.
 */
export function callRecordOf(state: SandboxState, call: Call, now: number): CallRecordFields | undefined {
  if (now < call.at + state.cdrDelayMs || call.at < oldestKept(now)) return undefined;
  const phone = state.phones.find((candidate) => candidate.account === call.account);
  const ending = endingFor(call.callee);
  const lastTwo = Number(call.callee.slice(-2));
  const ringSeconds = ending === NO_ANSWER ? 30 : ending === BUSY ? 0 : 3 + (lastTwo % 5);
  const callDuration = ending.answered ? 15 + (lastTwo % 60) : 0;
  const callTime = call.at + SECOND;
  const ringingTime = callTime + SECOND;
  const answerTime = ending.answered ? ringingTime + ringSeconds * SECOND : undefined;
  const hangupTime = (answerTime ?? ringingTime) + (ending.answered ? callDuration : ringSeconds) * SECOND;
  return {
    voiceId: call.recordingId,
    sipGroupName: phone?.groupName ?? '',
    phoneName: phone?.phoneName ?? '',
    callee: call.callee,
    displayNum: call.displayNum ?? phone?.displayNum ?? null,
    code: rateFor(state.rates, call.callee)?.country ?? '',
    submitTime: vendorIsoTime(call.at),
    callTime: vendorIsoTime(callTime),
    ringingTime: vendorIsoTime(ringingTime),
    answerTime: answerTime === undefined ? null : vendorIsoTime(answerTime),
    hangupTime: vendorIsoTime(hangupTime),
    callDuration,
    chargedDuration: ending.answered ? Math.ceil(callDuration / BILL_PERIOD_SECONDS) * BILL_PERIOD_SECONDS : 0,
    terminationCode: ending.terminationCode,
    terminationReason: ending.terminationReason,
    cost: call.cost.toFixed(4),
    billPeriod: `${BILL_PERIOD_SECONDS}+${BILL_PERIOD_SECONDS}`,
    rate: call.cost.toFixed(4),
    recordingFileId: ending.answered ? recordingFileIdOf(call) : null,
  };
}
