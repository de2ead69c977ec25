import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fail, ok, type AppError, type Result } from '../../../contract/result';
import { CONTACT_FILE_MAX_BYTES, type CONTACT_FILE_FORMATS } from '../../../contract/schemas/contacts';
import { neutralise } from '../../../contract/text';
import { errorCode } from '../../platform/files/save-as';
import { readContactCsv } from './contact-csv';
import type { FileContact } from './contact-rows';
import { readVcards } from './contact-vcard';

export type ContactFileFormat = (typeof CONTACT_FILE_FORMATS)[number];

const NOTHING_IMPORTED = 'Choose a CSV (Google or Outlook export, or name,number) or a vCard file. Nothing was imported.';

const fileError = (message: string, hint = NOTHING_IMPORTED): AppError => ({ kind: 'invalid-input', field: 'file', message, hint });

/** Also said before a chosen file is read at all. */
const contactFileTooLarge = (name: string): AppError =>
  fileError(`"${neutralise(name)}" is larger than ${CONTACT_FILE_MAX_BYTES / 1024 / 1024} MB, which is more than an address book export.`, 'Split the file, or export fewer contacts. Nothing was imported.');

/**
 * The rows of a contacts file, whatever its name says: a vCard starts with BEGIN:VCARD, anything
 * else is read as CSV. Its size is checked before it is decoded.
 */
export function readContactFile(file: { name: string; bytes: Uint8Array }): Result<{ format: ContactFileFormat; rows: FileContact[] }> {
  if (file.bytes.length > CONTACT_FILE_MAX_BYTES) return fail(contactFileTooLarge(file.name));
  const shown = neutralise(file.name);
  const text = decoded(file.bytes);
  if (text === undefined) return fail(fileError(`"${shown}" is not a contacts file: it holds binary data, not text.`));
  if (/^\s*begin:vcard/i.test(text.replace(/^\uFEFF/, ''))) {
    const rows = readVcards(text);
    return rows.length ? ok({ format: 'vcard', rows }) : fail(fileError(`"${shown}" holds no contacts.`));
  }
  const read = readContactCsv(text);
  if ('problem' in read) return fail(fileError(`"${shown}" cannot be imported: ${read.problem}.`));
  return read.rows.length ? ok({ format: read.layout, rows: read.rows }) : fail(fileError(`"${shown}" holds no contacts: it has a header row and nothing under it.`));
}

/**
 * The file's text: UTF-8 (the BOM dropped later), UTF-16 when its BOM says so (Outlook's
 * "Unicode" export), and otherwise Windows-1252, which is what Outlook and Excel save as "CSV"
 * in the West. Undefined for binary data (a NUL outside UTF-16), which no text export holds.
 */
function decoded(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The file at `path` (chosen in main's dialog, or typed on the CLI's command line), named by its
 * base name. Only a regular file is read (a pipe or a device could block or never end), and its
 * size is checked before it is.
 */
export async function contactFileAt(path: string): Promise<Result<{ name: string; bytes: Uint8Array<ArrayBuffer> }>> {
  const name = basename(path);
  const shown = neutralise(name);
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return fail({ kind: 'file', message: `"${shown}" is not a regular file.`, hint: 'Choose a CSV or vCard file. Nothing was imported.' });
    if (stats.size > CONTACT_FILE_MAX_BYTES) return fail(contactFileTooLarge(name));
    return ok({ name, bytes: await readFile(path) });
  } catch (error) {
    return fail({ kind: 'file', message: `"${shown}" could not be read (${errorCode(error)}).`, hint: 'Check that the file exists and that you may read it. Nothing was imported.' });
  }
}
