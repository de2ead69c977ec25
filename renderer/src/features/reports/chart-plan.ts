import type { ChartConfiguration, ChartDataset, Scale, ScaleOptions, TooltipItem } from 'chart.js';
import { i18n } from '../../i18n';

/**
 * What a figure draws, said in the report's terms: series of values over categories (days,
 * groups, phones, numbers) or over time. `chartConfig` turns a plan into Chart.js's configuration
 * with every colour resolved, for the canvas takes no CSS variables.
 */

/** How a series is drawn, and its name in the legend and tooltip. */
export interface PlotStyle {
  label: string;
  /** A CSS colour; a var(--…) follows the colour scheme. */
  color: string;
  /** Each bar's edge, where the fill alone stands out too little from the page. */
  edge?: string;
  /** The chart's own kind unless said; a line in a bar chart is drawn over the bars. */
  kind?: 'bar' | 'line';
  /** A second line beside a coloured one. */
  dashed?: boolean;
  /** Measured on the right-hand axis. */
  right?: boolean;
}

export interface PlotSeries extends PlotStyle {
  values: readonly (number | null)[];
}

export interface PlotAxis {
  min?: number;
  max?: number;
  /** A tick's text. */
  format?: (value: number) => string;
}

export interface ChartPlan {
  kind: 'bar' | 'line';
  /** The categories, or for a time axis the times (epoch ms) the values were read at. */
  labels: readonly string[] | readonly number[];
  series: readonly PlotSeries[];
  /** Bars across the chart, a category a row (by group, phone, number). */
  horizontal?: boolean;
  /** Bars of one category piled up. */
  stacked?: boolean;
  /** Points marked on the lines. */
  dots?: boolean;
  /** The axis the values are read on (left, or bottom for horizontal bars). */
  values?: PlotAxis;
  right?: PlotAxis;
  /** A time axis: the labels are times, the ticks at `ticks`, each written by `format`. */
  time?: { ticks?: readonly number[]; format: (at: number) => string; tooltip: (at: number) => string };
  /** A level drawn across as a labelled dashed line (the low-balance level). */
  level?: { value: number; label: string; color: string };
  /** A value's text in the tooltip. */
  tooltip?: (value: number) => string;
}

/** What CSS colours and the page's type compute to where the chart is drawn. */
export interface Paint {
  color: (css: string) => string;
  text: string;
  dimmed: string;
  grid: string;
  font: string;
}

const DASH = [6, 4];

function dataset(series: PlotSeries, plan: ChartPlan, paint: Paint, order: number): ChartDataset {
  const color = paint.color(series.color);
  const data = plan.time ? series.values.map((y, index) => ({ x: plan.labels[index] as number, y })) : [...series.values];
  const axes = plan.horizontal ? { xAxisID: 'x' } : { yAxisID: series.right ? 'right' : 'y' };
  if ((series.kind ?? plan.kind) === 'line') {
    return {
      type: 'line',
      label: series.label,
      data,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      borderDash: series.dashed ? DASH : [],
      pointRadius: plan.dots ? 2.5 : 0,
      pointHoverRadius: 4,
      // Lines over bars, whatever their place in the legend.
      order: -1,
      ...axes,
    } as ChartDataset;
  }
  return {
    type: 'bar',
    label: series.label,
    data,
    backgroundColor: color,
    borderColor: series.edge ? paint.color(series.edge) : color,
    borderWidth: 1,
    order,
    ...axes,
  } as ChartDataset;
}

/** A value axis: its range, its ticks' text, and grid lines only for the left one. */
function valueScale(axis: PlotAxis | undefined, paint: Paint, options: { stacked: boolean; position?: 'right'; grid: boolean }): ScaleOptions<'linear'> {
  return {
    type: 'linear',
    stacked: options.stacked,
    position: options.position,
    min: axis?.min,
    max: axis?.max,
    beginAtZero: true,
    // Room over the highest value, so a point there is not cut in half by the chart's edge.
    grace: axis?.max === undefined ? '5%' : undefined,
    grid: { color: paint.grid, drawOnChartArea: options.grid },
    border: { color: paint.grid },
    ticks: { color: paint.dimmed, font: { family: paint.font, size: 11 }, callback: axis?.format ? (value: number | string) => axis.format!(Number(value)) : undefined },
  };
}

function categoryScale(plan: ChartPlan, paint: Paint): ScaleOptions<'linear'> | ScaleOptions<'category'> {
  if (plan.time) {
    const { ticks, format } = plan.time;
    return {
      type: 'linear',
      // From the first read to the last; a single read is left to Chart.js to centre.
      min: plan.labels.length > 1 ? (plan.labels[0] as number) : undefined,
      max: plan.labels.length > 1 ? (plan.labels.at(-1) as number) : undefined,
      grid: { color: paint.grid },
      border: { color: paint.grid },
      // Ticks where the figure says (local midnights), not where round numbers of milliseconds fall.
      afterBuildTicks: ticks ? (scale: Scale) => void (scale.ticks = ticks.map((value) => ({ value }))) : undefined,
      ticks: { color: paint.dimmed, font: { family: paint.font, size: 11 }, callback: (value: number | string) => format(Number(value)), maxRotation: 0 },
    };
  }
  return {
    type: 'category',
    stacked: Boolean(plan.stacked),
    grid: { display: false },
    border: { color: paint.grid },
    ticks: { color: paint.dimmed, font: { family: paint.font, size: 11 }, autoSkipPadding: 8, maxRotation: 0 },
  };
}

/** The Chart.js configuration of `plan`, painted with `paint`. */
export function chartConfig(plan: ChartPlan, paint: Paint): ChartConfiguration {
  const stacked = Boolean(plan.stacked);
  const datasets = plan.series.map((series, index) => dataset(series, plan, paint, index));
  if (plan.level && plan.labels.length > 0) {
    const { value, label, color } = plan.level;
    const ends = plan.time ? [plan.labels[0], plan.labels.at(-1)].map((x) => ({ x: x as number, y: value })) : plan.labels.map(() => value);
    datasets.push({ type: 'line', label, data: ends, borderColor: paint.color(color), backgroundColor: paint.color(color), borderWidth: 2, borderDash: DASH, pointRadius: 0, yAxisID: 'y' } as ChartDataset);
  }
  const values = valueScale(plan.values, paint, { stacked, grid: true });
  const scales: Record<string, ScaleOptions<'linear'> | ScaleOptions<'category'>> = plan.horizontal
    ? { x: values, y: { ...categoryScale(plan, paint), ticks: { color: paint.text, font: { family: paint.font, size: 11 }, autoSkip: false } } }
    : { x: categoryScale(plan, paint), y: values };
  if (plan.right) scales.right = valueScale(plan.right, paint, { stacked: false, position: 'right', grid: false });
  const tooltipValue = plan.tooltip ?? ((value: number) => String(value));
  return {
    type: plan.kind,
    data: { labels: plan.time ? undefined : [...(plan.labels as readonly string[])], datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: plan.horizontal ? 'y' : 'x',
      // A day's bars and points together in the tooltip, as the table's row.
      interaction: { mode: 'index', intersect: false, axis: plan.horizontal ? 'y' : 'x' },
      scales,
      plugins: {
        // The legend is the page's own, above the chart, read as text and drawn into a saved image.
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: plan.time ? (items: TooltipItem<'line'>[]) => (items[0] ? plan.time!.tooltip(items[0].parsed.x ?? 0) : '') : undefined,
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const value = plan.horizontal ? item.parsed.x : item.parsed.y;
              return i18n.t('reports:tooltip', { series: item.dataset.label ?? '', value: value === null || value === undefined ? i18n.t('common:none') : tooltipValue(value) });
            },
          },
        },
      },
    },
  } as ChartConfiguration;
}
