import { SimpleGrid, Stack, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { reportTable } from '../../../../contract/report-table';
import type { CallReport, ReportTable } from '../../../../contract/schemas/reports';
import { CanvasChart } from './CanvasChart';
import type { ChartPlan } from './chart-plan';
import { Figure } from './Figure';
import { useOwnTurn } from './own-turn';
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
  type DayRow,
  type InboundRow,
  type ShareRow,
} from './figure-data';
import { FigureTable } from './FigureTable';
import { COLORS, legendOf, OUTCOME_SERIES, seriesOf, type SeriesStyle } from './palette';

const CHART_HEIGHT = 260;
/** Horizontal bars: a row's height, and room for the axis. */
const barChartHeight = (rows: number) => Math.max(110, rows * 26 + 40);

/** A table of the report exactly as main's report-table gives it, the cells the CLI prints too. */
function ReportTableView({ report, table, caption }: { report: CallReport; table: ReportTable; caption: string }) {
  const { columns, rows } = useMemo(() => reportTable(report, table), [report, table]);
  const cells = useMemo(() => rows.map((row) => row.cells), [rows]);
  return <FigureTable caption={caption} columns={columns} rows={cells} />;
}

const tableOf = (report: CallReport, table: ReportTable) => (caption: string) => <ReportTableView report={report} table={table} caption={caption} />;

const NO_CALLS = 'No calls in this period.';

const SPEND_SERIES: readonly SeriesStyle<'spend'>[] = [{ key: 'spend', label: 'Spend', color: COLORS.spend }];

/** 1. Each day's calls, stacked by outcome. */
const CallsPerDay = memo(function CallsPerDay({ report }: { report: CallReport }) {
  const plan = useMemo((): ChartPlan => {
    const days = dayRows(report);
    return { kind: 'bar', labels: days.map((day) => day.day), series: seriesOf(days, OUTCOME_SERIES), stacked: true };
  }, [report]);
  const period = periodOf(report);
  return (
    <Figure
      id="calls-per-day"
      title="Calls per day by outcome"
      period={period}
      summary={callsPerDaySummary(report)}
      legend={legendOf(OUTCOME_SERIES)}
      chart={<CanvasChart plan={plan} height={CHART_HEIGHT} drawnFor={period} />}
      empty={report.totals.calls === 0 ? NO_CALLS : undefined}
      table={tableOf(report, 'day')}
      exportTable="day"
    />
  );
});

const ANSWER_SERIES: readonly SeriesStyle<keyof DayRow & string>[] = [
  { key: 'answerRate', label: 'Answer rate (%)', color: COLORS.answered },
  { key: 'averageTalk', label: 'Average talk time (s)', color: COLORS.neutral, right: true, dashed: true },
];

/** 2. The share of calls answered and how long they talked, day by day, on an axis each. */
const AnswerRate = memo(function AnswerRate({ report }: { report: CallReport }) {
  const plan = useMemo((): ChartPlan => {
    const days = dayRows(report);
    return {
      kind: 'line',
      labels: days.map((day) => day.day),
      series: seriesOf(days, ANSWER_SERIES),
      dots: true,
      // The legend names each line's unit; the ticks carry it too.
      values: { min: 0, max: 100, format: (rate) => `${rate}%` },
      right: { format: (seconds) => `${seconds} s` },
    };
  }, [report]);
  const period = periodOf(report);
  return (
    <Figure
      id="answer-rate"
      title="Answer rate and average talk time per day"
      period={period}
      summary={answerRateSummary(report)}
      legend={legendOf(ANSWER_SERIES)}
      chart={<CanvasChart plan={plan} height={CHART_HEIGHT} drawnFor={period} />}
      empty={report.totals.calls === 0 ? NO_CALLS : undefined}
      table={tableOf(report, 'day')}
      exportTable="day"
    />
  );
});

const SPEND_DAY_SERIES: readonly SeriesStyle<keyof DayRow & string>[] = [
  { key: 'spend', label: 'Spend', color: COLORS.spend },
  { key: 'cumulativeSpend', label: 'Spend to date', color: COLORS.neutral, kind: 'line', right: true, dashed: true },
];

/** 3. What each day cost, and the running total on the right axis. */
const SpendPerDay = memo(function SpendPerDay({ report }: { report: CallReport }) {
  const plan = useMemo((): ChartPlan => {
    const days = dayRows(report);
    return { kind: 'bar', labels: days.map((day) => day.day), series: seriesOf(days, SPEND_DAY_SERIES), values: { format: money }, right: { format: money }, tooltip: money };
  }, [report]);
  const period = periodOf(report);
  return (
    <Figure
      id="spend-per-day"
      title="Spend per day and cumulative"
      period={period}
      summary={spendSummary(report)}
      legend={legendOf(SPEND_DAY_SERIES)}
      chart={<CanvasChart plan={plan} height={CHART_HEIGHT} drawnFor={period} />}
      empty={report.totals.calls === 0 ? NO_CALLS : undefined}
      table={tableOf(report, 'day')}
      exportTable="day"
    />
  );
});

/** Calls by outcome beside spend, one horizontal bar each per group or phone. */
function SharesChart({ rows, drawnFor }: { rows: ShareRow[]; drawnFor: string }) {
  const height = barChartHeight(rows.length);
  const [calls, spend] = useMemo((): [ChartPlan, ChartPlan] => {
    const labels = rows.map((row) => row.name);
    return [
      { kind: 'bar', labels, series: seriesOf(rows, OUTCOME_SERIES), horizontal: true, stacked: true },
      { kind: 'bar', labels, series: seriesOf(rows, SPEND_SERIES), horizontal: true, values: { format: money }, tooltip: money },
    ];
  }, [rows]);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Stack gap={4}>
        <Text size="sm" fw={600} data-chart-caption>
          Calls by outcome
        </Text>
        <CanvasChart plan={calls} height={height} drawnFor={drawnFor} />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600} data-chart-caption>
          Spend
        </Text>
        <CanvasChart plan={spend} height={height} drawnFor={drawnFor} />
      </Stack>
    </SimpleGrid>
  );
}

/** 4a. Calls and spend by phone group. */
const ByGroup = memo(function ByGroup({ report }: { report: CallReport }) {
  const rows = useMemo(() => groupRows(report), [report]);
  const period = periodOf(report);
  return (
    <Figure
      id="calls-by-group"
      title="Calls and spend by phone group"
      period={period}
      summary={groupSummary(report)}
      legend={legendOf([...OUTCOME_SERIES, ...SPEND_SERIES])}
      chart={<SharesChart rows={rows} drawnFor={period} />}
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
  const period = periodOf(report);
  return (
    <Figure
      id="calls-by-phone"
      title="Calls and spend by phone"
      period={period}
      summary={phoneSummary(report)}
      legend={legendOf([...OUTCOME_SERIES, ...SPEND_SERIES])}
      chart={<SharesChart rows={rows} drawnFor={period} />}
      empty={rows.length === 0 ? NO_CALLS : undefined}
      note={moreThanDrawn(report.byPhone.length, 'phone')}
      table={tableOf(report, 'phone')}
      exportTable="phone"
    />
  );
});

/** Missed calls in the warning vermilion, and named so in the legend: not by colour alone. */
const INBOUND_SERIES: readonly SeriesStyle<keyof InboundRow & string>[] = [
  { key: 'answered', label: 'Answered', color: COLORS.answered },
  { key: 'missed', label: 'Missed', color: COLORS.missed },
];

/** 5. Each number's incoming calls, answered and missed. */
const InboundPerNumber = memo(function InboundPerNumber({ report }: { report: CallReport }) {
  const rows = useMemo(() => inboundRows(report), [report]);
  const plan = useMemo((): ChartPlan => ({ kind: 'bar', labels: rows.map((row) => row.number), series: seriesOf(rows, INBOUND_SERIES), horizontal: true, stacked: true }), [rows]);
  const called = report.byNumber.filter((number) => number.incoming > 0).length;
  const period = periodOf(report);
  return (
    <Figure
      id="inbound-per-number"
      title="Inbound calls per number"
      period={period}
      summary={inboundSummary(report)}
      legend={legendOf(INBOUND_SERIES)}
      chart={<CanvasChart plan={plan} height={barChartHeight(rows.length)} drawnFor={period} />}
      empty={rows.length === 0 ? 'No incoming calls in this period.' : undefined}
      note={called > rows.length ? `The chart shows the ${rows.length} numbers with most incoming calls; the table lists every number.` : undefined}
      table={tableOf(report, 'number')}
      exportTable="number"
    />
  );
});

const FIGURES = [CallsPerDay, AnswerRate, SpendPerDay, ByGroup, ByPhone, InboundPerNumber];

/** One figure, taking each report up in a turn of its own. */
function InItsTurn({ figure: FigureOf, report }: { figure: (typeof FIGURES)[number]; report: CallReport }) {
  const shown = useOwnTurn(report);
  return shown ? <FigureOf report={shown} /> : null;
}

/** The report's figures, each taking a new report up in a task of its own, and each chart drawing in another (CanvasChart). */
export function CallFigures({ report }: { report: CallReport }) {
  return (
    <>
      {FIGURES.map((figure, place) => (
        // The list never changes: its places are the figures' keys.
        <InItsTurn key={place} figure={figure} report={report} />
      ))}
    </>
  );
}
