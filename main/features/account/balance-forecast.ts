import type { BalanceHistory, BalancePoint } from '../../../contract/schemas/account';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** "Last week's pace": only the reads of the last seven days count. */
export const FORECAST_DAYS = 7;
/** Reads closer together than this say too little about a day's spend. */
const MIN_SPAN_MS = 12 * HOUR_MS;

/**
 * At the last week's pace, how long the balance lasts. The spend is the sum of the drops between
 * consecutive reads: a rise is a top-up, not negative spend, so it is left out rather than netted
 * against the calls. Figures are unrounded; the screen words them. `points` are oldest first.
 */
export function balanceForecast(points: readonly BalancePoint[], threshold: number | null, now: Date): Pick<BalanceHistory, 'forecast' | 'noForecast'> {
  const from = now.getTime() - FORECAST_DAYS * DAY_MS;
  const week = points.filter((point) => Date.parse(point.at) >= from);
  const first = week[0];
  const last = week.at(-1);
  const spanMs = first && last ? Date.parse(last.at) - Date.parse(first.at) : 0;
  if (!first || !last || spanMs < MIN_SPAN_MS) return { forecast: null, noForecast: 'few-reads' };

  let spend = 0;
  for (let index = 1; index < week.length; index++) spend += Math.max(0, week[index - 1]!.balance - week[index]!.balance);
  if (spend <= 0) return { forecast: null, noForecast: 'no-spend' };

  const perDay = spend / (spanMs / DAY_MS);
  // A balance already spent (or under the level) has no days left rather than a negative count.
  const daysUntil = (amount: number) => Math.max(0, amount / perDay);
  return {
    forecast: {
      perDay,
      daysLeft: daysUntil(last.balance),
      daysToThreshold: threshold === null ? null : daysUntil(last.balance - threshold),
    },
  };
}
