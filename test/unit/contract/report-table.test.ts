import { describe, expect, it } from 'vitest';
import { reportTable } from '../../../contract/report-table';
import type { CallReport } from '../../../contract/schemas/reports';

type Tables = Pick<CallReport, 'byDay' | 'byGroup' | 'byPhone' | 'byNumber'>;

// 57 + 100 + 40 + 3 = 200 calls; 3762 s = 1:02:42 over 57 answered = 66 s.
const BUSY_DAY = { calls: 200, answered: 57, noAnswer: 100, busy: 40, failed: 3, answerRate: 0.285, talkSeconds: 3762, averageTalkSeconds: 66, spend: 12.345 };
const QUIET_DAY = { calls: 0, answered: 0, noAnswer: 0, busy: 0, failed: 0, answerRate: null, talkSeconds: 0, averageTalkSeconds: null, spend: 0 };
const SHORT_DAY = { calls: 3, answered: 2, noAnswer: 1, busy: 0, failed: 0, answerRate: 2 / 3, talkSeconds: 85, averageTalkSeconds: 42.5, spend: 0.285 };

const REPORT: Tables = {
  byDay: [
    { day: '2026-03-10', ...BUSY_DAY, cumulativeSpend: 12.345 },
    { day: '2026-03-11', ...QUIET_DAY, cumulativeSpend: 12.345 },
    { day: '2026-03-12', ...SHORT_DAY, cumulativeSpend: 12.63 },
  ],
  byGroup: [
    { group: 'Sales', ...BUSY_DAY },
    { group: 'Night\u001b[2J', ...SHORT_DAY },
  ],
  byPhone: [{ phone: '800101', group: 'Sales', ...BUSY_DAY }],
  byNumber: [{ number: '4930231250001', incoming: 5, answered: 3, missed: 2, outgoing: 1, spend: 0.0525 }],
};

const headers = (table: Parameters<typeof reportTable>[1]) => reportTable(REPORT, table).columns.map((column) => column.header);

describe("the report's tables", () => {
  it('has the same columns on every surface', () => {
    expect(headers('day')).toEqual(['Day', 'Calls', 'Answered', 'No answer', 'Busy', 'Failed', 'Answer rate', 'Average talk', 'Spend', 'Spend to date']);
    expect(headers('group')).toEqual(['Group', 'Calls', 'Answered', 'No answer', 'Busy', 'Failed', 'Answer rate', 'Talk time', 'Spend']);
    expect(headers('phone')).toEqual(['Phone', 'Group', 'Calls', 'Answered', 'No answer', 'Busy', 'Failed', 'Answer rate', 'Talk time', 'Spend']);
    expect(headers('number')).toEqual(['Number', 'Incoming', 'Answered', 'Missed', 'Outgoing', 'Spend']);
    expect(reportTable(REPORT, 'number').columns.map((column) => column.numeric)).toEqual([false, true, true, true, true, true]);
  });

  it('shows each day in words: whole percents, talk times, money to the cent and a dash for no figure', () => {
    expect(reportTable(REPORT, 'day').rows.map((row) => row.cells)).toEqual([
      // 57 of 200 is 28.5 %: 29 %, where 0.285 × 100 in floating point would round to 28. 12.345 is 12.35.
      ['2026-03-10', '200', '57', '100', '40', '3', '29%', '1:06', '12.35', '12.35'],
      ['2026-03-11', '0', '0', '0', '0', '0', '—', '—', '0.00', '12.35'],
      // 42.5 s rounds to 43; 0.285 is 0.29 (its toFixed(2) says 0.28).
      ['2026-03-12', '3', '2', '1', '0', '0', '67%', '0:43', '0.29', '12.63'],
    ]);
  });

  it('gives the figures themselves as values: rates to 4 decimals, seconds, money to 4 decimals, null for none', () => {
    expect(reportTable(REPORT, 'day').rows.map((row) => row.values)).toEqual([
      ['2026-03-10', 200, 57, 100, 40, 3, 0.285, 66, 12.345, 12.345],
      ['2026-03-11', 0, 0, 0, 0, 0, null, null, 0, 12.345],
      ['2026-03-12', 3, 2, 1, 0, 0, 0.6667, 42.5, 0.285, 12.63],
    ]);
  });

  it('shows a group and a phone with their whole talk time, and a name that would act made visible', () => {
    expect(reportTable(REPORT, 'group').rows).toEqual([
      { cells: ['Sales', '200', '57', '100', '40', '3', '29%', '1:02:42', '12.35'], values: ['Sales', 200, 57, 100, 40, 3, 0.285, 3762, 12.345] },
      { cells: ['Night␛[2J', '3', '2', '1', '0', '0', '67%', '1:25', '0.29'], values: ['Night\u001b[2J', 3, 2, 1, 0, 0, 0.6667, 85, 0.285] },
    ]);
    expect(reportTable(REPORT, 'phone').rows[0]?.cells.slice(0, 3)).toEqual(['800101', 'Sales', '200']);
  });

  it('shows the numbers with their missed calls', () => {
    expect(reportTable(REPORT, 'number').rows).toEqual([{ cells: ['4930231250001', '5', '3', '2', '1', '0.05'], values: ['4930231250001', 5, 3, 2, 1, 0.0525] }]);
  });
});
