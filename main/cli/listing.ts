import { invalidField, ok, type Result } from '../../contract/result';
import type { Io } from './output';

/** How much of a list a command prints: all of it, or at most `first` (by default, or as --limit asked). */
export type Extent = { whole: true } | { whole: false; first: number; limited: boolean };

const HINT = 'Correct the option and run the command again. Nothing was sent.';

/**
 * Exports (CSV, --json) are whole unless --limit says otherwise; a table for the eye shows the
 * first page unless --all. Whatever is cut is said on stderr (`notePartial`), never left silent.
 */
export function extentOf(options: { all?: boolean; limit?: string }, exporting: boolean, firstPage: number): Result<Extent> {
  if (options.limit === undefined) return ok(options.all || exporting ? { whole: true } : { whole: false, first: firstPage, limited: false });
  if (options.all) return invalidField('--limit', 'cannot be given with --all: choose one', HINT);
  if (!/^\d+$/.test(options.limit) || Number(options.limit) < 1) return invalidField('--limit', `"${options.limit}" must be a whole number of 1 or more`, HINT);
  return ok({ whole: false, first: Number(options.limit), limited: true });
}

/** The stderr line of a listing that holds fewer than the account has. */
export function notePartial(io: Io, extent: Extent, shown: number, total: number, items: string): void {
  if (extent.whole || shown >= total) return;
  io.err(`note: ${shown} of ${total} ${items} listed; ${extent.limited ? `--limit ${extent.first} asked for no more` : '--all lists every one'}.`);
}
