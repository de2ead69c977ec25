import { reportInput, type ReportInput, type ReportPeriod } from '../../../../contract/schemas/reports';
import { dayOf, firstKeptDay } from '../../ui/days';

/** The period and filters as the operator sets them: days as the date fields hold them (YYYY-MM-DD), '' for "all". */
export interface ReportFilters {
  period: ReportPeriod;
  /** The Custom period's days; the other periods count back from today. */
  since: string;
  until: string;
  group: string;
  phone: string;
  number: string;
}

export type ReportFilterField = 'since' | 'until' | 'group' | 'phone' | 'number';

/**
 * A rule a field's value breaks: in the schema's own words, or one of this screen's (a message of
 * the reports' `problem`), said in the window's language where it is shown.
 */
export type ReportProblem = { words: string } | { rule: 'untilBeforeSince' | 'untilAfterToday' } | { rule: 'sinceBeforeKept'; firstKept: string };

/** Each field and the rule its value breaks, for the words under it. */
export type ReportProblems = Partial<Record<ReportFilterField, ReportProblem>>;

/** How many days each preset shows, today included. */
const PRESET_DAYS: Readonly<Record<Exclude<ReportPeriod, 'custom'>, number>> = { today: 1, '7d': 7, '30d': 30 };

/** The days the period covers, in the operator's calendar. */
export function daysOf(filters: Pick<ReportFilters, 'period' | 'since' | 'until'>, now = new Date()): { since: string; until: string } {
  if (filters.period === 'custom') return { since: filters.since, until: filters.until };
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (PRESET_DAYS[filters.period] - 1));
  return { since: dayOf(first), until: dayOf(now) };
}

const FIELDS: readonly string[] = ['since', 'until', 'group', 'phone', 'number'] satisfies ReportFilterField[];

/** The filter field an error from main is about, if it names one. */
export const filterFieldOf = (field: string | undefined): ReportFilterField | undefined => {
  const first = field?.split('.')[0];
  return first && FIELDS.includes(first) ? (first as ReportFilterField) : undefined;
};

/**
 * The contract's input for what the row holds, checked with the schema main parses it with, and
 * within the days ITNIO keeps and today (the date fields offer no others; a typed one is answered
 * here). The computer's offset from UTC is main's to take. A broken rule is answered per field,
 * and nothing is to be sent.
 */
export function reportInputOf(filters: ReportFilters, now = new Date()): { ok: true; value: ReportInput } | { ok: false; problems: ReportProblems } {
  const value: ReportInput = {
    ...daysOf(filters, now),
    ...(filters.group ? { group: filters.group } : {}),
    ...(filters.phone ? { phone: filters.phone } : {}),
    ...(filters.number ? { number: filters.number } : {}),
  };
  const problems: ReportProblems = {};
  const parsed = reportInput.safeParse(value);
  for (const issue of parsed.error?.issues ?? []) {
    const field = filterFieldOf(String(issue.path[0]));
    if (!field || problems[field]) continue;
    // The schema calls the first day `since`; the field is labelled From.
    problems[field] = field === 'until' && issue.code === 'custom' ? { rule: 'untilBeforeSince' } : { words: issue.message };
  }
  const first = firstKeptDay(now);
  if (!problems.since && value.since < first) problems.since = { rule: 'sinceBeforeKept', firstKept: first };
  if (!problems.until && value.until > dayOf(now)) problems.until = { rule: 'untilAfterToday' };
  return Object.keys(problems).length === 0 ? { ok: true, value } : { ok: false, problems };
}
