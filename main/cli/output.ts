import { invalidField, ok, type AppError, type Result } from '../../contract/result';
import { escapeUnsafeInJson, neutralise, neutraliseLines } from '../../contract/text';
import { EXIT, exitCodeFor } from './exit-codes';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * stdout and stderr of the process. A reader that stops early (`| head -1`, `| true`) closes its
 * pipe: what is left to print goes nowhere and the command ends as it would have, quietly, with
 * no stack trace and the exit code of what it did.
 */
export const processIo = (): Io => ({
  out: writerTo(process.stdout),
  err: writerTo(process.stderr),
});

function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text.endsWith('\n') ? text : `${text}\n`);
  };
}

/**
 * What the CLI prints, made safe for a terminal: names, vendor answers and argv echoed in
 * commander's messages may hold escapes that would clear the screen or retitle the window, and
 * direction marks that reorder what is shown. Only our own tabs and line feeds are left to act.
 */
export const terminalIo = (io: Io): Io => ({
  out: (text) => io.out(neutraliseLines(text)),
  err: (text) => io.err(neutraliseLines(text)),
});

/**
 * What main sends the window beside its English, as catalog keys (`AppError.say`, `problemSay`,
 * `clockWarningSay`…): the CLI speaks English, and its --json keeps the shapes it documents.
 */
const WINDOW_ONLY = new Set(['say', 'problemSay', 'clockWarningSay']);

/** A --json document: escaped so that it prints inertly yet parses back to the very same value, less the window's keys. */
export const jsonText = (value: unknown, indent = 2): string =>
  escapeUnsafeInJson(JSON.stringify(value, (key, inner: unknown) => (WINDOW_ONLY.has(key) ? undefined : inner), indent));

/**
 * Prints a result in the chosen form and returns the exit code. With --json, success and failure
 * both go to stdout as one JSON document; otherwise errors go to stderr as "message" + "hint".
 */
export function report<T>(io: Io, json: boolean, result: Result<T>, human: (value: T) => string): number {
  if (result.ok) {
    io.out(json ? jsonText({ ok: true, value: result.value ?? null }) : human(neutraliseStrings(result.value) as T));
    return EXIT.ok;
  }
  return reportError(io, json, result.error);
}

/** --json and --csv both claim stdout: asking for both is a usage error (exit 2), never one of them quietly ignored. */
export function oneOutput(json: boolean, csv: boolean | undefined): Result<void> {
  return json && csv ? invalidField('--csv', 'cannot be given with --json: choose one output', 'Run again with only one of them. Nothing was sent.') : ok(undefined);
}

export function reportError(io: Io, json: boolean, error: AppError): number {
  if (json) io.out(jsonText({ ok: false, error }));
  else io.err(`error: ${neutralise(error.message)}${error.hint ? `\nhint: ${neutralise(error.hint)}` : ''}`);
  return exitCodeFor(error.kind);
}

/**
 * The value a human formatter lays out, every string in it made one line: a line break or tab
 * inside a name would otherwise forge a row or a column of the table around it.
 */
function neutraliseStrings(value: unknown): unknown {
  if (typeof value === 'string') return neutralise(value);
  if (Array.isArray(value)) return value.map(neutraliseStrings);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, neutraliseStrings(inner)]));
  return value;
}

/** Records and their like; class instances (bytes, dates) are left as they are. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
