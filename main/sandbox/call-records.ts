import { vendorIsoTime } from './clock';
import { rateFor, type Call, type CallCourse, type CallEnding, type SandboxState } from './state';

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

const ENDINGS: Record<CallEnding, Ending> = {
  answered: { terminationCode: '200', terminationReason: 'Normal call clearing', answered: true },
  busy: { terminationCode: '486', terminationReason: 'Busy here', answered: false },
  'no-answer': { terminationCode: '480', terminationReason: 'No answer', answered: false },
  'not-found': { terminationCode: '404', terminationReason: 'Not found', answered: false },
  unavailable: { terminationCode: '503', terminationReason: 'Service unavailable', answered: false },
};

/**
 * How a call placed through sendSip goes, from its callee's last digit so tests and demos can pick
 * an outcome: …7 is busy, …8 rings out unanswered, anything else is answered and recorded.
 */
function placedCourse(callee: string): CallCourse {
  const lastTwo = Number(callee.slice(-2));
  if (callee.endsWith('7')) return { ending: 'busy', ringSeconds: 0, talkSeconds: 0 };
  if (callee.endsWith('8')) return { ending: 'no-answer', ringSeconds: 30, talkSeconds: 0 };
  return { ending: 'answered', ringSeconds: 3 + (lastTwo % 5), talkSeconds: 15 + (lastTwo % 60) };
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

/** The call a voiceId names, placed through sendSip or dialled at a phone. */
export const findCall = (state: SandboxState, voiceId: string): Call | undefined =>
  state.calls.find((call) => call.recordingId === voiceId) ?? state.dialledCalls.find((call) => call.recordingId === voiceId);

/**
 * Whether the call's record exists at `now`: the sandbox plays each call out at once and files its
 * record `state.cdrDelayMs` after it was made, and keeps it two months.
 */
export const isFiled = (state: SandboxState, call: Call, now: number): boolean => now >= call.at + state.cdrDelayMs && call.at >= oldestKept(now);

/**
 * The record of a call, with the times the call would have taken. The sandbox bills a placed call
 * a flat fee when it is placed, so that fee is its cost and rate whatever the outcome; a dialled
 * call was billed its route's rate per started minute talked, as CDRs show.
 */
export function recordOf(state: SandboxState, call: Call): CallRecordFields {
  const phone = state.phones.find((candidate) => candidate.account === call.account);
  const { ending: endingName, ringSeconds, talkSeconds } = call.course ?? placedCourse(call.callee);
  const ending = ENDINGS[endingName];
  const callDuration = ending.answered ? talkSeconds : 0;
  const callTime = call.at + SECOND;
  const ringingTime = callTime + SECOND;
  const answerTime = ending.answered ? ringingTime + ringSeconds * SECOND : undefined;
  const hangupTime = (answerTime ?? ringingTime) + (ending.answered ? callDuration : ringSeconds) * SECOND;
  const route = rateFor(state.rates, call.callee);
  const rate = call.course ? (route?.perCall ?? 0) : call.cost;
  return {
    voiceId: call.recordingId,
    sipGroupName: phone?.groupName ?? '',
    phoneName: phone?.phoneName ?? '',
    callee: call.callee,
    displayNum: call.displayNum ?? phone?.displayNum ?? null,
    code: route?.country ?? '',
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
    rate: rate.toFixed(4),
    recordingFileId: ending.answered ? recordingFileIdOf(call) : null,
  };
}

/** The record of a call once it is filed; undefined before, and after two months. */
export const callRecordOf = (state: SandboxState, call: Call, now: number): CallRecordFields | undefined =>
  isFiled(state, call, now) ? recordOf(state, call) : undefined;
