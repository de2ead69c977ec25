import { ok, type AppError, type ErrorKind, type Result } from '../../../contract/result';
import { recordsKeptSince } from '../../../contract/schemas/call-history';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE, type ItnioClient } from '../../platform/itnio';
import { offsetTime, voiceWindows } from '../../platform/itnio/voice-windows';
import type { Logger } from '../../platform/log';
import type { KeptDay, KeptDays } from './kept-days';
import type { NumberCall, PhoneCall } from './records';
import { toNumberCall, toPhoneCall } from './vendor-records';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/**
 * How long after a day ends its records are taken as complete: ITNIO files a call's record once
 * it has ended, a little later for a call still going at midnight. A day read before that is
 * read again next time.
 */
export const SETTLE_MS = 2 * 60 * MINUTE_MS;
/** Room for ITNIO's clock running ahead of ours where what it keeps begins: a window starting there would be refused. */
const KEPT_MARGIN_MS = MINUTE_MS;
/** Failures that say nothing new about the account: what was kept still stands (as for every kept read). */
const OUTAGES: ReadonlySet<ErrorKind> = new Set(['network', 'timeout', 'server']);

export interface ReportDays {
  /** Oldest first. */
  days: readonly string[];
  offsetMinutes: number;
  /** Read every day again, kept ones included. */
  refresh: boolean;
}

export interface DaysAnswer {
  phoneCalls: PhoneCall[];
  numberCalls: NumberCall[];
  daysRead: number;
  daysKept: number;
  /** When the oldest day used was read. */
  readAt: string;
  stale?: AppError;
}

/** The first moment of an operator's day, epoch ms. */
export const dayStart = (day: string, offsetMinutes: number): number => Date.parse(`${day}T00:00:00Z`) - offsetMinutes * MINUTE_MS;
/** The operator's day of a moment. */
export const dayOf = (ms: number, offsetMinutes: number): string => new Date(ms + offsetMinutes * MINUTE_MS).toISOString().slice(0, 10);

/** Runs of consecutive days, so that days kept in the middle of a period are not read again. */
function runsOf(days: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && Date.parse(`${day}T00:00:00Z`) - Date.parse(`${previous}T00:00:00Z`) === DAY_MS) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

/**
 * The phone and number calls of the operator's days: a day kept since it settled is taken from
 * the disk; the others are read from ITNIO, run by run, each run in windows of at most 31 days,
 * each window page by page with the pages' polite concurrency, and kept again. When ITNIO cannot
 * be reached and every day was kept before, the kept days answer, with the outage as `stale`.
 */
export async function readReportDays(
  deps: {
    client: ItnioClient;
    /** Undefined when nothing may be kept: the ITNIO_* variables name no profile. */
    kept: { days: KeptDays; profileId: string } | undefined;
    /** False for the CLI: a script must see the failure, never an old answer as if new. */
    answerKept: boolean;
    log: Logger;
    now: number;
  },
  range: ReportDays,
): Promise<Result<DaysAnswer>> {
  const { days, offsetMinutes } = range;
  const kept = new Map<string, KeptDay>();
  if (deps.kept) {
    const { days: store, profileId } = deps.kept;
    const found = await Promise.all(days.map((day) => store.get(profileId, day, offsetMinutes)));
    found.forEach((day, index) => day && kept.set(days[index]!, day));
  }
  const settled = (day: string) => {
    const keptDay = kept.get(day);
    return keptDay !== undefined && Date.parse(keptDay.readAt) >= dayStart(day, offsetMinutes) + DAY_MS + SETTLE_MS;
  };
  const toRead = range.refresh ? days : days.filter((day) => !settled(day));

  const fresh = new Map<string, KeptDay>();
  const readAt = new Date(deps.now).toISOString();
  let failure: AppError | undefined;
  for (const run of runsOf(toRead)) {
    const read = await readRun(deps, run, offsetMinutes);
    if (!read.ok) {
      failure = read.error;
      break;
    }
    for (const day of run) {
      const value: KeptDay = { readAt, phoneCalls: read.value.phoneCalls.get(day) ?? [], numberCalls: read.value.numberCalls.get(day) ?? [] };
      fresh.set(day, value);
      if (deps.kept) await deps.kept.days.put(deps.kept.profileId, day, offsetMinutes, value);
    }
  }

  let stale: AppError | undefined;
  if (failure) {
    const covered = days.every((day) => fresh.has(day) || kept.has(day));
    if (!deps.answerKept || !OUTAGES.has(failure.kind) || !covered) return { ok: false, error: failure };
    stale = failure;
  }
  const used = days.map((day) => fresh.get(day) ?? kept.get(day)!);
  return ok({
    phoneCalls: used.flatMap((day) => day.phoneCalls),
    numberCalls: used.flatMap((day) => day.numberCalls),
    daysRead: fresh.size,
    daysKept: days.length - fresh.size,
    readAt: used.reduce((oldest, day) => (day.readAt < oldest ? day.readAt : oldest), readAt),
    ...(stale ? { stale } : {}),
  });
}

/** One run of consecutive days from ITNIO, both kinds of record, sorted into their days; a record read twice (where windows meet) once. */
async function readRun(
  deps: { client: ItnioClient; log: Logger; now: number },
  run: readonly string[],
  offsetMinutes: number,
): Promise<Result<{ phoneCalls: Map<string, PhoneCall[]>; numberCalls: Map<string, NumberCall[]> }>> {
  // The first day may have begun before what ITNIO keeps (two months back to the minute).
  const kept = Math.ceil((recordsKeptSince(deps.now) + KEPT_MARGIN_MS) / 1000) * 1000;
  const start = Math.max(dayStart(run[0]!, offsetMinutes), kept);
  const end = dayStart(run.at(-1)!, offsetMinutes) + DAY_MS - 1000;
  const phoneCalls = new Map<string, PhoneCall>();
  const numberCalls = new Map<string, NumberCall>();
  let unreadable = 0;
  for (const window of start > end ? [] : voiceWindows(start, end)) {
    const params = { strTime: offsetTime(window.from, offsetMinutes), endTime: offsetTime(window.to, offsetMinutes) };
    const phones = await fetchAllPages((current) => deps.client.request(ENDPOINTS.recordSipQuery, { current, size: MAX_PAGE_SIZE, params }));
    if (!phones.ok) return phones;
    const numbers = await fetchAllPages((current) => deps.client.request(ENDPOINTS.numberRecordQuery, { current, size: MAX_PAGE_SIZE, params }));
    if (!numbers.ok) return numbers;
    for (const vendor of phones.value.records) {
      const call = toPhoneCall(vendor);
      if (call) phoneCalls.set(call.id, call);
      else unreadable++;
    }
    for (const vendor of numbers.value.records) {
      const call = toNumberCall(vendor);
      if (call) numberCalls.set(call.id, call);
      else unreadable++;
    }
  }
  if (unreadable > 0) deps.log.error('reports.unreadableRecords', { records: unreadable });
  const byDay = <T extends { at: number }>(calls: Iterable<T>): Map<string, T[]> => {
    const days = new Map<string, T[]>();
    for (const call of calls) {
      const day = dayOf(call.at, offsetMinutes);
      const list = days.get(day);
      if (list) list.push(call);
      else days.set(day, [call]);
    }
    return days;
  };
  return ok({ phoneCalls: byDay(phoneCalls.values()), numberCalls: byDay(numberCalls.values()) });
}
