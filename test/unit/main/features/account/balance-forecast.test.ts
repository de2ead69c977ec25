/** The forecast at last week's pace, against figures worked out by hand. */
import { describe, expect, it } from 'vitest';
import type { BalancePoint } from '../../../../../contract/schemas/account';
import { balanceForecast } from '../../../../../main/features/account/balance-forecast';

const NOW = new Date('2025-07-08T12:00:00.000Z');
const read = (at: string, balance: number): BalancePoint => ({ at: `2025-07-${at}:00.000Z`, balance });

describe('balanceForecast', () => {
  it('counts the drops of the last 7 days and leaves a top-up out', () => {
    const points = [
      read('01T06:00', 100), // before the week: its drop to 50 is not last week's spend
      read('02T12:00', 50),
      read('03T12:00', 46), // −4
      read('04T12:00', 80), // top-up
      read('05T12:00', 77), // −3
      read('06T00:00', 76), // −1
    ];
    // 8 spent over 3.5 days: 16/7 a day; 76 lasts 76 × 3.5 / 8 = 33.25 days, the 56 above 20 lasts 24.5.
    const { forecast, noForecast } = balanceForecast(points, 20, NOW);
    expect(noForecast).toBeUndefined();
    expect(forecast?.perDay).toBeCloseTo(16 / 7, 12);
    expect(forecast?.daysLeft).toBeCloseTo(33.25, 12);
    expect(forecast?.daysToThreshold).toBeCloseTo(24.5, 12);
    expect(balanceForecast(points, null, NOW).forecast?.daysToThreshold).toBeNull();
  });

  it('takes two reads exactly 12 hours apart', () => {
    // 1 spent over half a day: 2 a day, 9 lasts 4.5 days.
    expect(balanceForecast([read('07T12:00', 10), read('08T00:00', 9)], null, NOW)).toEqual({ forecast: { perDay: 2, daysLeft: 4.5, daysToThreshold: null } });
  });

  it.each([
    ['no read', []],
    ['one read', [read('08T10:00', 10)]],
    ['reads under 12 hours apart', [read('07T13:00', 10), read('08T00:59', 8)]],
    ['one read in the week, the others before it', [read('01T00:00', 30), read('01T11:00', 20), read('08T00:00', 10)]],
  ])('has no forecast from %s', (_, points) => {
    expect(balanceForecast(points, 5, NOW)).toEqual({ forecast: null, noForecast: 'few-reads' });
  });

  it('has no forecast when nothing was spent, a top-up or not', () => {
    expect(balanceForecast([read('02T00:00', 10), read('04T00:00', 10), read('06T00:00', 40)], 5, NOW)).toEqual({ forecast: null, noForecast: 'no-spend' });
  });

  it('counts no days to the level once under it, nor days left once the balance is spent', () => {
    // 3 spent over a day: 3 a day; 9 lasts 3 days and is already under 12.
    expect(balanceForecast([read('07T00:00', 12), read('08T00:00', 9)], 12, NOW).forecast).toEqual({ perDay: 3, daysLeft: 3, daysToThreshold: 0 });
    expect(balanceForecast([read('07T00:00', 2), read('08T00:00', -1)], 12, NOW).forecast).toEqual({ perDay: 3, daysLeft: 0, daysToThreshold: 0 });
  });
});
