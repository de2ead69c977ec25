import { fail, ok, type AppError, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { CONTACT_FILE_MAX_BYTES, type CONTACT_FILE_FORMATS } from '../../../contract/schemas/contacts';
import { neutralise } from '../../../contract/text';
import { decodeText, userFileAt } from '../../platform/files/csv-read';
import { spoken } from '../../platform/messages';
import { readContactCsv } from './contact-csv';
import type { FileContact } from './contact-rows';
import { readVcards } from './contact-vcard';

export type ContactFileFormat = (typeof CONTACT_FILE_FORMATS)[number];

const NOTHING_IMPORTED: Said = { key: 'contacts.contactFile.chooseHint' };

const fileError = (message: Said, hint = NOTHING_IMPORTED): AppError => ({ kind: 'invalid-input', field: 'file', ...spoken(message, hint) });

/** Also said before a chosen file is read at all. */
const contactFileTooLarge = (name: string): AppError =>
  fileError(
    { key: 'contacts.contactFile.tooLarge', values: { name: neutralise(name), megabytes: CONTACT_FILE_MAX_BYTES / 1024 / 1024 } },
    { key: 'contacts.contactFile.tooLargeHint' },
  );

/**
 * The rows of a contacts file, whatever its name says: a vCard starts with BEGIN:VCARD, anything
 * else is read as CSV. Its size is checked before it is decoded.
 */
export function readContactFile(file: { name: string; bytes: Uint8Array }): Result<{ format: ContactFileFormat; rows: FileContact[] }> {
  if (file.bytes.length > CONTACT_FILE_MAX_BYTES) return fail(contactFileTooLarge(file.name));
  const shown = neutralise(file.name);
  const text = decodeText(file.bytes);
  if (text === undefined) return fail(fileError({ key: 'contacts.contactFile.binary', values: { name: shown } }));
  if (/^\s*begin:vcard/i.test(text.replace(/^\uFEFF/, ''))) {
    const rows = readVcards(text);
    return rows.length ? ok({ format: 'vcard', rows }) : fail(fileError({ key: 'contacts.contactFile.noContacts', values: { name: shown } }));
  }
  const read = readContactCsv(text);
  if ('problem' in read) return fail(fileError({ key: 'contacts.contactFile.cannotImport', values: { name: shown, problem: read.problem } }));
  return read.rows.length ? ok({ format: read.layout, rows: read.rows }) : fail(fileError({ key: 'contacts.contactFile.headerOnly', values: { name: shown } }));
}

/** The contacts file at `path` (chosen in main's dialog, or typed on the CLI's command line). */
export const contactFileAt = (path: string) => userFileAt(path, { maxBytes: CONTACT_FILE_MAX_BYTES, tooLarge: contactFileTooLarge, kinds: 'a CSV or vCard file' });
