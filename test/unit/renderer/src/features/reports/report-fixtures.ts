import type { BalanceHistory } from '../../../../../../contract/schemas/account';
import type { CallReport, CallTotals } from '../../../../../../contract/schemas/reports';

/** A period's figures from the counts, as main computes the rate and the average. */
export const figures = (calls: number, answered: number, noAnswer: number, busy: number, failed: number, talkSeconds: number, spend: number): CallTotals => ({
  calls,
  answered,
  noAnswer,
  busy,
  failed,
  answerRate: calls > 0 ? answered / calls : null,
  talkSeconds,
  averageTalkSeconds: answered > 0 ? talkSeconds / answered : null,
  spend,
});

const NONE = figures(0, 0, 0, 0, 0, 0, 0);
const FIRST = figures(10, 6, 2, 1, 1, 600, 1.2);
const THIRD = figures(5, 4, 1, 0, 0, 300, 0.5);

/**
 * The week of 1–7 July 2025: 15 calls on two days, over two groups and three phones, and one
 * number's inbound calls; `changes` for a filter's answer or another account's.
 */
export function weekReport(changes: Partial<CallReport> = {}): CallReport {
  let spent = 0;
  const byDay = ['01', '02', '03', '04', '05', '06', '07'].map((date) => {
    const day = date === '01' ? FIRST : date === '03' ? THIRD : NONE;
    spent += day.spend;
    return { day: `2025-07-${date}`, ...day, cumulativeSpend: Math.round(spent * 10_000) / 10_000 };
  });
  return {
    profileId: 'sandbox',
    fetchedAt: '2025-07-07T08:00:00.000Z',
    since: '2025-07-01',
    until: '2025-07-07',
    utcOffsetMinutes: 0,
    totals: figures(15, 10, 3, 1, 1, 900, 1.7),
    byDay,
    byGroup: [
      { group: 'Support', ...figures(10, 6, 2, 1, 1, 600, 1.2) },
      { group: 'Sales', ...figures(5, 4, 1, 0, 0, 300, 0.5) },
    ],
    byPhone: [
      { phone: 'desk-1', group: 'Support', ...figures(7, 4, 2, 1, 0, 400, 0.8) },
      { phone: 'sales-1', group: 'Sales', ...figures(5, 4, 1, 0, 0, 300, 0.5) },
      { phone: 'desk-2', group: 'Support', ...figures(3, 2, 0, 0, 1, 200, 0.4) },
    ],
    byNumber: [{ number: '12025550143', incoming: 8, answered: 6, missed: 2, outgoing: 1, spend: 0.3 }],
    choices: {
      groups: ['Sales', 'Support'],
      phones: [
        { phone: 'desk-1', group: 'Support' },
        { phone: 'desk-2', group: 'Support' },
        { phone: 'sales-1', group: 'Sales' },
      ],
      numbers: ['12025550143', '447700900555'],
    },
    daysRead: 1,
    daysKept: 6,
    ...changes,
  };
}

/** Three balance reads over a week, a warning level, and main's forecast at last week's pace. */
export const BALANCE_HISTORY: BalanceHistory = {
  profileId: 'sandbox',
  points: [
    { at: '2025-07-01T09:00:00.000Z', balance: 120 },
    { at: '2025-07-04T09:00:00.000Z', balance: 80.5 },
    { at: '2025-07-07T09:00:00.000Z', balance: 37.02 },
  ],
  threshold: 10,
  forecast: { perDay: 12.34, daysLeft: 3.0, daysToThreshold: 2.19 },
};
