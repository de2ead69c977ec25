import type { Command } from 'commander';
import { ok } from '../../../contract/result';
import { createPhonesInput, PHONE_PAGE_LIMIT, type CreatedBatch, type CreatePhones, type PhoneDirectory, type PhoneSummary } from '../../../contract/schemas/phones';
import { phonesCsv } from '../../features/phones/csv';
import { EXIT } from '../exit-codes';
import { checkedFlags, inFlagTerms, requiredFlags } from '../flag-terms';
import { columnsOf, presentationOf, show, withOutputOptions, type OutputOptions, type View } from '../fields';
import { extentOf, notePartial, type Extent } from '../listing';
import { oneOutput, reportError } from '../output';
import type { CliRuntime, CommandRunner } from '../runtime';
import { tableText } from '../table';

/** `phones list` without --all: one page, the size of the vendor's own sipQuery example. */
const FIRST_PAGE = 20;

const LIST: View<PhoneDirectory, PhoneSummary> = {
  command: 'phones list',
  rows: (directory) => directory.phones,
  fields: [
    { name: 'account', header: 'ACCOUNT', text: (phone) => phone.account },
    { name: 'name', header: 'NAME', text: (phone) => phone.phoneName, wrap: true },
    { name: 'group', header: 'GROUP', text: (phone) => phone.groupName, wrap: true, drop: 2 },
    { name: 'callerId', header: 'CALLER ID', text: (phone) => phone.displayNum, drop: 1 },
  ],
  empty: 'no phones in this application',
};

/** The new phones of a batch, under the list's headers. */
const table = (phones: PhoneSummary[]) => tableText(columnsOf(LIST.fields, phones)).text;

const count = (n: number) => `${n} phone${n === 1 ? '' : 's'}`;

const createdText = (batch: CreatedBatch) =>
  [
    `created ${count(batch.quantity)} in group "${batch.groupName}" (app ${batch.appId})`,
    batch.phones.length > 0 ? table(batch.phones) : '',
    batch.readBackError ? `warning: ${batch.readBackError.message}${batch.readBackError.hint ? ` ${batch.readBackError.hint}` : ''}` : '',
  ]
    .filter(Boolean)
    .join('\n');

/**
 * The provisioning sheet (account, password, displayNum, groupName) on stdout. Asking for CSV is
 * asking for the passwords: it is the file handsets are set up from. Main hands them out one phone
 * at a time, as it does to the app.
 */
async function printCsv(runtime: CliRuntime, phones: PhoneSummary[]): Promise<number> {
  const rows: (PhoneSummary & { password: string })[] = [];
  for (const phone of phones) {
    const secret = await runtime.call('phones.password', { account: phone.account });
    if (!secret.ok) return reportError(runtime.io, runtime.json, secret.error);
    rows.push({ ...phone, password: secret.value.password });
  }
  runtime.io.out(phonesCsv(rows));
  return EXIT.ok;
}

/** The phones an extent asks for: one request up to a vendor page, else every page, cut here. */
async function listPhones(runtime: CliRuntime, extent: Extent) {
  if (!extent.whole && extent.first <= PHONE_PAGE_LIMIT) return runtime.call('phones.list', { limit: extent.first });
  const all = await runtime.call('phones.list', undefined);
  if (!all.ok) return all;
  // Every page read: the total is what was read, for --json as for a cut list.
  const total = all.value.total ?? all.value.phones.length;
  return ok({ ...all.value, total, phones: extent.whole ? all.value.phones : all.value.phones.slice(0, extent.first) });
}

const batchPreview = ({ sends: { groupName, phoneName, quantity, displayNum, appId } }: { sends: CreatePhones }) =>
  [
    `would create ${count(quantity)} in group "${groupName}": ${phoneName}-1${quantity > 1 ? ` … ${phoneName}-${quantity}` : ''}, caller ID ${displayNum}, ${appId ? `app ${appId}` : "the profile's app"}`,
    'dry run: nothing was sent (whether the group name is free is checked only when the batch is sent)',
  ].join('\n');

const BATCH_FLAGS = { groupName: '--group', phoneName: '--name', quantity: '--quantity', displayNum: '--display-num', appId: '--app-id' };

/** A whole number is passed as one; anything else as typed, so the rule names what is wrong. */
const quantityOf = (text: string): number | string => (/^\d+$/.test(text) ? Number(text) : text);

export function registerPhoneCommands(program: Command, run: CommandRunner): void {
  const phones = program.command('phones').description('SIP phones: create a batch, list them');

  phones
    .command('create')
    .description('create a batch of SIP phones (sipAdd, sent once) and list the new accounts')
    // Required, yet checked with the rest: one left out is named beside the other problems of the run.
    .option('--group <name>', 'group name, 4–32 characters, not used yet (required)')
    .option('--name <name>', 'phone name, 4–32 characters; a batch is numbered name-1 … name-N (required)')
    .option('--quantity <n>', 'how many phones, 1–50 (required)')
    .option('--display-num <number>', 'caller ID, written any common way (7–13 digits with the country code) (required)')
    .option('--app-id <id>', "voice application id (default: the profile's)")
    .option('--csv', 'print the new phones as CSV with their SIP passwords')
    .option('--dry-run', 'check the batch and print what would be created; send nothing')
    .action((options: { group?: string; name?: string; quantity?: string; displayNum?: string; appId?: string; csv?: boolean; dryRun?: boolean }) =>
      run(async (runtime) => {
        // Refused before anything is sent: a batch is created once, whatever the output.
        const output = oneOutput(runtime.json, options.csv);
        if (!output.ok) return runtime.report(output, () => '');
        const batch = {
          groupName: options.group,
          phoneName: options.name,
          // The schema names the rule for anything that is not a whole number.
          quantity: (options.quantity === undefined ? undefined : quantityOf(options.quantity)) as number,
          displayNum: options.displayNum,
          appId: options.appId,
        };
        // The rules main holds the batch to, every problem at once under its flag.
        const left = requiredFlags({ groupName: options.group, phoneName: options.name, quantity: options.quantity, displayNum: options.displayNum });
        const checked = checkedFlags(createPhonesInput, batch, BATCH_FLAGS, left);
        if (!checked.ok) return runtime.report(checked, () => '');
        if (options.dryRun) return runtime.report(ok({ dryRun: true as const, sends: checked.value }), batchPreview);
        const created = inFlagTerms(await runtime.call('phones.create', checked.value), BATCH_FLAGS);
        // Without the read-back there are no rows to print: the text says what happened instead.
        if (options.csv && created.ok && !created.value.readBackError) return printCsv(runtime, created.value.phones);
        return runtime.report(created, createdText);
      }),
    );

  const list = phones
    .command('list')
    .description(`list phones: the table shows the first ${FIRST_PAGE} unless --all; every other output every one unless --limit`)
    .option('--all', 'every phone of the application (all pages)')
    .option('--limit <n>', 'at most this many phones')
    .option('--csv', 'print the provisioning sheet: CSV with the SIP passwords (account, password, displayNum, groupName)');
  withOutputOptions(list, LIST).action((options: OutputOptions & { all?: boolean; limit?: string; csv?: boolean }) =>
    run(async (runtime) => {
      const shown = presentationOf(LIST, options, runtime.json);
      if (!shown.ok) return runtime.report(shown, () => '');
      const extent = extentOf(options, Boolean(options.csv) || shown.value.format !== 'table', FIRST_PAGE);
      if (!extent.ok) return runtime.report(extent, () => '');
      const listed = await listPhones(runtime, extent.value);
      if (listed.ok) notePartial(runtime.io, extent.value, listed.value.phones.length, listed.value.total ?? listed.value.phones.length, 'phones');
      if (options.csv && listed.ok) return printCsv(runtime, listed.value.phones);
      return show(runtime, listed, LIST, shown.value);
    }),
  );
}
