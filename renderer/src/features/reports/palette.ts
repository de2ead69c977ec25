import type { TFunction } from 'i18next';
import type reports from '../../i18n/en/reports';
import type { PlotStyle } from './chart-plan';
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

/** A series of a figure: the row's field it draws, and how. */
export interface SeriesStyle<Key extends string = string> extends Omit<PlotStyle, 'label'> {
  key: Key;
  /** Its name in the legend and the tooltip: a message of the reports' `series`, said in the language it is drawn in. */
  label: keyof (typeof reports)['series'];
}

type Outcome = 'answered' | 'noAnswer' | 'busy' | 'failed';

/** Phone calls by outcome, stacked in this order from the axis up, and so in the legend and the tooltip. */
export const OUTCOME_SERIES: readonly SeriesStyle<Outcome>[] = [
  { key: 'answered', label: 'answered', color: COLORS.answered },
  // The light orange gets a darker edge, which white alone would not set off.
  { key: 'noAnswer', label: 'noAnswer', color: COLORS.noAnswer, edge: 'var(--report-no-answer-edge)' },
  { key: 'busy', label: 'busy', color: COLORS.busy },
  { key: 'failed', label: 'failed', color: COLORS.failed },
];

/** The series of `styles` with their values from `rows`, as a chart plan takes them, named in `t`'s language. */
export const seriesOf = <Row, Key extends string & keyof Row>(rows: readonly Row[], styles: readonly SeriesStyle<Key>[], t: TFunction<'reports'>) =>
  styles.map(({ key, label, ...style }) => ({ ...style, label: t(`series.${label}`), values: rows.map((row) => row[key] as number | null) }));

/** The legend the page shows above a chart and draws into its saved image. */
export const legendOf = (styles: readonly SeriesStyle[], t: TFunction<'reports'>) => styles.map(({ label, color }) => ({ label: t(`series.${label}`), color }));
