import { stringify } from 'csv-stringify/sync';
import type { FileFilter } from './dialogs';

/** The save dialog's filter for a CSV export. */
export const CSV_FILES: FileFilter[] = [{ name: 'CSV', extensions: ['csv'] }];

/** A column: its header, and the cell of a row (undefined leaves it empty). */
export type CsvColumn<Row> = readonly [header: string, cell: (row: Row) => string | number | undefined];

/**
 * Rows as CSV text under a header line. A spreadsheet runs a cell starting with = + - @ (or a tab
 * or carriage return) as a formula, and cells hold text typed by operators or sent by the vendor
 * (OWASP CSV injection): csv-stringify prefixes such a text cell with an apostrophe. A cell given
 * as a number keeps its minus sign, since a spreadsheet reads it as the number it is.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return stringify(
    rows.map((row) => columns.map(([, cell]) => cell(row))),
    { header: true, columns: columns.map(([header]) => header), escape_formulas: true },
  );
}
