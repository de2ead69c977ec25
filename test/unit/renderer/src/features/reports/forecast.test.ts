import { describe, expect, it } from 'vitest';
import { forecastWords } from '../../../../../../renderer/src/features/reports/forecast';

describe('the balance forecast in words', () => {
  it.each([
    [{ perDay: 12.34, daysLeft: 9.8, daysToThreshold: 6.2 }, "At last week's pace (12.34 a day), about 10 days left; under the low-balance level in 6 days."],
    [{ perDay: 3, daysLeft: 1.4, daysToThreshold: null }, "At last week's pace (3.00 a day), about 1 day left."],
    [{ perDay: 5, daysLeft: 4.9999, daysToThreshold: 2.9999 }, "At last week's pace (5.00 a day), about 5 days left; under the low-balance level in 3 days."],
    [{ perDay: 40, daysLeft: 0.4, daysToThreshold: 0.2 }, "At last week's pace (40.00 a day), less than a day left; under the low-balance level within a day."],
    [{ perDay: 2.5, daysLeft: 4, daysToThreshold: 0 }, "At last week's pace (2.50 a day), about 4 days left; already under the low-balance level."],
    [{ perDay: 0.004, daysLeft: 30, daysToThreshold: null }, "At last week's pace (0.0040 a day), about 30 days left."],
  ])('counts whole days, to the nearest, at the pace main measured: %j', (forecast, words) => {
    expect(forecastWords({ forecast })).toBe(words);
  });

  it('says why there is none', () => {
    expect(forecastWords({ forecast: null, noForecast: 'no-spend' })).toBe('Nothing was spent in the last week.');
    expect(forecastWords({ forecast: null, noForecast: 'few-reads' })).toBe('Not enough balance reads yet for a forecast: Switchboard keeps one each time it reads the balance.');
  });
});
