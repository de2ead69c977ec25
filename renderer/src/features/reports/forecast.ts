import type { BalanceHistory } from '../../../../contract/schemas/account';
import { i18n } from '../../i18n';
import { money } from './figure-data';

/**
 * Whole days, to the nearest: the pace is an estimate, and 4.9999 days (a read taken seconds after
 * a day's turn) reads as the 5 it is.
 */
const underLevel = (days: number): string => (days < 1 ? i18n.t('reports:forecast.underWithinADay') : i18n.t('reports:forecast.underInDays', { count: Math.round(days) }));

/**
 * The balance forecast in plain words, under the balance chart: "At last week's pace (12.34 a
 * day), about 9 days left; under the low-balance level in 6 days."
 */
export function forecastWords({ forecast, noForecast }: Pick<BalanceHistory, 'forecast' | 'noForecast'>): string {
  if (!forecast) return i18n.t(noForecast === 'no-spend' ? 'reports:forecast.noSpend' : 'reports:forecast.fewReads');
  const { perDay, daysLeft, daysToThreshold } = forecast;
  const left =
    daysLeft <= 0
      ? i18n.t('reports:forecast.usedUp')
      : daysLeft < 1
        ? i18n.t('reports:forecast.underADay')
        : i18n.t('reports:forecast.daysLeft', { count: Math.round(daysLeft) });
  const values = { perDay: money(perDay), left };
  if (daysToThreshold === null) return i18n.t('reports:forecast.pace', values);
  const level = daysToThreshold <= 0 ? i18n.t('reports:forecast.alreadyUnder') : underLevel(daysToThreshold);
  return i18n.t('reports:forecast.paceLevel', { ...values, level });
}
