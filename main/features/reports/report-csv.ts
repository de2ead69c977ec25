import type { CallReport, ReportTable } from '../../../contract/schemas/reports';
import { reportTable } from '../../../contract/report-table';
import { toCsv, type CsvColumn } from '../../platform/files/csv';

type Values = (string | number | null)[];

/**
 * One of the report's tables as CSV: the screen's columns with the figures themselves (rates 0–1,
 * seconds, spend to 4 decimals) rather than their display text, so a spreadsheet can sum them.
 */
export function reportCsv(report: Pick<CallReport, 'byDay' | 'byGroup' | 'byPhone' | 'byNumber'>, table: ReportTable): string {
  const view = reportTable(report, table);
  const columns = view.columns.map((column, index): CsvColumn<Values> => [column.header, (values) => values[index] ?? undefined]);
  return toCsv(columns, view.rows.map((row) => row.values));
}
