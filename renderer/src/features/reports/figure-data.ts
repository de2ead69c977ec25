import type { BalanceHistory } from '../../../../contract/schemas/account';
import type { CallReport, CallTotals } from '../../../../contract/schemas/reports';
import { talkTime } from '../../../../contract/schemas/call-record-text';
import { currentLocale, i18n } from '../../i18n';
import { calendarDate, dateTime } from '../../ui/format';

/**
 * What the figures draw, made from the report main counted: a row per day, group, phone or number,
 * and a one-line summary of each for screen readers (the table is the whole text equivalent).
 * Each is made once per report and language (the screen memoises them), never per render.
 */

/** The most rows a bar chart by group, phone or number draws; its table lists every one. */
export const CHART_ROWS = 15;

/**
 * An amount in the account's currency: cents, or the fractions of a cent the vendor bills in.
 * Not ui/format's `amount`: that groups thousands ("1,234.50"), and the figures' amounts are read
 * beside main's report tables, which the CLI and the CSV print ungrouped ("1234.50").
 */
export const money = (amount: number): string => (amount !== 0 && Math.abs(amount) < 0.01 ? amount.toFixed(4) : amount.toFixed(2));

/** "73%". */
export const percent = (rate: number): string => i18n.t('reports:percent', { value: Math.round(rate * 100) });

/**
 * The axes' day formatter, made again only when the window's language changes: a day has no zone,
 * so the system's may change without harm.
 */
let dayOnAxis: { locale: string; format: Intl.DateTimeFormat } | undefined;

/** "3 Jul": a day of the period on an axis, in the window's locale. */
export function shortDay(day: string): string {
  const locale = currentLocale();
  if (dayOnAxis?.locale !== locale) dayOnAxis = { locale, format: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }) };
  return dayOnAxis.format.format(Date.parse(`${day}T00:00:00Z`));
}

/** "1 Jul 2025 – 7 Jul 2025", with the filters applied: what a figure covers. */
export function periodOf(report: CallReport): string {
  const days = report.since === report.until ? calendarDate(report.since) : i18n.t('reports:period.range', { since: calendarDate(report.since), until: calendarDate(report.until) });
  const filters = [
    report.group && i18n.t('reports:period.group', { name: report.group }),
    report.phone && i18n.t('reports:period.phone', { name: report.phone }),
    report.number && i18n.t('reports:period.number', { name: report.number }),
  ].filter(Boolean);
  return filters.length > 0 ? i18n.t('reports:period.filtered', { days, filters: filters.join(i18n.t('reports:period.separator')) }) : days;
}

/** "412 calls · 301 answered (73%) · talk time 10:32:05 · spend 12.35". */
export function totalsLine(totals: CallTotals): string {
  const answered =
    totals.answerRate === null
      ? i18n.t('reports:totals.answered', { answered: totals.answered })
      : i18n.t('reports:totals.answeredRate', { answered: totals.answered, rate: percent(totals.answerRate) });
  return [
    i18n.t('reports:totals.calls', { count: totals.calls }),
    answered,
    i18n.t('reports:totals.talkTime', { time: talkTime(totals.talkSeconds) }),
    i18n.t('reports:totals.spend', { amount: money(totals.spend) }),
  ].join(i18n.t('reports:totals.separator'));
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
  /** The group's or the phone's; '' for the phones in no group, named where drawn. */
  name: string;
  answered: number;
  noAnswer: number;
  busy: number;
  failed: number;
  spend: number;
}

/** The groups with most calls, as many as a chart draws. */
export const groupRows = (report: CallReport): ShareRow[] =>
  report.byGroup.slice(0, CHART_ROWS).map(({ group, answered, noAnswer, busy, failed, spend }) => ({ name: group, answered, noAnswer, busy, failed, spend }));

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
export const moreThanDrawn = (rows: number, what: 'groups' | 'phones'): string | undefined =>
  rows > CHART_ROWS ? i18n.t(what === 'groups' ? 'reports:note.moreGroups' : 'reports:note.morePhones', { shown: CHART_ROWS, all: rows }) : undefined;

// The one-line summaries, a chart's accessible name.

export function callsPerDaySummary(report: CallReport): string {
  const { calls, answered, noAnswer, busy, failed } = report.totals;
  return i18n.t('reports:summary.callsPerDay', { period: periodOf(report), count: calls, answered, noAnswer, busy, failed });
}

export function answerRateSummary(report: CallReport): string {
  const { answerRate, averageTalkSeconds } = report.totals;
  const period = periodOf(report);
  if (answerRate === null) return i18n.t('reports:summary.answerRateNoCalls', { period });
  const rate = percent(answerRate);
  if (averageTalkSeconds === null) return i18n.t('reports:summary.answerRateNoneAnswered', { period, rate });
  return i18n.t('reports:summary.answerRate', { period, rate, talk: talkTime(Math.round(averageTalkSeconds)) });
}

export function spendSummary(report: CallReport): string {
  const top = report.byDay.reduce<CallReport['byDay'][number] | undefined>((most, day) => (day.spend > (most?.spend ?? 0) ? day : most), undefined);
  const period = periodOf(report);
  const total = money(report.totals.spend);
  if (!top) return i18n.t('reports:summary.spend', { period, total });
  return i18n.t('reports:summary.spendMost', { period, total, day: calendarDate(top.day), amount: money(top.spend) });
}

export function groupSummary(report: CallReport): string {
  const [top] = report.byGroup;
  const period = periodOf(report);
  if (!top) return i18n.t('reports:summary.byGroupNoCalls', { period });
  const name = top.group || i18n.t('reports:period.noGroup');
  return i18n.t('reports:summary.byGroup', { period, count: report.byGroup.length, name, calls: top.calls, spend: money(top.spend) });
}

export function phoneSummary(report: CallReport): string {
  const [top] = report.byPhone;
  const period = periodOf(report);
  if (!top) return i18n.t('reports:summary.byPhoneNoCalls', { period });
  return i18n.t('reports:summary.byPhone', { period, count: report.byPhone.length, name: top.phone, calls: top.calls, spend: money(top.spend) });
}

export function inboundSummary(report: CallReport): string {
  const incoming = report.byNumber.reduce((sum, number) => sum + number.incoming, 0);
  const missed = report.byNumber.reduce((sum, number) => sum + number.missed, 0);
  const numbers = i18n.t('reports:summary.numbers', { count: report.byNumber.length });
  return i18n.t('reports:summary.inbound', { period: periodOf(report), count: incoming, numbers, missed });
}

export function balanceSummary(history: BalanceHistory): string {
  const first = history.points.at(0);
  const last = history.points.at(-1);
  if (!first || !last) return i18n.t('reports:summary.balanceNoReads');
  const values = { count: history.points.length, first: dateTime(first.at), last: dateTime(last.at), balance: money(last.balance) };
  return history.threshold === null ? i18n.t('reports:summary.balance', values) : i18n.t('reports:summary.balanceLevel', { ...values, level: money(history.threshold) });
}
