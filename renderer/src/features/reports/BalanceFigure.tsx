import { Paper, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import type { BalanceHistory } from '../../../../contract/schemas/account';
import { currentLocale, i18n } from '../../i18n';
import { calendarDate, dateTime } from '../../ui/format';
import { ReadProblem } from '../../ui/ReadProblem';
import { dayOf } from '../../ui/days';
import { CanvasChart } from './CanvasChart';
import type { ChartPlan } from './chart-plan';
import { Figure, type FigureProps } from './Figure';
import { balanceRows, balanceSummary, money, type BalanceRow } from './figure-data';
import { FigureTable, type FigureColumn } from './FigureTable';
import { forecastWords } from './forecast';
import { COLORS, legendOf, seriesOf, type SeriesStyle } from './palette';
import { useReports } from './reports-store';

const SERIES: readonly SeriesStyle<'balance'>[] = [{ key: 'balance', label: 'balance', color: COLORS.neutral }];
/** The low-balance level, a dashed line across. */
const LEVEL_COLOR = COLORS.failed;

const DAY_MS = 86_400_000;
/** About as many labels as the axis has room for. */
const MOST_TICKS = 8;

/**
 * The time axis, in `locale`: over a day or more, a tick at local midnights ("3 Jul"), every day
 * or every few; within a day, the times Chart.js picks ("14:05").
 */
function timeAxis(rows: readonly BalanceRow[], locale: string): NonNullable<ChartPlan['time']> {
  const first = rows.at(0)?.at ?? 0;
  const last = rows.at(-1)?.at ?? 0;
  const tooltip = (at: number) => dateTime(at, { locale });
  if (last - first < 2 * DAY_MS) return { format: (at) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at), tooltip };
  const midnight = new Date(first);
  midnight.setHours(24, 0, 0, 0);
  const step = Math.ceil((last - midnight.getTime()) / DAY_MS / MOST_TICKS) || 1;
  const ticks: number[] = [];
  for (const day = midnight; day.getTime() <= last; day.setDate(day.getDate() + step)) ticks.push(day.getTime());
  return { ticks, format: (at) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(at), tooltip };
}

/** The days of the first and the last read kept. */
function periodOf({ points }: BalanceHistory): string {
  const [first = '', last = ''] = [points.at(0), points.at(-1)].map((point) => (point ? calendarDate(dayOf(new Date(point.at))) : ''));
  return first === last ? first : i18n.t('reports:period.range', { since: first, until: last });
}

/** 6. The balance as the app read it, the low-balance level on it, and the forecast in words. */
const BalanceOverTime = memo(function BalanceOverTime({ history, error }: { history: BalanceHistory; error: AppError | undefined }) {
  const { t } = useTranslation(['reports', 'common']);
  const locale = currentLocale();
  const plan = useMemo((): ChartPlan => {
    const rows = balanceRows(history);
    return {
      kind: 'line',
      labels: rows.map((row) => row.at),
      series: seriesOf(rows, SERIES, t),
      dots: rows.length < 30,
      time: timeAxis(rows, locale),
      values: { format: money },
      tooltip: money,
      // The level is drawn across even when the balance is far above it: the axis reaches down to it.
      level: history.threshold === null ? undefined : { value: history.threshold, label: t('series.lowBalanceLevel'), color: LEVEL_COLOR },
    };
  }, [history, t, locale]);
  const period = periodOf(history);
  const cells = useMemo(() => history.points.map((point) => [dateTime(point.at, { locale }), money(point.balance)]), [history, locale]);
  const columns: FigureColumn[] = [
    { key: 'time', header: t('common:time'), numeric: false },
    { key: 'balance', header: t('table.balance'), numeric: true },
  ];
  const legend: FigureProps['legend'] = [...legendOf(SERIES, t), ...(history.threshold === null ? [] : [{ label: t('series.lowBalanceLevel'), color: LEVEL_COLOR }])];
  return (
    <Figure
      id="balance"
      title={t('title.balance')}
      period={period}
      summary={balanceSummary(history)}
      legend={legend}
      chart={<CanvasChart plan={plan} height={260} drawnFor={period} />}
      empty={history.points.length === 0 ? t('empty.noBalanceReads') : undefined}
      table={(caption) => <FigureTable caption={caption} columns={columns} rows={cells} />}
    >
      {/* Reading them again failed: the reads from before stay, and the failure is said. */}
      <ReadProblem problem={error} readAt={undefined} what={t('balance.what')} />
      <Text size="sm" data-testid="balance-forecast">
        {forecastWords(history)}
      </Text>
    </Figure>
  );
});

/** The balance figure, once its reads are in; a failure to get them says so in their place. */
export function BalanceFigure() {
  const { t } = useTranslation('reports');
  const history = useReports((state) => state.balance);
  const error = useReports((state) => state.balanceError);
  if (history) return <BalanceOverTime history={history} error={error} />;
  if (!error) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('title.balance')}>
      <ReadProblem problem={error} readAt={undefined} what={t('balance.what')} />
    </Paper>
  );
}
