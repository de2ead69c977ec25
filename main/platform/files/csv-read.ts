import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { fail, ok, type AppError, type Result } from '../../../contract/result';
import type en from '../../../contract/messages/en';
import { neutralise } from '../../../contract/text';
import { spoken } from '../messages';
import { errorCode } from './save-as';

/** A row of a file the operator brought, with the line it starts on (counting from 1), for the import's report. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * A text file's characters: UTF-8 (its BOM left for the reader), UTF-16 when its BOM says so
 * (Outlook's "Unicode" export), otherwise Windows-1252, which is what Outlook and Excel save as
 * "CSV" in the West. Undefined for binary data (a NUL outside UTF-16), which no text export holds.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

// What a spreadsheet, or our own export (csv.ts), puts before a cell it keeps as text rather than a formula.
const TEXT_MARK = /^'(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/u;

/**
 * The non-blank rows of CSV text as spreadsheets save it: a BOM, CRLF or LF, `,` or `;` or a tab
 * between cells, quoted cells holding separators, quotes and line breaks. A cell our export kept
 * from running as a formula is read back without its apostrophe. `problem` is why the text as a
 * whole cannot be read (a quote left open).
 */
export function readCsvRecords(text: string): { ok: true; records: CsvRecord[] } | { ok: false; problem: string } {
  // One line end for all: csv-parse counts a CRLF inside quotes as two lines, and a refusal points at a line.
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse's types do not follow `info: true`, which wraps each record with where it was read.
    parsed = parse(lines, { delimiter: separatorOf(lines), relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problem: error.message };
    throw error;
  }
  const records = parsed
    .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
    // csv-parse tells the line a row ends on; the line breaks inside its quoted cells say how many lines it took.
    .map(({ record, info }) => ({
      line: info.lines - record.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0),
      cells: record.map((cell) => cell.replace(TEXT_MARK, '')),
    }));
  return { ok: true, records };
}

/**
 * `;` (where the comma is the decimal separator, as Excel saves there), a tab, or `,`: whichever
 * the first row uses most outside quotes. csv-parse's own guess trips on quoted cells.
 */
function separatorOf(text: string): string {
  const firstRow = text.replace(/"[^"]*"/g, '').split('\n').find((line) => line.trim() !== '') ?? '';
  const count = (separator: string) => firstRow.split(separator).length - 1;
  return [';', '\t'].reduce((best, separator) => (count(separator) > count(best) ? separator : best), ',');
}

/**
 * A file the operator chose (in main's dialog, or on the CLI's command line), named by its base
 * name. Only a regular file is read (a pipe or a device could block or never end), and its size
 * is checked before it is: `tooLarge` words the refusal, `kinds` (in English, a key of the
 * catalog's `files.kinds`) the files to choose instead.
 */
export async function userFileAt(
  path: string,
  limits: { maxBytes: number; tooLarge: (name: string) => AppError; kinds: keyof (typeof en)['files']['kinds'] },
): Promise<Result<{ name: string; bytes: Uint8Array<ArrayBuffer> }>> {
  const name = basename(path);
  const shown = neutralise(name);
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return fail({ kind: 'file', ...spoken({ key: 'files.notRegular.message', values: { name: shown } }, { key: 'files.notRegular.hint', values: { kinds: { key: `files.kinds.${limits.kinds}` } } }) });
    if (stats.size > limits.maxBytes) return fail(limits.tooLarge(name));
    return ok({ name, bytes: await readFile(path) });
  } catch (error) {
    return fail({ kind: 'file', ...spoken({ key: 'files.unreadable.message', values: { name: shown, code: errorCode(error) } }, { key: 'files.unreadable.hint' }) });
  }
}
