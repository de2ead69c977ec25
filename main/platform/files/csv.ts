import { stringify } from 'csv-stringify/sync';
import { neutralise } from '../../../contract/text';
import type { FileFilter } from './dialogs';

/** The save dialog's filter for a CSV export. */
export const CSV_FILES: FileFilter[] = [{ name: 'CSV', extensions: ['csv'] }];

/** A column: its header, and the cell of a row (undefined leaves it empty). */
export type CsvColumn<Row> = readonly [header: string, cell: (row: Row) => string | number | undefined];

/**
 * What a spreadsheet runs as a formula (OWASP CSV injection): = + - @, a tab or carriage return,
 * and the fullwidth forms some spreadsheets read as the plain ones (csv-stringify's own list).
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u;

/**
 * Rows as CSV text under a header line (unless `header` is false). Cells hold text typed by operators or sent by the vendor:
 * a text cell a spreadsheet would run gets a leading apostrophe, and its control and direction
 * characters are shown instead of written (a file is also printed by `--csv` and opened in
 * editors). The formula check reads the cell before that, as "\t=…" shown as "␉=…" would no
 * longer look like one. A cell given as a number keeps its minus sign: it is the number it reads.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], header = true): string {
  return stringify(
    rows.map((row) => columns.map(([, cell]) => inert(cell(row)))),
    { header, columns: columns.map(([name]) => name) },
  );
}

function inert(cell: string | number | undefined): string | number | undefined {
  if (typeof cell !== 'string') return cell;
  return FORMULA_START.test(cell) ? `'${neutralise(cell)}` : neutralise(cell);
}
