import { SimpleGrid, Stack, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reportTable } from '../../../../contract/report-table';
import type { CallReport, ReportTable } from '../../../../contract/schemas/reports';
import type reports from '../../i18n/en/reports';
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

/** A report table's column that the catalogs name. */
type TableHeading = keyof (typeof reports)['table'];

const CHART_HEIGHT = 260;
/** Horizontal bars: a row's height, and room for the axis. */
const barChartHeight = (rows: number) => Math.max(110, rows * 26 + 40);

/**
 * A table of the report exactly as main's report-table gives it, the cells the CLI prints too;
 * only the headings are the window's language (the CSV and the CLI keep the English ones).
 */
function ReportTableView({ report, table, caption }: { report: CallReport; table: ReportTable; caption: string }) {
  const { t } = useTranslation('reports');
  const { columns, rows } = useMemo(() => reportTable(report, table), [report, table]);
  const cells = useMemo(() => rows.map((row) => row.cells), [rows]);
  // A column main adds before the catalogs know it keeps its English heading.
  const headed = columns.map((column) => ({ ...column, header: t(`table.${column.key as TableHeading}`, { defaultValue: column.header }) }));
  return <FigureTable caption={caption} columns={headed} rows={cells} />;
}

const tableOf = (report: CallReport, table: ReportTable) => (caption: string) => <ReportTableView report={report} table={table} caption={caption} />;

const SPEND_SERIES: readonly SeriesStyle<'spend'>[] = [{ key: 'spend', label: 'spend', color: COLORS.spend }];

/** 1. Each day's calls, stacked by outcome. */
const CallsPerDay = memo(function CallsPerDay({ report }: { report: CallReport }) {
  const { t } = useTranslation('reports');
  const plan = useMemo((): ChartPlan => {
    const days = dayRows(report);
    return { kind: 'bar', labels: days.map((day) => day.day), series: seriesOf(days, OUTCOME_SERIES, t), stacked: true };
  }, [report, t]);
  const period = periodOf(report);
  return (
    <Figure
      id="calls-per-day"
      title={t('title.callsPerDay')}
      period={period}
      summary={callsPerDaySummary(report)}
      legend={legendOf(OUTCOME_SERIES, t)}
      chart={<CanvasChart plan={plan} height={CHART_HEIGHT} drawnFor={period} />}
      empty={report.totals.calls === 0 ? t('empty.noCalls') : undefined}
      table={tableOf(report, 'day')}
      exportTable="day"
    />
  );
});

const ANSWER_SERIES: readonly SeriesStyle<keyof DayRow & string>[] = [
  { key: 'answerRate', label: 'answerRate', color: COLORS.answered },
  { key: 'averageTalk', label: 'averageTalk', color: COLORS.neutral, right: true, dashed: true },
];

/** 2. The share of calls answered and how long they talked, day by day, on an axis each. */
const AnswerRate = memo(function AnswerRate({ report }: { report: CallReport }) {
  const { t } = useTranslation('reports');
  const plan = useMemo((): ChartPlan => {
    const days = dayRows(report);
    return {
      kind: 'line',
      labels: days.map((day) => day.day),
      series: seriesOf(days, ANSWER_SERIES, t),
      dots: true,
      // The legend names each line's unit; the ticks carry it too.
      values: { min: 0, max: 100, format: (rate) => t('percent', { value: rate }) },
      right: { format: (seconds) => t('axis.seconds', { value: seconds }) },
    };
  }, [report, t]);
  const period = periodOf(report);
  return (
    <Figure
      id="answer-rate"
      title={t('title.answerRate')}
      period={period}
      summary={answerRateSummary(report)}
      legend={legendOf(ANSWER_SERIES, t)}
      chart={<CanvasChart plan={plan} height={CHART_HEIGHT} drawnFor={period} />}
      empty={report.totals.calls === 0 ? t('empty.noCalls') : undefined}
      table={tableOf(report, 'day')}
      exportTable="day"
    />
  );
});

const SPEND_DAY_SERIES: readonly SeriesStyle<keyof DayRow & string>[] = [
  { key: 'spend', label: 'spend', color: COLORS.spend },
  { key: 'cumulativeSpend', label: 'spendToDate', color: COLORS.neutral, kind: 'line', right: true, dashed: true },
];

/** 3. What each day cost, and the running total on the right axis. */
const SpendPerDay = memo(function SpendPerDay({ report }: { report: CallReport }) {
  const { t } = useTranslation('reports');
  const plan = useMemo((): ChartPlan => {
    const days = dayRows(report);
    return { kind: 'bar', labels: days.map((day) => day.day), series: seriesOf(days, SPEND_DAY_SERIES, t), values: { format: money }, right: { format: money }, tooltip: money };
  }, [report, t]);
  const period = periodOf(report);
  return (
    <Figure
      id="spend-per-day"
      title={t('title.spendPerDay')}
      period={period}
      summary={spendSummary(report)}
      legend={legendOf(SPEND_DAY_SERIES, t)}
      chart={<CanvasChart plan={plan} height={CHART_HEIGHT} drawnFor={period} />}
      empty={report.totals.calls === 0 ? t('empty.noCalls') : undefined}
      table={tableOf(report, 'day')}
      exportTable="day"
    />
  );
});

/** Calls by outcome beside spend, one horizontal bar each per group or phone. */
function SharesChart({ rows, drawnFor }: { rows: ShareRow[]; drawnFor: string }) {
  const { t } = useTranslation('reports');
  const height = barChartHeight(rows.length);
  const [calls, spend] = useMemo((): [ChartPlan, ChartPlan] => {
    const labels = rows.map((row) => row.name || t('period.noGroup'));
    return [
      { kind: 'bar', labels, series: seriesOf(rows, OUTCOME_SERIES, t), horizontal: true, stacked: true },
      { kind: 'bar', labels, series: seriesOf(rows, SPEND_SERIES, t), horizontal: true, values: { format: money }, tooltip: money },
    ];
  }, [rows, t]);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Stack gap={4}>
        <Text size="sm" fw={600} data-chart-caption>
          {t('series.callsByOutcome')}
        </Text>
        <CanvasChart plan={calls} height={height} drawnFor={drawnFor} />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600} data-chart-caption>
          {t('series.spend')}
        </Text>
        <CanvasChart plan={spend} height={height} drawnFor={drawnFor} />
      </Stack>
    </SimpleGrid>
  );
}

/** 4a. Calls and spend by phone group. */
const ByGroup = memo(function ByGroup({ report }: { report: CallReport }) {
  const { t } = useTranslation('reports');
  const rows = useMemo(() => groupRows(report), [report]);
  const period = periodOf(report);
  return (
    <Figure
      id="calls-by-group"
      title={t('title.byGroup')}
      period={period}
      summary={groupSummary(report)}
      legend={legendOf([...OUTCOME_SERIES, ...SPEND_SERIES], t)}
      chart={<SharesChart rows={rows} drawnFor={period} />}
      empty={rows.length === 0 ? t('empty.noCalls') : undefined}
      note={moreThanDrawn(report.byGroup.length, 'groups')}
      table={tableOf(report, 'group')}
      exportTable="group"
    />
  );
});

/** 4b. Calls and spend by phone. */
const ByPhone = memo(function ByPhone({ report }: { report: CallReport }) {
  const { t } = useTranslation('reports');
  const rows = useMemo(() => phoneRows(report), [report]);
  const period = periodOf(report);
  return (
    <Figure
      id="calls-by-phone"
      title={t('title.byPhone')}
      period={period}
      summary={phoneSummary(report)}
      legend={legendOf([...OUTCOME_SERIES, ...SPEND_SERIES], t)}
      chart={<SharesChart rows={rows} drawnFor={period} />}
      empty={rows.length === 0 ? t('empty.noCalls') : undefined}
      note={moreThanDrawn(report.byPhone.length, 'phones')}
      table={tableOf(report, 'phone')}
      exportTable="phone"
    />
  );
});

/** Missed calls in the warning vermilion, and named so in the legend: not by colour alone. */
const INBOUND_SERIES: readonly SeriesStyle<keyof InboundRow & string>[] = [
  { key: 'answered', label: 'answered', color: COLORS.answered },
  { key: 'missed', label: 'missed', color: COLORS.missed },
];

/** 5. Each number's incoming calls, answered and missed. */
const InboundPerNumber = memo(function InboundPerNumber({ report }: { report: CallReport }) {
  const { t } = useTranslation('reports');
  const rows = useMemo(() => inboundRows(report), [report]);
  const plan = useMemo(
    (): ChartPlan => ({ kind: 'bar', labels: rows.map((row) => row.number), series: seriesOf(rows, INBOUND_SERIES, t), horizontal: true, stacked: true }),
    [rows, t],
  );
  const called = report.byNumber.filter((number) => number.incoming > 0).length;
  const period = periodOf(report);
  return (
    <Figure
      id="inbound-per-number"
      title={t('title.inbound')}
      period={period}
      summary={inboundSummary(report)}
      legend={legendOf(INBOUND_SERIES, t)}
      chart={<CanvasChart plan={plan} height={barChartHeight(rows.length)} drawnFor={period} />}
      empty={rows.length === 0 ? t('empty.noIncoming') : undefined}
      note={called > rows.length ? t('note.moreNumbers', { shown: rows.length }) : undefined}
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
