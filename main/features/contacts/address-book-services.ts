import { fail, ok } from '../../../contract/result';
import type { Contact, ImportedRow } from '../../../contract/schemas/contacts';
import type { Connections } from '../../platform/connections/connections';
import { CSV_FILES } from '../../platform/files/csv';
import type { FileDialogs, FileFilter } from '../../platform/files/dialogs';
import { saveAs } from '../../platform/files/save-as';
import type { Logger } from '../../platform/log';
import { spoken } from '../../platform/messages';
import type { Services } from '../../router';
import { openAddressBook } from './address-book';
import { contactsCsv } from './contact-csv';
import { contactFileAt, readContactFile } from './contact-file';
import { checkedRow, type ContactDraft } from './contact-rows';
import { contactsVcard } from './contact-vcard';

type AddressBookMethods = 'contacts.list' | 'contacts.save' | 'contacts.remove' | 'contacts.import' | 'contacts.export';

const OPEN_FILTERS: FileFilter[] = [{ name: 'Contacts (CSV or vCard)', extensions: ['csv', 'vcf', 'vcard', 'txt'] }];
const VCARD_FILES: FileFilter[] = [{ name: 'vCard', extensions: ['vcf'] }];

/** Favourites first, then by name as the operator's language sorts it. */
const listed = (contacts: readonly Contact[]): Contact[] =>
  [...contacts].sort((a, b) => Number(b.favourite) - Number(a.favourite) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));

/**
 * The address book's methods. It is one for the computer, not per profile, so nothing here asks
 * which profile is active (`connections` is the call lists' need, composed beside these).
 */
export function createAddressBookServices(deps: {
  dataDir: string;
  connections: Pick<Connections, 'activeId'>;
  dialogs: FileDialogs;
  log: Logger;
  now?: () => Date;
}): Pick<Services, AddressBookMethods> {
  const now = deps.now ?? (() => new Date());
  const book = openAddressBook(deps.dataDir, { now });

  return {
    'contacts.list': async () => ok({ contacts: listed(await book.list()) }),

    'contacts.save': (input) => book.save(input),

    'contacts.remove': async ({ id }) => ok({ removed: await book.remove(id) }),

    'contacts.import': async (input) => {
      let file: { name: string; bytes: Uint8Array } | undefined = input?.file;
      if (!file) {
        const path = await deps.dialogs.chooseOpenPath({ title: 'Import contacts', filters: OPEN_FILTERS });
        if (!path) return ok({ chosen: false as const });
        const read = await contactFileAt(path);
        if (!read.ok) return read;
        file = read.value;
      }
      const read = readContactFile(file);
      if (!read.ok) return read;
      const drafts: ContactDraft[] = [];
      const refused: ImportedRow[] = [];
      for (const row of read.value.rows) {
        const reading = checkedRow(row, input?.defaultCountry || undefined);
        if ('draft' in reading) drafts.push(reading.draft);
        else refused.push(reading.refused);
      }
      const rows = [...refused, ...(await book.merge(drafts))].sort((a, b) => a.line - b.line);
      const count = (result: ImportedRow['result']) => rows.filter((row) => row.result === result).length;
      const report = { chosen: true as const, fileName: file.name, format: read.value.format, rows, imported: count('imported'), merged: count('merged'), refused: count('refused') };
      deps.log.info('contacts.import', { format: report.format, imported: report.imported, merged: report.merged, refused: report.refused });
      return ok(report);
    },

    'contacts.export': async ({ format }) => {
      const contacts = listed(await book.list());
      if (contacts.length === 0) return fail({ kind: 'invalid-input', ...spoken({ key: 'contacts.addressBook.empty' }, { key: 'contacts.addressBook.emptyHint' }) });
      const day = now().toISOString().slice(0, 10);
      const file =
        format === 'csv'
          ? { defaultName: `contacts-${day}.csv`, filters: CSV_FILES, contents: contactsCsv(contacts) }
          : { defaultName: `contacts-${day}.vcf`, filters: VCARD_FILES, contents: contactsVcard(contacts) };
      return saveAs(deps, { title: 'Export contacts', ...file, what: 'contacts file', event: 'contacts.export' }, { count: contacts.length });
    },
  };
}
