import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../../../../main/features/reports/report-csv';

const NO_CALLS = { calls: 0, answered: 0, noAnswer: 0, busy: 0, failed: 0, answerRate: null, talkSeconds: 0, averageTalkSeconds: null, spend: 0 };
const SOME_CALLS = { calls: 3, answered: 2, noAnswer: 1, busy: 0, failed: 0, answerRate: 2 / 3, talkSeconds: 85, averageTalkSeconds: 42.5, spend: 0.0525 };

const REPORT = {
  byDay: [
    { day: '2026-03-10', ...SOME_CALLS, cumulativeSpend: 0.0525 },
    { day: '2026-03-11', ...NO_CALLS, cumulativeSpend: 0.0525 },
  ],
  byGroup: [{ group: '=cmd|"/c calc"!A1', ...SOME_CALLS }],
  byPhone: [],
  byNumber: [],
};

describe("a report table's CSV", () => {
  it("holds the screen's columns with the figures themselves, an empty cell where there is none", () => {
    expect(reportCsv(REPORT, 'day').split('\n')).toEqual([
      'Day,Calls,Answered,No answer,Busy,Failed,Answer rate,Average talk,Spend,Spend to date',
      '2026-03-10,3,2,1,0,0,0.6667,42.5,0.0525,0.0525',
      '2026-03-11,0,0,0,0,0,,,0,0.0525',
      '',
    ]);
  });

  it('makes a group name a spreadsheet would run inert', () => {
    expect(reportCsv(REPORT, 'group').split('\n')[1]).toBe(`"'=cmd|""/c calc""!A1",3,2,1,0,0,0.6667,85,0.0525`);
  });
});
