import type { BalanceHistory } from '../../../../contract/schemas/account';
import type { CallReport, CallTotals } from '../../../../contract/schemas/reports';
import { talkTime } from '../../../../contract/schemas/call-record-text';
import { calendarDate, countOf, dateTime } from '../../ui/format';

/**
 * What the figures draw, made from the report main counted: a row per day, group, phone or number,
 * and a one-line summary of each for screen readers (the table is the whole text equivalent).
 * Each is made once per report (the screen memoises them), never per render.
 */

/** The most rows a bar chart by group, phone or number draws; its table lists every one. */
export const CHART_ROWS = 15;

/** An amount in the account's currency: cents, or the fractions of a cent the vendor bills in. */
export const money = (amount: number): string => (amount !== 0 && Math.abs(amount) < 0.01 ? amount.toFixed(4) : amount.toFixed(2));

/** "73%". */
export const percent = (rate: number): string => `${Math.round(rate * 100)}%`;

// One formatter for every axis label: a day has no zone, so the system's may change without harm.
const DAY_ON_AXIS = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "3 Jul": a day of the period on an axis, in the operator's locale. */
export const shortDay = (day: string): string => DAY_ON_AXIS.format(Date.parse(`${day}T00:00:00Z`));

/** "1 Jul 2025 – 7 Jul 2025", with the filters applied: what a figure covers. */
export function periodOf(report: CallReport): string {
  const days = report.since === report.until ? calendarDate(report.since) : `${calendarDate(report.since)} – ${calendarDate(report.until)}`;
  const filters = [report.group && `group ${report.group}`, report.phone && `phone ${report.phone}`, report.number && `number ${report.number}`].filter(Boolean);
  return filters.length > 0 ? `${days} (${filters.join(', ')})` : days;
}

/** "412 calls · 301 answered (73%) · talk time 10:32:05 · spend 12.35". */
export function totalsLine(totals: CallTotals): string {
  const answered = `${totals.answered} answered${totals.answerRate === null ? '' : ` (${percent(totals.answerRate)})`}`;
  return [countOf(totals.calls, 'call'), answered, `talk time ${talkTime(totals.talkSeconds)}`, `spend ${money(totals.spend)}`].join(' · ');
}

export interface DayRow {
  day: string;
  answered: number;
  noAnswer: number;
  busy: number;
  failed: number;
  /** Percent; null on a day without calls (the line breaks there). */
  answerRate: number | null;
  /** Seconds; null on a day without answered calls. */
  averageTalk: number | null;
  spend: number;
  cumulativeSpend: number;
}

export const dayRows = (report: CallReport): DayRow[] =>
  report.byDay.map((day) => ({
    day: shortDay(day.day),
    answered: day.answered,
    noAnswer: day.noAnswer,
    busy: day.busy,
    failed: day.failed,
    answerRate: day.answerRate === null ? null : Math.round(day.answerRate * 1000) / 10,
    averageTalk: day.averageTalkSeconds === null ? null : Math.round(day.averageTalkSeconds),
    spend: day.spend,
    cumulativeSpend: day.cumulativeSpend,
  }));

export interface ShareRow {
  name: string;
  answered: number;
  noAnswer: number;
  busy: number;
  failed: number;
  spend: number;
}

/** The groups with most calls, as many as a chart draws. */
export const groupRows = (report: CallReport): ShareRow[] =>
  report.byGroup.slice(0, CHART_ROWS).map(({ group, answered, noAnswer, busy, failed, spend }) => ({ name: group || '(no group)', answered, noAnswer, busy, failed, spend }));

/** The phones with most calls, as many as a chart draws. */
export const phoneRows = (report: CallReport): ShareRow[] =>
  report.byPhone.slice(0, CHART_ROWS).map(({ phone, answered, noAnswer, busy, failed, spend }) => ({ name: phone, answered, noAnswer, busy, failed, spend }));

export interface InboundRow {
  number: string;
  answered: number;
  missed: number;
}

/** The numbers with most incoming calls, as many as a chart draws; numbers nobody called are left to the table. */
export const inboundRows = (report: CallReport): InboundRow[] =>
  report.byNumber
    .filter((number) => number.incoming > 0)
    .sort((a, b) => b.incoming - a.incoming)
    .slice(0, CHART_ROWS)
    .map((number) => ({ number: number.number, answered: number.incoming - number.missed, missed: number.missed }));

export interface BalanceRow {
  /** Epoch ms: the time axis is to scale, reads being irregular. */
  at: number;
  balance: number;
}

export const balanceRows = (history: BalanceHistory): BalanceRow[] => history.points.map((point) => ({ at: Date.parse(point.at), balance: point.balance }));

/** The note under a bar chart that draws fewer rows than its table lists. */
export const moreThanDrawn = (rows: number, noun: string): string | undefined =>
  rows > CHART_ROWS ? `The chart shows the ${CHART_ROWS} ${noun}s with most calls; the table lists all ${rows}.` : undefined;

// The one-line summaries, a chart's accessible name.

export function callsPerDaySummary(report: CallReport): string {
  const { calls, answered, noAnswer, busy, failed } = report.totals;
  return `Calls per day, ${periodOf(report)}: ${countOf(calls, 'call')}, ${answered} answered, ${noAnswer} not answered, ${busy} busy, ${failed} failed.`;
}

export function answerRateSummary(report: CallReport): string {
  const { answerRate, averageTalkSeconds } = report.totals;
  if (answerRate === null) return `Answer rate and average talk time per day, ${periodOf(report)}: no calls.`;
  const talk = averageTalkSeconds === null ? 'none answered' : `${talkTime(Math.round(averageTalkSeconds))} average talk time`;
  return `Answer rate and average talk time per day, ${periodOf(report)}: ${percent(answerRate)} answered, ${talk}.`;
}

export function spendSummary(report: CallReport): string {
  const top = report.byDay.reduce<CallReport['byDay'][number] | undefined>((most, day) => (day.spend > (most?.spend ?? 0) ? day : most), undefined);
  const most = top ? `, most on ${calendarDate(top.day)} (${money(top.spend)})` : '';
  return `Spend per day and cumulative, ${periodOf(report)}: ${money(report.totals.spend)} in all${most}.`;
}

function shareSummary(title: string, noun: string, report: CallReport, rows: readonly { name: string; calls: number; spend: number }[]): string {
  const [top] = rows;
  if (!top) return `${title}, ${periodOf(report)}: no calls.`;
  return `${title}, ${periodOf(report)}: ${countOf(rows.length, noun)}; most calls: ${top.name} (${top.calls}, spend ${money(top.spend)}).`;
}

export const groupSummary = (report: CallReport): string =>
  shareSummary('Calls and spend by phone group', 'group', report, report.byGroup.map((row) => ({ ...row, name: row.group || '(no group)' })));

export const phoneSummary = (report: CallReport): string => shareSummary('Calls and spend by phone', 'phone', report, report.byPhone.map((row) => ({ ...row, name: row.phone })));

export function inboundSummary(report: CallReport): string {
  const incoming = report.byNumber.reduce((sum, number) => sum + number.incoming, 0);
  const missed = report.byNumber.reduce((sum, number) => sum + number.missed, 0);
  return `Inbound calls per number, ${periodOf(report)}: ${countOf(incoming, 'incoming call')} on ${countOf(report.byNumber.length, 'number')}, ${missed} missed.`;
}

export function balanceSummary(history: BalanceHistory): string {
  const first = history.points.at(0);
  const last = history.points.at(-1);
  if (!first || !last) return 'Balance over time: no reads yet.';
  const level = history.threshold === null ? '' : `; low-balance level ${money(history.threshold)}`;
  return `Balance over time: ${countOf(history.points.length, 'read')} from ${dateTime(first.at)} to ${dateTime(last.at)}, last ${money(last.balance)}${level}.`;
}
