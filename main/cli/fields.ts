import { Option, type Command } from 'commander';
import { invalidField, ok, type Result } from '../../contract/result';
import { neutralise } from '../../contract/text';
import { EXIT } from './exit-codes';
import { jsonText, oneOutput } from './output';
import type { CliRuntime } from './runtime';
import type { TableColumn } from './table';

/** One thing a command can print about each row: a table column, a tsv/csv cell, a `{{field}}` of a template, a key of `--json --fields`. */
export interface Field<Row> {
  /** What --fields and --template call it, and its key under --json. */
  name: string;
  header: string;
  text: (row: Row) => string;
  /** Its value under --json when not the text (a number, a boolean). */
  json?: (row: Row) => unknown;
  /** Printed only when --fields names it. */
  extra?: boolean;
  wrap?: boolean;
  /** Hidden from a narrow terminal's table, the lowest first; without it, never. */
  drop?: number;
}

/** What a command prints about its answer, row by row. */
export interface View<Value, Row> {
  /** `phones list`, as messages name the command. */
  command: string;
  rows: (value: Value) => Row[];
  fields: Field<Row>[];
  /** The table's words when there is no row. */
  empty: string;
  /** The answer is one record (`balance`): under --json --fields, an object rather than a list. */
  single?: boolean;
}

export const FORMATS = ['table', 'tsv', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The output options as commander parses them. */
export interface OutputOptions {
  fields?: string;
  format?: Format;
  template?: string;
  /** False with --no-headers. */
  headers?: boolean;
}

/** How a command's answer is printed, settled before anything is sent. */
export interface Presentation<Row> {
  format: Format | 'template';
  fields: Field<Row>[];
  /** --fields was given: --json prints just those fields. */
  picked: boolean;
  /** Neither --fields nor --format was given: a command may answer in its own words. */
  plain: boolean;
  template?: string;
  headers: boolean;
}

const HINT = 'Correct the option and run the command again. Nothing was sent.';
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** --fields, --format, --template and --no-headers on a command that prints rows. */
export function withOutputOptions<Value, Row>(command: Command, view: View<Value, Row>): Command {
  return command
    .option('--fields <names>', `what to print, comma-separated, in that order: ${view.fields.map((field) => field.name).join(', ')}`)
    .addOption(new Option('--format <format>', 'table (the default, fitted to the terminal), tsv, csv or json').choices(FORMATS))
    .option('--template <text>', 'print one line per row, each {{field}} replaced by its value')
    .option('--no-headers', 'leave out the header line of a table, tsv or csv');
}

/** The table columns of these fields over these rows, every cell one inert line. */
export const columnsOf = <Row>(fields: readonly Field<Row>[], rows: readonly Row[]): TableColumn[] =>
  fields.map((field) => ({ header: field.header, cells: rows.map((row) => neutralise(field.text(row))), wrap: field.wrap, drop: field.drop }));

/** `--csv` is a command's own export, the app's file as it is: one output on its own, never reshaped by the output options. */
function exportAlone(json: boolean, options: OutputOptions): Result<void> {
  if (json) return oneOutput(json, true);
  const beside = [
    options.fields !== undefined && '--fields',
    options.format !== undefined && '--format',
    options.template !== undefined && '--template',
    options.headers === false && '--no-headers',
  ].filter(Boolean);
  if (beside.length === 0) return ok(undefined);
  return invalidField('--csv', `prints the app's own export and cannot be given with ${beside.join(' or ')}: use --format csv to pick fields`, HINT);
}

/**
 * The presentation the options ask for, or a usage error naming the option (exit 2). `csv` is
 * the command's own --csv export, when it has one.
 */
export function presentationOf<Value, Row>(view: View<Value, Row>, options: OutputOptions & { csv?: boolean }, json: boolean): Result<Presentation<Row>> {
  if (options.csv) {
    const alone = exportAlone(json, options);
    if (!alone.ok) return alone;
  }
  if (json && options.format !== undefined && options.format !== 'json') {
    return invalidField('--format', `"${options.format}" cannot be given with --json: choose one output`, HINT);
  }
  if (options.template !== undefined && (json || options.format !== undefined || options.fields !== undefined)) {
    const other = json ? '--json' : options.format !== undefined ? '--format' : '--fields';
    return invalidField('--template', `cannot be given with ${other}: ${other === '--fields' ? 'the template names its own fields' : 'choose one output'}`, HINT);
  }
  if (options.headers === false && (json || options.format === 'json' || options.template !== undefined)) {
    return invalidField('--no-headers', 'applies to a table, tsv or csv only: JSON and a template have no header line', HINT);
  }
  const known = `the fields of ${view.command} are ${view.fields.map((field) => field.name).join(', ')}`;
  const byName = new Map(view.fields.map((field) => [field.name, field]));
  const fields: Field<Row>[] = [];
  for (const name of options.fields?.split(',').map((part) => part.trim()) ?? []) {
    const field = byName.get(name);
    if (!field) return invalidField('--fields', name === '' ? `names an empty field; ${known}` : `"${name}" is not a field; ${known}`, HINT);
    fields.push(field);
  }
  const headers = options.headers !== false;
  const picked = fields.length > 0;
  const chosen = picked ? fields : view.fields.filter((field) => !field.extra);
  const plain = !picked && options.format === undefined;
  if (options.template === undefined) return ok({ format: options.format ?? (json ? 'json' : 'table'), fields: chosen, picked, plain, headers });

  const named = [...options.template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
  if (named.length === 0) return invalidField('--template', `names no field: write each as {{name}}; ${known}`, HINT);
  const unknown = named.find((name) => !byName.has(name));
  if (unknown !== undefined) return invalidField('--template', `{{${unknown}}} is not a field; ${known}`, HINT);
  return ok({ format: 'template', fields: chosen, picked, plain: false, template: options.template, headers });
}

/**
 * Prints a command's answer as presented and returns the exit code. A failure is reported as
 * every other command reports one. Without --fields, --json keeps the command's whole answer; with
 * neither --fields nor --format, a command may answer in its own words (`human`) rather than a table.
 */
export async function show<Value, Row>(
  runtime: CliRuntime,
  result: Result<Value>,
  view: View<Value, Row>,
  shown: Presentation<Row>,
  own: { human?: (value: Value) => string; json?: (value: Value) => unknown } = {},
): Promise<number> {
  if (!result.ok) return runtime.report(result, () => '');
  const { value } = result;
  const rows = view.rows(value);
  const { io } = runtime;
  switch (shown.format) {
    case 'json': {
      const record = (row: Row) => Object.fromEntries(shown.fields.map((field) => [field.name, field.json ? field.json(row) : field.text(row)]));
      const published = shown.picked ? (view.single ? record(rows[0]!) : rows.map(record)) : own.json ? own.json(value) : value;
      io.out(jsonText({ ok: true, value: published }));
      return EXIT.ok;
    }
    case 'csv': {
      // Loaded only for CSV: a script's `balance` does not pay for the writer.
      const { toCsv } = await import('../platform/files/csv');
      const text = toCsv(shown.fields.map((field) => [field.name, field.text] as const), rows, shown.headers);
      if (text !== '') io.out(text);
      return EXIT.ok;
    }
    case 'tsv': {
      const lines = rows.map((row) => shown.fields.map((field) => neutralise(field.text(row))).join('\t'));
      const text = [...(shown.headers ? [shown.fields.map((field) => field.name).join('\t')] : []), ...lines].join('\n');
      if (text !== '') io.out(text);
      return EXIT.ok;
    }
    case 'template': {
      const byName = new Map(view.fields.map((field) => [field.name, field]));
      for (const row of rows) io.out(shown.template!.replace(PLACEHOLDER, (_, name: string) => neutralise(byName.get(name)!.text(row))));
      return EXIT.ok;
    }
    case 'table': {
      if (shown.plain && own.human) return runtime.report(result, own.human);
      if (rows.length === 0) {
        io.out(view.empty);
        return EXIT.ok;
      }
      // Loaded only for a table: `balance` in a script's loop does not pay for measuring text.
      const { tableText } = await import('./table');
      const table = tableText(columnsOf(shown.fields, rows), runtime.columns, shown.headers);
      io.out(table.text);
      if (table.hidden.length > 0) {
        io.err(`note: ${table.hidden.join(', ')} hidden to fit the terminal's ${runtime.columns} columns; --fields picks what to show, and a pipe gets every column.`);
      }
      return EXIT.ok;
    }
  }
}
