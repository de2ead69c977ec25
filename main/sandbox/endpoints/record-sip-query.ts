import { callRecordOf, type CallRecordFields } from '../call-records';
import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isAbsent, page, readPage } from '../rules';
import { readVoiceWindow } from '../voice-window';

const isOptionalText = (value: unknown): value is string | null | undefined => isAbsent(value) || typeof value === 'string';

/** Phone call records in a window of at most 31 days within the last two months, newest first. */
export function recordSipQuery({ state, body, now }: EndpointContext) {
  const request = readPage(body);
  const { params, start, end } = readVoiceWindow(body.params, now);
  const { sipGroupName, phoneName } = params;
  check(isOptionalText(sipGroupName) && isOptionalText(phoneName), '-22', 'sipGroupName and phoneName must be strings');

  const records = state.calls
    .filter((call) => call.at >= start && call.at <= end)
    .sort((a, b) => b.at - a.at)
    .map((call) => callRecordOf(state, call, now))
    .filter((record): record is CallRecordFields => record !== undefined)
    .filter((record) => (!sipGroupName || record.sipGroupName === sipGroupName) && (!phoneName || record.phoneName === phoneName));
  return page(records, request, (record) => record);
}
