import { vendorIsoTime } from '../clock';
import type { EndpointContext } from '../endpoint';
import { RECORDINGS_PATH } from '../recordings';
import { page, readPage } from '../rules';
import { readVoiceWindow } from '../voice-window';
import type { NumberCall, SandboxState } from '../state';

const CALL_SOURCE = { incoming: 2, outgoing: 3 } as const;

/**
 * The direct link to a call's recording, served from the first time a query lists it and for as
 * long as the sandbox runs, as the record's plain URL promises (unlike getRecordingFileUrl's).
 */
function recordingLink(state: SandboxState, origin: string, call: NumberCall): string {
  const token = call.recordingToken;
  if (!token) return '';
  if (!state.recordingLinks.some((link) => link.token === token)) {
    state.recordingLinks.push({ token, recordingFileId: `${call.callId}.wav`, expiresAt: Number.POSITIVE_INFINITY });
  }
  return `${origin}${RECORDINGS_PATH}${token}.wav`;
}

const epochSeconds = (ms: number): number => Math.floor(ms / 1000);

/**
 * The record as the vendor lists it. The table types the times as "timestamp" strings (the end
 * labelled seconds), callSource an Integer and pay a Double; the other shapes are what the rest
 * of the vendor's pages would lead one to expect: an ISO start, an end in epoch milliseconds,
 * callSource and pay as strings.
 */
const toRecord = (state: SandboxState, origin: string) => (call: NumberCall) => {
  const endMs = call.at + (call.ringSeconds + call.duration) * 1000;
  const number = state.numbers.find((candidate) => candidate.number === call.number);
  const usual = state.answerShapes === 'usual';
  return {
    callid: call.callId,
    number: call.number,
    type: number?.type ?? '',
    caller: call.caller,
    called: call.called,
    ccode: number?.ccode ?? '',
    country: number?.country ?? '',
    callSource: usual ? CALL_SOURCE[call.direction] : String(CALL_SOURCE[call.direction]),
    callDuration: call.duration,
    chargedDuration: call.duration > 0 ? Math.ceil(call.duration / 60) * 60 : 0,
    startTime: usual ? String(epochSeconds(call.at)) : vendorIsoTime(call.at),
    endTime: usual ? String(epochSeconds(endMs)) : endMs,
    pay: usual ? call.pay : call.pay.toFixed(4),
    sipCode: call.sipCode,
    recordingFileUrl: recordingLink(state, origin, call),
    hangupReason: call.hangupReason,
    appId: state.appId,
    chargedPeriod: '60+60',
    customerRate: (call.duration > 0 ? call.pay / Math.ceil(call.duration / 60) : 0).toFixed(4),
  };
};

/** The calls in and out of the account's numbers in a window of at most 31 days within the last two months, newest first. */
export function numberRecordQuery({ state, body, now, origin }: EndpointContext) {
  const request = readPage(body);
  const { start, end } = readVoiceWindow(body.params, now);

  const calls = state.numberCalls.filter((call) => call.at >= start && call.at <= end).sort((a, b) => b.at - a.at);
  return page(calls, request, toRecord(state, origin));
}
