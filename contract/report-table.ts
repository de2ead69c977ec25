import type { CallReport, CallTotals, ReportDay, ReportGroup, ReportNumber, ReportPhone, ReportTable } from './schemas/reports';
import { talkTime } from './schemas/call-record-text';
import { neutralise } from './text';

/*
 * The report's tables as every surface shows them: the Reports screen, its CSV file and the CLI's
 * `report calls` print these same columns and cells, so their figures can be compared one to one.
 */

export interface ReportColumn {
  key: string;
  header: string;
  /** Right-aligned on screen and in the terminal. */
  numeric: boolean;
}

export interface ReportTableView {
  columns: ReportColumn[];
  /** `cells`: the text shown, in English; `values`: the figures themselves, for CSV and JSON (null where there is none). */
  rows: { cells: string[]; values: (string | number | null)[] }[];
}

type Value = string | number | null;

/** The report's rows that make tables. */
type TableRows = Pick<CallReport, 'byDay' | 'byGroup' | 'byPhone' | 'byNumber'>;

interface Column<Row> extends ReportColumn {
  cell: (row: Row) => string;
  value: (row: Row) => Value;
}

/** What a cell without a figure shows: the answer rate of a day without calls, say. */
const NONE = '—';

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

/**
 * A whole percent from the counts, not from the rate: 57 of 200 is 28.5 %, which is 29 %, while
 * 0.285 × 100 in floating point falls just short of 28.5 and would round down.
 */
const percent = (part: number, whole: number): string => `${Math.round((part * 100) / whole)}%`;

/** Two decimals, half away from zero, from the amount's ten-thousandths (0.285.toFixed(2) gives "0.28"). */
function money(amount: number): string {
  const cents = Math.round(Math.abs(Math.round(amount * 10_000)) / 100);
  const sign = amount < 0 && cents > 0 ? '-' : '';
  return `${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** A name from ITNIO, shown as the CSV and the terminal show it: anything that would act is made visible. */
const text = <Row>(key: string & keyof Row, header: string): Column<Row> => ({
  key,
  header,
  numeric: false,
  cell: (row) => neutralise(String(row[key])),
  value: (row) => row[key] as string,
});

const count = <Row>(key: string & keyof Row, header: string): Column<Row> => ({
  key,
  header,
  numeric: true,
  cell: (row) => String(row[key]),
  value: (row) => row[key] as number,
});

const spend = <Row>(key: string & keyof Row, header: string): Column<Row> => ({
  key,
  header,
  numeric: true,
  cell: (row) => money(row[key] as number),
  value: (row) => round(row[key] as number, 4),
});

const answerRate: Column<CallTotals> = {
  key: 'answerRate',
  header: 'Answer rate',
  numeric: true,
  cell: (row) => (row.answerRate === null ? NONE : percent(row.answered, row.calls)),
  value: (row) => (row.answerRate === null ? null : round(row.answerRate, 4)),
};

const outcomes: Column<CallTotals>[] = [count('calls', 'Calls'), count('answered', 'Answered'), count('noAnswer', 'No answer'), count('busy', 'Busy'), count('failed', 'Failed'), answerRate];

/** The phone-call columns of a group or a phone: its outcomes, time talked and spend. */
const callColumns: Column<CallTotals>[] = [...outcomes, { ...count('talkSeconds', 'Talk time'), cell: (row) => talkTime(row.talkSeconds) }, spend('spend', 'Spend')];

interface TableRow {
  day: ReportDay;
  group: ReportGroup;
  phone: ReportPhone;
  number: ReportNumber;
}

const COLUMNS: { [Table in ReportTable]: Column<TableRow[Table]>[] } = {
  day: [
    text('day', 'Day'),
    ...outcomes,
    {
      key: 'averageTalkSeconds',
      header: 'Average talk',
      numeric: true,
      cell: (row) => (row.averageTalkSeconds === null ? NONE : talkTime(Math.round(row.averageTalkSeconds))),
      value: (row) => (row.averageTalkSeconds === null ? null : round(row.averageTalkSeconds, 2)),
    },
    spend('spend', 'Spend'),
    spend('cumulativeSpend', 'Spend to date'),
  ],
  group: [text('group', 'Group'), ...callColumns],
  phone: [text('phone', 'Phone'), text('group', 'Group'), ...callColumns],
  number: [text('number', 'Number'), count('incoming', 'Incoming'), count('answered', 'Answered'), count('missed', 'Missed'), count('outgoing', 'Outgoing'), spend('spend', 'Spend')],
};

const ROWS: { [Table in ReportTable]: (report: TableRows) => TableRow[Table][] } = {
  day: (report) => report.byDay,
  group: (report) => report.byGroup,
  phone: (report) => report.byPhone,
  number: (report) => report.byNumber,
};

/** One of the report's tables: its columns, and each row as text to show and as figures. Generic so each table's columns are known to fit its rows. */
export function reportTable<Table extends ReportTable>(report: TableRows, table: Table): ReportTableView {
  return view(COLUMNS[table], ROWS[table](report));
}

function view<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): ReportTableView {
  return {
    columns: columns.map(({ key, header, numeric }) => ({ key, header, numeric })),
    rows: rows.map((row) => ({ cells: columns.map((column) => column.cell(row)), values: columns.map((column) => column.value(row)) })),
  };
}
