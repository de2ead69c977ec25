import { isFiled, recordOf } from '../call-records';
import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isAbsent, page, readPage } from '../rules';
import { readVoiceWindow } from '../voice-window';

const isOptionalText = (value: unknown): value is string | null | undefined => isAbsent(value) || typeof value === 'string';

/**
 * Phone call records in a window of at most 31 days within the last two months, newest first; both
 * ends of the window are inside it. Clients read a long history page by page, so only the page
 * asked for is turned into records.
 */
export function recordSipQuery({ state, body, now }: EndpointContext) {
  const request = readPage(body);
  const { params, start, end } = readVoiceWindow(body.params, now);
  const { sipGroupName, phoneName } = params;
  check(isOptionalText(sipGroupName) && isOptionalText(phoneName), '-22', 'sipGroupName and phoneName must be strings');

  const phones = new Map(state.phones.map((phone) => [phone.account, phone]));
  const calls = [...state.dialledCalls, ...state.calls]
    .filter((call) => call.at >= start && call.at <= end && isFiled(state, call, now))
    .filter((call) => {
      const phone = phones.get(call.account);
      return (!sipGroupName || phone?.groupName === sipGroupName) && (!phoneName || phone?.phoneName === phoneName);
    })
    .sort((a, b) => b.at - a.at);
  return page(calls, request, (call) => recordOf(state, call));
}
