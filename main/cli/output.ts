import type { AppError, Result } from '../../contract/result';
import { EXIT, exitCodeFor } from './exit-codes';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/**
 * Prints a result in the chosen form and returns the exit code. With --json, success and failure
 * both go to stdout as one JSON document; otherwise errors go to stderr as "message" + "hint".
 */
export function report<T>(io: Io, json: boolean, result: Result<T>, human: (value: T) => string): number {
  if (result.ok) {
    io.out(json ? JSON.stringify({ ok: true, value: result.value ?? null }, null, 2) : human(result.value));
    return EXIT.ok;
  }
  return reportError(io, json, result.error);
}

export function reportError(io: Io, json: boolean, error: AppError): number {
  if (json) io.out(JSON.stringify({ ok: false, error }, null, 2));
  else io.err(`error: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ''}`);
  return exitCodeFor(error.kind);
}
