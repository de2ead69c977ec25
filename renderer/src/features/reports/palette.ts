import type { BarChartSeries } from '@mantine/charts';
import './reports.css';

/** The reports' colours, CSS variables of reports.css that follow the colour scheme. */
export const COLORS = {
  answered: 'var(--report-answered)',
  noAnswer: 'var(--report-no-answer)',
  busy: 'var(--report-busy)',
  failed: 'var(--report-failed)',
  /** A missed call is the inbound side's failure: the same warning vermilion. */
  missed: 'var(--report-failed)',
  spend: 'var(--report-spend)',
  /** A second line beside a coloured one, and the balance: the text's own colour, dashed where it is second. */
  neutral: 'var(--mantine-color-text)',
} as const;

/** Phone calls by outcome, stacked in this order from the axis up, and so in the legend and the tooltip. */
export const OUTCOME_SERIES: readonly BarChartSeries[] = [
  { name: 'answered', label: 'Answered', color: COLORS.answered },
  { name: 'noAnswer', label: 'No answer', color: COLORS.noAnswer },
  { name: 'busy', label: 'Busy', color: COLORS.busy },
  { name: 'failed', label: 'Failed', color: COLORS.failed },
];

/** A thin edge on each bar; the light orange gets a darker one, which white alone would not set off. */
export const barEdges = (series: BarChartSeries) => ({
  stroke: series.name === 'noAnswer' ? 'var(--report-no-answer-edge)' : series.color,
  strokeOpacity: 1,
  strokeWidth: 1,
});

/** The legend and the tooltip in the series' own order: recharts sorts them by name otherwise. */
export function inSeriesOrder(series: readonly { name: string }[]) {
  const itemSorter = (item: { dataKey?: unknown }) => series.findIndex((entry) => entry.name === item.dataKey);
  return { legendProps: { itemSorter }, tooltipProps: { itemSorter } };
}
