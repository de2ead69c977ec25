import { LineChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import type { AppError } from '../../../../contract/result';
import type { BalanceHistory } from '../../../../contract/schemas/account';
import { calendarDate, dateTime } from '../../ui/format';
import { ReadProblem } from '../../ui/ReadProblem';
import { dayOf } from '../../ui/days';
import { Figure, type FigureProps } from './Figure';
import { balanceRows, balanceSummary, money, type BalanceRow } from './figure-data';
import { FigureTable, type FigureColumn } from './FigureTable';
import { forecastWords } from './forecast';
import { COLORS } from './palette';
import { useReports } from './reports-store';

const SERIES = [{ name: 'balance', label: 'Balance', color: COLORS.neutral }];
const THRESHOLD = { label: 'Low-balance level', color: COLORS.failed };
const COLUMNS: FigureColumn[] = [
  { key: 'time', header: 'Time', numeric: false },
  { key: 'balance', header: 'Balance', numeric: true },
];

const DAY_MS = 86_400_000;
/** About as many labels as the axis has room for. */
const MOST_TICKS = 8;

/**
 * The time axis: over a day or more, a label at local midnights ("3 Jul"), every day or every few;
 * within a day, the times recharts picks ("14:05").
 */
function timeAxis(rows: readonly BalanceRow[]) {
  const first = rows.at(0)?.at ?? 0;
  const last = rows.at(-1)?.at ?? 0;
  if (last - first < 2 * DAY_MS) return { tickFormatter: (at: number) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(at) };
  const midnight = new Date(first);
  midnight.setHours(24, 0, 0, 0);
  const step = Math.ceil((last - midnight.getTime()) / DAY_MS / MOST_TICKS) || 1;
  const ticks: number[] = [];
  for (const day = midnight; day.getTime() <= last; day.setDate(day.getDate() + step)) ticks.push(day.getTime());
  return { ticks, tickFormatter: (at: number) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(at) };
}

/** The days of the first and the last read kept. */
function periodOf({ points }: BalanceHistory): string {
  const [first = '', last = ''] = [points.at(0), points.at(-1)].map((point) => (point ? calendarDate(dayOf(new Date(point.at))) : ''));
  return first === last ? first : `${first} – ${last}`;
}

/** 6. The balance as the app read it, the low-balance level on it, and the forecast in words. */
const BalanceOverTime = memo(function BalanceOverTime({ history, error }: { history: BalanceHistory; error: AppError | undefined }) {
  const rows = useMemo(() => balanceRows(history), [history]);
  const axis = useMemo(() => timeAxis(rows), [rows]);
  const cells = useMemo(() => history.points.map((point) => [dateTime(point.at), money(point.balance)]), [history]);
  const { threshold } = history;
  const legend: FigureProps['legend'] = threshold === null ? SERIES : [...SERIES, THRESHOLD];
  return (
    <Figure
      id="balance"
      title="Balance over time"
      period={periodOf(history)}
      summary={balanceSummary(history)}
      legend={legend}
      chart={
        <LineChart
          h={260}
          data={rows}
          dataKey="at"
          series={SERIES}
          withDots={rows.length < 30}
          withLegend
          valueFormatter={money}
          xAxisProps={{ type: 'number', scale: 'time', domain: ['dataMin', 'dataMax'], ...axis }}
          // Recharts asks for the label with no point under the pointer too.
          tooltipProps={{ labelFormatter: (at) => (typeof at === 'number' ? dateTime(at) : '') }}
          // The level stays in view when the balance is far above it (or below).
          referenceLines={
            threshold === null
              ? []
              : // Its label in the text's colour: small vermilion text on white falls short of 4.5:1.
                [{ y: threshold, label: { value: THRESHOLD.label, fill: COLORS.neutral }, color: THRESHOLD.color, strokeDasharray: '6 4', ifOverflow: 'extendDomain' }]
          }
          accessibilityLayer={false}
        />
      }
      empty={rows.length === 0 ? 'No balance reads kept yet: Switchboard keeps one each time it reads the balance.' : undefined}
      table={(caption) => <FigureTable caption={caption} columns={COLUMNS} rows={cells} />}
    >
      {/* Reading them again failed: the reads from before stay, and the failure is said. */}
      <ReadProblem problem={error} readAt={undefined} what="balance reads" />
      <Text size="sm" data-testid="balance-forecast">
        {forecastWords(history)}
      </Text>
    </Figure>
  );
});

/** The balance figure, once its reads are in; a failure to get them says so in their place. */
export function BalanceFigure() {
  const history = useReports((state) => state.balance);
  const error = useReports((state) => state.balanceError);
  if (history) return <BalanceOverTime history={history} error={error} />;
  if (!error) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label="Balance over time">
      <ReadProblem problem={error} readAt={undefined} what="balance reads" />
    </Paper>
  );
}
