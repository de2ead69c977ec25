import type { ChartDataset } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { chartConfig, type ChartPlan, type Paint } from '../../../../../../renderer/src/features/reports/chart-plan';
import { money } from '../../../../../../renderer/src/features/reports/figure-data';
import { COLORS, OUTCOME_SERIES, seriesOf } from '../../../../../../renderer/src/features/reports/palette';
import { i18n } from '../../../../../../renderer/src/i18n';

/** The series named in English, the language the tests read. */
const t = i18n.getFixedT('en', 'reports');

/** Colours as the page would compute them: each variable to a colour of its own. */
const PAINT: Paint = {
  color: (css) => `rgb(from ${css.replace(/^var\((--[\w-]+)\)$/, '$1')})`,
  text: 'rgb(0, 0, 0)',
  dimmed: 'rgb(134, 142, 150)',
  grid: 'rgb(222, 226, 230)',
  font: 'Inter',
};

const DAYS = [
  { day: '1 Jul', answered: 5, noAnswer: 1, busy: 0, failed: 2, spend: 1.5, cumulativeSpend: 1.5 },
  { day: '2 Jul', answered: 3, noAnswer: 0, busy: 1, failed: 0, spend: 0.25, cumulativeSpend: 1.75 },
];

type Scales = Record<string, { type: string; stacked?: boolean; position?: string; min?: number; max?: number; grid: { drawOnChartArea?: boolean }; ticks: { callback?: (value: number) => string } }>;
const scalesOf = (plan: ChartPlan) => chartConfig(plan, PAINT).options!.scales as unknown as Scales;
const datasetsOf = (plan: ChartPlan) => chartConfig(plan, PAINT).data.datasets as (ChartDataset & Record<string, unknown>)[];

/** The tooltip's text for each dataset's value at `index`, as Chart.js would ask for it. */
function tooltipLines(plan: ChartPlan, index: number): string[] {
  const config = chartConfig(plan, PAINT);
  const label = config.options!.plugins!.tooltip!.callbacks!.label as (item: unknown) => string;
  return config.data.datasets.map((dataset) => {
    const value = (dataset.data as (number | null | { y: number | null })[])[index];
    const y = value !== null && typeof value === 'object' ? value.y : value;
    return label({ dataset, parsed: plan.horizontal ? { x: y, y: index } : { x: index, y } });
  });
}

describe('a chart plan as Chart.js draws it', () => {
  const callsPerDay: ChartPlan = { kind: 'bar', labels: DAYS.map((day) => day.day), series: seriesOf(DAYS, OUTCOME_SERIES, t), stacked: true };

  it('stacks the day bars by outcome in the legend’s order, each day’s values from its row', () => {
    const datasets = datasetsOf(callsPerDay);
    expect(datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Answered', [5, 3]],
      ['No answer', [1, 0]],
      ['Busy', [0, 1]],
      ['Failed', [2, 0]],
    ]);
    expect(chartConfig(callsPerDay, PAINT).data.labels).toEqual(['1 Jul', '2 Jul']);
    const scales = scalesOf(callsPerDay);
    expect([scales.x!.stacked, scales.y!.stacked]).toEqual([true, true]);
  });

  it('paints with the colours computed where it is drawn: no variable reaches the canvas, and the orange bars get their darker edge', () => {
    const datasets = datasetsOf(callsPerDay);
    expect(JSON.stringify(chartConfig(callsPerDay, PAINT))).not.toContain('var(');
    expect(datasets[0]!.backgroundColor).toBe('rgb(from --report-answered)');
    expect(datasets[1]).toMatchObject({ backgroundColor: 'rgb(from --report-no-answer)', borderColor: 'rgb(from --report-no-answer-edge)' });
    expect(datasets[2]!.borderColor).toBe(datasets[2]!.backgroundColor);
  });

  it('draws the running total as a dashed line over the day’s bars, on a right-hand axis without grid lines of its own', () => {
    const plan: ChartPlan = {
      kind: 'bar',
      labels: DAYS.map((day) => day.day),
      series: seriesOf(
        DAYS,
        [
          { key: 'spend', label: 'spend', color: COLORS.spend },
          { key: 'cumulativeSpend', label: 'spendToDate', color: COLORS.neutral, kind: 'line', right: true, dashed: true },
        ],
        t,
      ),
      values: { format: money },
      right: { format: money },
      tooltip: money,
    };
    const [bars, line] = datasetsOf(plan);
    expect(bars).toMatchObject({ type: 'bar', yAxisID: 'y' });
    expect(line).toMatchObject({ type: 'line', yAxisID: 'right', borderDash: [6, 4], order: -1 });
    const scales = scalesOf(plan);
    expect(scales.right).toMatchObject({ position: 'right', grid: { drawOnChartArea: false } });
    expect(scales.y!.ticks.callback!(0.5)).toBe('0.50');
    expect(tooltipLines(plan, 1)).toEqual(['Spend: 0.25', 'Spend to date: 1.75']);
  });

  it('lays groups, phones and numbers across as rows, values read along the bottom', () => {
    const rows = [{ name: 'Support', answered: 7, noAnswer: 2, busy: 0, failed: 1 }];
    const plan: ChartPlan = { kind: 'bar', labels: ['Support'], series: seriesOf(rows, OUTCOME_SERIES, t), horizontal: true, stacked: true };
    const config = chartConfig(plan, PAINT);
    expect(config.options!.indexAxis).toBe('y');
    expect(datasetsOf(plan).every((dataset) => dataset.xAxisID === 'x' && dataset.yAxisID === undefined)).toBe(true);
    const scales = scalesOf(plan);
    expect([scales.x!.type, scales.y!.type]).toEqual(['linear', 'category']);
    expect(tooltipLines(plan, 0)).toEqual(['Answered: 7', 'No answer: 2', 'Busy: 0', 'Failed: 1']);
  });

  it('breaks a line on a day without calls, and says so in the tooltip', () => {
    const plan: ChartPlan = { kind: 'line', labels: ['1 Jul', '2 Jul'], series: [{ label: 'Answer rate (%)', color: COLORS.answered, values: [62.5, null] }], values: { min: 0, max: 100, format: (rate) => `${rate}%` } };
    expect(datasetsOf(plan)[0]!.data).toEqual([62.5, null]);
    expect(scalesOf(plan).y).toMatchObject({ min: 0, max: 100 });
    expect(scalesOf(plan).y!.ticks.callback!(40)).toBe('40%');
    expect(tooltipLines(plan, 1)).toEqual(['Answer rate (%): —']);
  });

  it('draws the balance to scale in time, ticks where the figure puts them, and the low-balance level across the whole span', () => {
    const at = [Date.UTC(2025, 6, 1, 9), Date.UTC(2025, 6, 4, 9), Date.UTC(2025, 6, 7, 9)];
    const ticks = [Date.UTC(2025, 6, 2), Date.UTC(2025, 6, 4), Date.UTC(2025, 6, 6)];
    const plan: ChartPlan = {
      kind: 'line',
      labels: at,
      series: [{ label: 'Balance', color: COLORS.neutral, values: [120, 80.5, 37.02] }],
      time: { ticks, format: (time) => new Date(time).toISOString().slice(5, 10), tooltip: (time) => new Date(time).toISOString() },
      level: { value: 10, label: 'Low-balance level', color: COLORS.failed },
      tooltip: money,
    };
    const config = chartConfig(plan, PAINT);
    const [balance, level] = datasetsOf(plan);
    expect(balance!.data).toEqual([
      { x: at[0], y: 120 },
      { x: at[1], y: 80.5 },
      { x: at[2], y: 37.02 },
    ]);
    expect(level).toMatchObject({ label: 'Low-balance level', data: [{ x: at[0], y: 10 }, { x: at[2], y: 10 }], borderDash: [6, 4], borderColor: 'rgb(from --report-failed)' });
    const x = (config.options!.scales as unknown as { x: { type: string; min: number; max: number; afterBuildTicks: (scale: { ticks: unknown[] }) => void; ticks: { callback: (value: number) => string } } }).x;
    expect([x.type, x.min, x.max]).toEqual(['linear', at[0], at[2]]);
    const scale = { ticks: [] as unknown[] };
    x.afterBuildTicks(scale);
    expect(scale.ticks).toEqual(ticks.map((value) => ({ value })));
    expect(x.ticks.callback(ticks[1]!)).toBe('07-04');
    const title = config.options!.plugins!.tooltip!.callbacks!.title as (items: unknown[]) => string;
    expect(title([{ parsed: { x: at[1] } }])).toBe('2025-07-04T09:00:00.000Z');
    expect(tooltipLines(plan, 2)).toEqual(['Balance: 37.02', 'Low-balance level: —']);
  });
});
