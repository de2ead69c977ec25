import { randomUUID } from 'node:crypto';
import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isAbsent, isDigits, isText, roundMoney } from '../rules';
import { rateFor } from '../state';

/** Rings one of the app's phones and bridges it to the callee; each call is billed at once. */
export function sendSip({ state, body, now }: EndpointContext): string {
  const { callee, displayNum, account, appId, calledInfo } = body;
  check(isDigits(callee, 7, 15), '-22', 'callee must be 7–15 digits');
  check(isAbsent(displayNum) || isDigits(displayNum, 7, 15), '-22', 'displayNum must be 7–15 digits or null');
  check(typeof account === 'string' && state.phones.some((phone) => phone.account === account), '-22', 'account is not a phone of this application');
  check(appId === state.appId, '-22', 'appId is not this account’s voice application');
  check(isAbsent(calledInfo) || isText(calledInfo, 0, 1000), '-22', 'calledInfo must be at most 1000 characters');

  const rate = rateFor(state.rates, callee);
  check(rate, '-26', `no rate for ${callee.slice(0, 3)}…`);
  check(state.balance >= rate.perCall, '-10');
  state.balance = roundMoney(state.balance - rate.perCall);

  // Random, not a counter: the sandbox restarts empty and history must not see an id twice.
  const recordingId = `rec-${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  state.calls.push({ recordingId, callee, account, displayNum: displayNum ?? null, calledInfo: calledInfo ?? null, cost: rate.perCall, at: now });
  return recordingId;
}
