import { callRecordOf, oldestKept, type CallRecordFields } from '../call-records';
import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isAbsent, isObject, page, readPage } from '../rules';

const MAX_WINDOW_MS = 31 * 86_400_000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

function readTime(value: unknown, name: string): number {
  const ms = typeof value === 'string' && ISO_WITH_OFFSET.test(value) ? Date.parse(value) : Number.NaN;
  check(!Number.isNaN(ms), '-22', `${name} must be an ISO-8601 time with an offset, such as 2022-02-18T14:42:40+08:00`);
  return ms;
}

const isOptionalText = (value: unknown): value is string | null | undefined => isAbsent(value) || typeof value === 'string';

/** Phone call records in a window of at most 31 days within the last two months, newest first. */
export function recordSipQuery({ state, body, now }: EndpointContext) {
  const request = readPage(body);
  const { params } = body;
  check(isObject(params), '-22', 'params is required');
  const start = readTime(params.strTime, 'strTime');
  const end = readTime(params.endTime, 'endTime');
  check(start <= end, '-22', 'strTime must not be after endTime');
  check(end - start <= MAX_WINDOW_MS, '-22', 'strTime and endTime must be at most 31 days apart');
  check(start >= oldestKept(now), '-22', 'only the last two months can be searched');
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
