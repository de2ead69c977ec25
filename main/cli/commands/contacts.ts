import type { Command } from 'commander';
import { invalidField } from '../../../contract/result';
import type { Contact, ContactImport, ContactList } from '../../../contract/schemas/contacts';
import { EXIT } from '../exit-codes';
import { presentationOf, show, withOutputOptions, type OutputOptions, type View } from '../fields';
import { inFlagTerms } from '../flag-terms';
import { reportError } from '../output';
import type { CommandRunner } from '../runtime';

const numbersOf = (contact: Contact): string => contact.numbers.map((number) => `${number.label ? `${number.label} ` : ''}+${number.digits}`).join(', ');

const LIST: View<ContactList, Contact> = {
  command: 'contacts list',
  rows: (list) => list.contacts,
  fields: [
    { name: 'favourite', header: 'FAV', text: (contact) => (contact.favourite ? '*' : ''), json: (contact) => contact.favourite },
    { name: 'name', header: 'NAME', text: (contact) => contact.name, wrap: true },
    { name: 'company', header: 'COMPANY', text: (contact) => contact.company, wrap: true, drop: 1 },
    { name: 'numbers', header: 'NUMBERS', text: numbersOf, wrap: true, json: (contact) => contact.numbers },
    { name: 'note', header: 'NOTE', text: (contact) => contact.note, extra: true },
    { name: 'id', header: 'ID', text: (contact) => contact.id, extra: true },
    { name: 'updatedAt', header: 'UPDATED', text: (contact) => contact.updatedAt, extra: true },
  ],
  empty: 'no contacts in the address book',
};

function importText(report: ContactImport): string {
  if (!report.chosen) return 'no file was chosen';
  const rows = report.rows.map((row) => `line ${row.line}: ${row.result} ${row.name}${row.reason ? ` (${row.reason})` : ''}`);
  return [...rows, `${report.fileName} (${report.format}): ${report.imported} imported, ${report.merged} merged, ${report.refused} refused`].join('\n');
}

/**
 * `switchboard contacts import FILE [--default-country CC]`, `contacts list [--json|--csv]`,
 * `contacts export [--vcard]`. The address book is the computer's, so no profile is needed.
 */
export function registerContactCommands(program: Command, run: CommandRunner): void {
  const contacts = program.command('contacts').description('the address book shared by every profile: import, list, export');

  contacts
    .command('import <file>')
    .description('add the contacts of a CSV (Google or Outlook export, or name,number) or vCard file; prints what became of each row')
    .option('--default-country <code>', 'read numbers without a country code as dialled from this country, e.g. GB')
    .action((path: string, options: { defaultCountry?: string }) =>
      run(async (runtime) => {
        const { contactFileAt } = await import('../../features/contacts/contact-file');
        const file = await contactFileAt(path);
        if (!file.ok) return runtime.report(file, () => '');
        const input = { file: file.value, ...(options.defaultCountry !== undefined ? { defaultCountry: options.defaultCountry.trim().toUpperCase() } : {}) };
        const result = inFlagTerms(await runtime.call('contacts.import', input), { defaultCountry: '--default-country', file: 'FILE' });
        const code = runtime.report(result, importText);
        // Refused rows are reported and the rest kept (exit 0); a file of which nothing at all was taken is an input error.
        if (result.ok && result.value.chosen && result.value.rows.length > 0 && result.value.imported + result.value.merged === 0) {
          if (!runtime.json) reportError(runtime.io, false, { kind: 'invalid-input', message: 'Nothing was imported: every row was refused.', hint: 'Correct the rows the report names and import the file again.' });
          return EXIT.invalidInput;
        }
        return code;
      }),
    );

  const list = contacts
    .command('list')
    .description('list the address book, favourites first, then by name')
    .option('--csv', 'print the address book as CSV (as `contacts export` does)');
  withOutputOptions(list, LIST).action((options: OutputOptions & { csv?: boolean }) =>
    run(async (runtime) => {
      const shown = presentationOf(LIST, options, runtime.json);
      if (!shown.ok) return runtime.report(shown, () => '');
      const answer = await runtime.call('contacts.list', undefined);
      if (options.csv && answer.ok) {
        const { contactsCsv } = await import('../../features/contacts/contact-csv');
        runtime.io.out(contactsCsv(answer.value.contacts));
        return EXIT.ok;
      }
      return show(runtime, answer, LIST, shown.value);
    }),
  );

  contacts
    .command('export')
    .description('print the address book as CSV (Google Contacts layout), or as vCard 3.0 with --vcard')
    .option('--vcard', 'print vCard 3.0 instead of CSV')
    .action((options: { vcard?: boolean }) =>
      run(async (runtime) => {
        if (runtime.json) {
          return runtime.report(invalidField('--json', 'cannot be given with contacts export, which prints the file itself: use contacts list --json', 'Run again without --json. Nothing was changed.'), () => '');
        }
        const answer = await runtime.call('contacts.list', undefined);
        if (!answer.ok) return runtime.report(answer, () => '');
        if (answer.value.contacts.length === 0) return EXIT.ok;
        if (options.vcard) {
          const { contactsVcard } = await import('../../features/contacts/contact-vcard');
          // Line feeds: the terminal guard shows a carriage return instead of sending it, and every vCard reader takes LF.
          runtime.io.out(contactsVcard(answer.value.contacts, '\n'));
        } else {
          const { contactsCsv } = await import('../../features/contacts/contact-csv');
          runtime.io.out(contactsCsv(answer.value.contacts));
        }
        return EXIT.ok;
      }),
    );
}
