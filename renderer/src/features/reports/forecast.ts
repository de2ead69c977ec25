import type { BalanceHistory } from '../../../../contract/schemas/account';
import { countOf } from '../../ui/format';
import { money } from './figure-data';

/**
 * Whole days, to the nearest: the pace is an estimate, and 4.9999 days (a read taken seconds after
 * a day's turn) reads as the 5 it is.
 */
const inDays = (days: number): string => (days < 1 ? 'within a day' : `in ${countOf(Math.round(days), 'day')}`);

/**
 * The balance forecast in plain words, under the balance chart: "At last week's pace (12.34 a
 * day), about 9 days left; under the low-balance level in 6 days."
 */
export function forecastWords({ forecast, noForecast }: Pick<BalanceHistory, 'forecast' | 'noForecast'>): string {
  if (!forecast) {
    return noForecast === 'no-spend'
      ? 'Nothing was spent in the last week.'
      : 'Not enough balance reads yet for a forecast: Switchboard keeps one each time it reads the balance.';
  }
  const { perDay, daysLeft, daysToThreshold } = forecast;
  const left = daysLeft <= 0 ? 'the balance is used up' : daysLeft < 1 ? 'less than a day left' : `about ${countOf(Math.round(daysLeft), 'day')} left`;
  const level = daysToThreshold === null ? '' : daysToThreshold <= 0 ? '; already under the low-balance level' : `; under the low-balance level ${inDays(daysToThreshold)}`;
  return `At last week's pace (${money(perDay)} a day), ${left}${level}.`;
}
