import { oldestKept } from './call-records';
import { check } from './codes';
import { isObject } from './rules';

const MAX_WINDOW_MS = 31 * 86_400_000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

function readTime(value: unknown, name: string): number {
  const ms = typeof value === 'string' && ISO_WITH_OFFSET.test(value) ? Date.parse(value) : Number.NaN;
  check(!Number.isNaN(ms), '-22', `${name} must be an ISO-8601 time with an offset, such as 2022-02-18T14:42:40+08:00`);
  return ms;
}

/**
 * The window a voice or number record query asks for (`params.strTime`/`endTime`), held to the
 * vendor's rules: ISO-8601 with an offset, at most 31 days apart, within the last two months.
 */
export function readVoiceWindow(params: unknown, now: number): { params: Record<string, unknown>; start: number; end: number } {
  check(isObject(params), '-22', 'params is required');
  const start = readTime(params.strTime, 'strTime');
  const end = readTime(params.endTime, 'endTime');
  check(start <= end, '-22', 'strTime must not be after endTime');
  check(end - start <= MAX_WINDOW_MS, '-22', 'strTime and endTime must be at most 31 days apart');
  check(start >= oldestKept(now), '-22', 'only the last two months can be searched');
  return { params, start, end };
}
