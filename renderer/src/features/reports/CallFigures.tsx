import { BarChart, CompositeChart, LineChart, type BarChartSeries } from '@mantine/charts';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { reportTable } from '../../../../contract/report-table';
import type { CallReport, ReportTable } from '../../../../contract/schemas/reports';
import { useOwnTurn } from './drawing';
import { Figure } from './Figure';
import {
  answerRateSummary,
  callsPerDaySummary,
  dayRows,
  groupRows,
  groupSummary,
  inboundRows,
  inboundSummary,
  money,
  moreThanDrawn,
  periodOf,
  phoneRows,
  phoneSummary,
  spendSummary,
  type ShareRow,
} from './figure-data';
import { FigureTable } from './FigureTable';
import { barEdges, COLORS, inSeriesOrder, OUTCOME_SERIES } from './palette';

const CHART_HEIGHT = 260;
/** Horizontal bars: a row's height, and room for the axis and legend. */
const barChartHeight = (rows: number) => Math.max(140, rows * 28 + 70);

/** The charts draw as laid out: recharts' keyboard layer would put a focusable surface inside an image. */
const STILL = { accessibilityLayer: false } as const;

const legendOf = (series: readonly { label?: string; name: string; color?: string }[]) => series.map((item) => ({ label: item.label ?? item.name, color: item.color ?? '' }));

/** A table of the report exactly as main's report-table gives it, the cells the CLI prints too. */
function ReportTableView({ report, table, caption }: { report: CallReport; table: ReportTable; caption: string }) {
  const { columns, rows } = useMemo(() => reportTable(report, table), [report, table]);
  const cells = useMemo(() => rows.map((row) => row.cells), [rows]);
  return <FigureTable caption={caption} columns={columns} rows={cells} />;
}

const tableOf = (report: CallReport, table: ReportTable) => (caption: string) => <ReportTableView report={report} table={table} caption={caption} />;

const NO_CALLS = 'No calls in this period.';

const SPEND_SERIES: BarChartSeries[] = [{ name: 'spend', label: 'Spend', color: COLORS.spend }];

/** 1. Each day's calls, stacked by outcome. */
const CallsPerDay = memo(function CallsPerDay({ report }: { report: CallReport }) {
  const days = useMemo(() => dayRows(report), [report]);
  return (
    <Figure
      id="calls-per-day"
      title="Calls per day by outcome"
      period={periodOf(report)}
      summary={callsPerDaySummary(report)}
      legend={legendOf(OUTCOME_SERIES)}
      chart={<BarChart h={CHART_HEIGHT} data={days} dataKey="day" type="stacked" series={[...OUTCOME_SERIES]} barProps={barEdges} withLegend {...inSeriesOrder(OUTCOME_SERIES)} {...STILL} />}
      empty={report.totals.calls === 0 ? NO_CALLS : undefined}
      table={tableOf(report, 'day')}
      exportTable="day"
    />
  );
});

const ANSWER_SERIES = [
  { name: 'answerRate', label: 'Answer rate (%)', color: COLORS.answered },
  { name: 'averageTalk', label: 'Average talk time (s)', color: COLORS.neutral, yAxisId: 'right', strokeDasharray: '6 4' },
];

/** 2. The share of calls answered and how long they talked, day by day, on an axis each. */
const AnswerRate = memo(function AnswerRate({ report }: { report: CallReport }) {
  const days = useMemo(() => dayRows(report), [report]);
  return (
    <Figure
      id="answer-rate"
      title="Answer rate and average talk time per day"
      period={periodOf(report)}
      summary={answerRateSummary(report)}
      legend={legendOf(ANSWER_SERIES)}
      chart={
        <LineChart
          h={CHART_HEIGHT}
          data={days}
          dataKey="day"
          series={ANSWER_SERIES}
          connectNulls={false}
          withLegend
          withRightYAxis
          // The legend names each line's unit; the ticks carry it too.
          yAxisProps={{ domain: [0, 100], tickFormatter: (rate: number) => `${rate}%` }}
          rightYAxisProps={{ tickFormatter: (seconds: number) => `${seconds} s` }}
          {...inSeriesOrder(ANSWER_SERIES)}
          {...STILL}
        />
      }
      empty={report.totals.calls === 0 ? NO_CALLS : undefined}
      table={tableOf(report, 'day')}
      exportTable="day"
    />
  );
});

const SPEND_DAY_SERIES = [
  { name: 'spend', label: 'Spend', color: COLORS.spend, type: 'bar' as const },
  { name: 'cumulativeSpend', label: 'Spend to date', color: COLORS.neutral, type: 'line' as const, yAxisId: 'right', strokeDasharray: '6 4' },
];

/** 3. What each day cost, and the running total on the right axis. */
const SpendPerDay = memo(function SpendPerDay({ report }: { report: CallReport }) {
  const days = useMemo(() => dayRows(report), [report]);
  return (
    <Figure
      id="spend-per-day"
      title="Spend per day and cumulative"
      period={periodOf(report)}
      summary={spendSummary(report)}
      legend={legendOf(SPEND_DAY_SERIES)}
      chart={
        <CompositeChart
          h={CHART_HEIGHT}
          data={days}
          dataKey="day"
          series={SPEND_DAY_SERIES}
          withLegend
          withRightYAxis
          withDots={false}
          valueFormatter={money}
          {...inSeriesOrder(SPEND_DAY_SERIES)}
          {...STILL}
        />
      }
      empty={report.totals.calls === 0 ? NO_CALLS : undefined}
      table={tableOf(report, 'day')}
      exportTable="day"
    />
  );
});

/** Calls by outcome beside spend, one horizontal bar each per group or phone. */
function SharesChart({ rows }: { rows: ShareRow[] }) {
  const height = barChartHeight(rows.length);
  const axis = { width: 130 };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Stack gap={4}>
        <Text size="sm" fw={600} data-chart-caption>
          Calls by outcome
        </Text>
        <BarChart h={height} data={rows} dataKey="name" orientation="vertical" type="stacked" series={[...OUTCOME_SERIES]} barProps={barEdges} yAxisProps={axis} withLegend {...inSeriesOrder(OUTCOME_SERIES)} {...STILL} />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600} data-chart-caption>
          Spend
        </Text>
        <BarChart h={height} data={rows} dataKey="name" orientation="vertical" series={SPEND_SERIES} valueFormatter={money} yAxisProps={axis} {...STILL} />
      </Stack>
    </SimpleGrid>
  );
}

/** 4a. Calls and spend by phone group. */
const ByGroup = memo(function ByGroup({ report }: { report: CallReport }) {
  const rows = useMemo(() => groupRows(report), [report]);
  return (
    <Figure
      id="calls-by-group"
      title="Calls and spend by phone group"
      period={periodOf(report)}
      summary={groupSummary(report)}
      legend={legendOf([...OUTCOME_SERIES, ...SPEND_SERIES])}
      chart={<SharesChart rows={rows} />}
      empty={rows.length === 0 ? NO_CALLS : undefined}
      note={moreThanDrawn(report.byGroup.length, 'group')}
      table={tableOf(report, 'group')}
      exportTable="group"
    />
  );
});

/** 4b. Calls and spend by phone. */
const ByPhone = memo(function ByPhone({ report }: { report: CallReport }) {
  const rows = useMemo(() => phoneRows(report), [report]);
  return (
    <Figure
      id="calls-by-phone"
      title="Calls and spend by phone"
      period={periodOf(report)}
      summary={phoneSummary(report)}
      legend={legendOf([...OUTCOME_SERIES, ...SPEND_SERIES])}
      chart={<SharesChart rows={rows} />}
      empty={rows.length === 0 ? NO_CALLS : undefined}
      note={moreThanDrawn(report.byPhone.length, 'phone')}
      table={tableOf(report, 'phone')}
      exportTable="phone"
    />
  );
});

/** Missed calls in the warning vermilion, and named so in the legend: not by colour alone. */
const INBOUND_SERIES: BarChartSeries[] = [
  { name: 'answered', label: 'Answered', color: COLORS.answered },
  { name: 'missed', label: 'Missed', color: COLORS.missed },
];

/** 5. Each number's incoming calls, answered and missed. */
const InboundPerNumber = memo(function InboundPerNumber({ report }: { report: CallReport }) {
  const rows = useMemo(() => inboundRows(report), [report]);
  const called = report.byNumber.filter((number) => number.incoming > 0).length;
  return (
    <Figure
      id="inbound-per-number"
      title="Inbound calls per number"
      period={periodOf(report)}
      summary={inboundSummary(report)}
      legend={legendOf(INBOUND_SERIES)}
      chart={
        <BarChart
          h={barChartHeight(rows.length)}
          data={rows}
          dataKey="number"
          orientation="vertical"
          type="stacked"
          series={INBOUND_SERIES}
          barProps={barEdges}
          withLegend
          yAxisProps={{ width: 130 }}
          {...inSeriesOrder(INBOUND_SERIES)}
          {...STILL}
        />
      }
      empty={rows.length === 0 ? 'No incoming calls in this period.' : undefined}
      note={called > rows.length ? `The chart shows the ${rows.length} numbers with most incoming calls; the table lists every number.` : undefined}
      table={tableOf(report, 'number')}
      exportTable="number"
    />
  );
});

const FIGURES = [CallsPerDay, AnswerRate, SpendPerDay, ByGroup, ByPhone, InboundPerNumber];

/** One figure, drawing each report in a turn of its own. */
function InItsTurn({ figure: FigureOf, report }: { figure: (typeof FIGURES)[number]; report: CallReport }) {
  const shown = useOwnTurn(report);
  return shown ? <FigureOf report={shown} /> : null;
}

/** The report's figures, each redrawn only when another report arrives, one after another. */
export function CallFigures({ report }: { report: CallReport }) {
  return (
    <>
      {/* The list never changes: its places are the figures' keys. */}
      {FIGURES.map((figure, place) => (
        <InItsTurn key={place} figure={figure} report={report} />
      ))}
    </>
  );
}
