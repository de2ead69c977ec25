import writeFileAtomic from 'write-file-atomic';
import { fail, ok, type Result } from '../../../contract/result';
import type en from '../../../contract/messages/en';
import type { Logger } from '../log';
import { spoken } from '../messages';
import type { DialogTitle, FileDialogs, FileFilter } from './dialogs';

/** The things an operator saves, by their English names in the catalog (`files.saved`). */
export type SavedThing = keyof (typeof en)['files']['saved'];

export interface SaveAsFile {
  /** The save dialog's title, by its English words (the dialog says it in the window's language). */
  title: DialogTitle;
  defaultName: string;
  filters: FileFilter[];
  /** What the operator is saving, as the failure names it: "The call history could not be saved" (in every language the catalog has). */
  what: SavedThing;
  /** The log event of a failure: the method the operator called. */
  event: string;
  contents: string | Buffer;
}

/** `{ saved: false }` when the operator cancels; otherwise the chosen path and the caller's summary. */
type SaveAsResult<Summary> = { saved: false } | ({ saved: true; path: string } & Summary);

/**
 * Asks where to save, then writes the whole file or nothing. Exports hold phone numbers and SIP
 * passwords, so every file is the owner's only, and the log gets the error code alone: a path
 * can name a customer, and the contents are the operator's data.
 */
export async function saveAs<Summary extends object>(
  deps: { dialogs: FileDialogs; log: Logger },
  file: SaveAsFile,
  summary: Summary,
): Promise<Result<SaveAsResult<Summary>>> {
  const path = await deps.dialogs.chooseSavePath({ title: file.title, defaultName: file.defaultName, filters: file.filters });
  if (!path) return ok({ saved: false });
  try {
    await writeFileAtomic(path, file.contents, { mode: 0o600 });
  } catch (error) {
    const code = errorCode(error);
    deps.log.error(file.event, { code });
    return fail({ kind: 'file', ...spoken({ key: 'files.notSaved.message', values: { what: { key: `files.saved.${file.what}` }, code } }, { key: 'files.notSaved.hint' }) });
  }
  return ok<SaveAsResult<Summary>>({ ...summary, saved: true, path });
}

/** The error's system code (`ENOENT`, `EACCES`…): what a file failure may tell the operator and the log, never a path. */
export const errorCode = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error';
