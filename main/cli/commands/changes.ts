import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import { changeLine } from '../../../contract/field-changes';
import { fail } from '../../../contract/result';
import { CHANGE_KINDS, listChangesInput, type ChangeEntry, type ChangeList, type RevertPreview } from '../../../contract/schemas/changes';
import { EXIT } from '../exit-codes';
import { presentationOf, show, withOutputOptions, type OutputOptions, type View } from '../fields';
import { checkedFlags, inFlagTerms } from '../flag-terms';
import { extentOf, notePartial } from '../listing';
import { reportError } from '../output';
import type { CliRuntime, CommandRunner } from '../runtime';

interface ListOptions extends OutputOptions {
  since?: string;
  kind?: string;
  search?: string;
  csv?: boolean;
  all?: boolean;
  limit?: string;
}

const FLAGS = { since: '--since', kind: '--kind', search: '--search', id: 'ID' };
/** The table's first page; exports hold every entry. */
const FIRST_PAGE_SIZE = 50;

const changesText = (entry: ChangeEntry): string => entry.changes.map(changeLine).join('; ');
const resultText = (entry: ChangeEntry): string => (entry.result.ok ? 'saved' : `refused: ${entry.result.error.message}`);

const LIST: View<ChangeList, ChangeEntry> = {
  command: 'changes',
  rows: (list) => list.entries,
  fields: [
    { name: 'id', header: 'ID', text: (entry) => entry.id },
    { name: 'time', header: 'TIME', text: (entry) => entry.at },
    { name: 'profile', header: 'PROFILE', text: (entry) => entry.profileName, drop: 2 },
    { name: 'object', header: 'OBJECT', text: (entry) => entry.object, wrap: true },
    { name: 'changes', header: 'CHANGES', text: changesText, json: (entry) => entry.changes, wrap: true },
    { name: 'result', header: 'RESULT', text: resultText, json: (entry) => entry.result, wrap: true, drop: 3 },
    { name: 'kind', header: 'KIND', text: (entry) => entry.kind, extra: true },
    { name: 'action', header: 'ACTION', text: (entry) => entry.action, extra: true },
    { name: 'via', header: 'VIA', text: (entry) => entry.via, drop: 1 },
    { name: 'revertOf', header: 'PUT BACK OF', text: (entry) => entry.revertOf ?? '', extra: true },
    { name: 'canPutBack', header: 'CAN PUT BACK', text: (entry) => (entry.revert ? 'yes' : 'no'), json: (entry) => entry.revert !== undefined, extra: true },
  ],
  empty: 'no changes in the journal',
};

/** The journal as a file for a spreadsheet: every entry's facts, text formula-escaped by the CSV writer. */
async function changesCsv(entries: readonly ChangeEntry[]): Promise<string> {
  const { toCsv } = await import('../../platform/files/csv');
  return toCsv<ChangeEntry>(
    [
      ['Time', (entry) => entry.at],
      ['Profile', (entry) => entry.profileName],
      ['Kind', (entry) => entry.kind],
      ['Object', (entry) => entry.object],
      ['Action', (entry) => entry.action],
      ['Changes', changesText],
      ['Result', resultText],
      ['Via', (entry) => entry.via],
      ['ID', (entry) => entry.id],
      ['Put back of', (entry) => entry.revertOf ?? ''],
    ],
    entries,
  );
}

const previewText = ({ id, object, changes, cannot }: RevertPreview): string =>
  [
    `putting back change ${id} would change ${object}:`,
    ...(changes.length > 0 ? changes.map((change) => `  ${changeLine(change)}`) : ['  nothing: it already has the values it had before']),
    ...cannot.map(({ field, reason }) => `  cannot put back ${field}: ${reason}`),
  ].join('\n');

/** y or yes at the terminal; anything else, or the end of input, is no. */
async function confirmed(runtime: CliRuntime, question: string): Promise<boolean> {
  const rl = createInterface({ input: runtime.stdin });
  try {
    runtime.io.err(question);
    const answer = await new Promise<string>((resolve) => {
      rl.once('line', resolve);
      rl.once('close', () => resolve(''));
    });
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

const NOT_CONFIRMED = 'Nothing was sent.';

/**
 * `switchboard changes [--since DATE] [--kind K] [--search TEXT] [--json|--csv]`: the writes this
 * computer sent to ITNIO, newest first; `changes revert ID [--yes]` puts one back, previewed and
 * confirmed first.
 */
export function registerChangesCommand(program: Command, run: CommandRunner): void {
  const changes = program
    .command('changes')
    .description(`the change journal: every write this computer sent to ITNIO, newest first (the table shows the first ${FIRST_PAGE_SIZE} unless --all)`)
    .option('--since <date>', 'only changes on or after this day (UTC), YYYY-MM-DD')
    .addOption(new Option('--kind <kind>', 'only changes to numbers, trunks, one phone, or phone batches').choices(CHANGE_KINDS))
    .option('--search <text>', 'only changes whose object, field or value contains this text')
    .option('--csv', 'print the journal as CSV')
    .option('--all', 'list every entry')
    .option('--limit <n>', 'at most this many entries');
  withOutputOptions(changes, LIST).action((options: ListOptions) =>
    run(async (runtime) => {
      const shown = presentationOf(LIST, options, runtime.json);
      if (!shown.ok) return runtime.report(shown, () => '');
      const extent = extentOf(options, options.csv === true || shown.value.format !== 'table', FIRST_PAGE_SIZE);
      if (!extent.ok) return runtime.report(extent, () => '');
      const filter = { since: options.since, kind: options.kind, search: options.search };
      const checked = checkedFlags(listChangesInput, filter, FLAGS);
      if (!checked.ok) return runtime.report(checked, () => '');
      const list = await runtime.call('changes.list', checked.value);
      if (!list.ok) return runtime.report(list, () => '');
      const { entries } = list.value;
      const kept = extent.value.whole ? entries : entries.slice(0, extent.value.first);
      notePartial(runtime.io, extent.value, kept.length, entries.length, 'changes');
      if (options.csv) {
        runtime.io.out(await changesCsv(kept));
        return EXIT.ok;
      }
      return show(runtime, { ok: true, value: { entries: kept } }, LIST, shown.value);
    }),
  );

  changes
    .command('revert <id>')
    .description('put back the values a number or trunk had before change ID: previews "field: current → before", then asks (--yes for scripts)')
    .option('--yes', 'put it back without asking (needed when not run in a terminal)')
    .action((id: string, options: { yes?: boolean }) =>
      run(async (runtime) => {
        const preview = inFlagTerms(await runtime.call('changes.previewRevert', { id }), FLAGS);
        if (!preview.ok) return runtime.report(preview, () => '');
        if (!runtime.json) runtime.io.out(previewText(preview.value));
        // Nothing to put back needs no question: main refuses it with its reason.
        if (!options.yes && preview.value.changes.length > 0) {
          const terminal = (runtime.stdin as { isTTY?: boolean }).isTTY === true;
          if (!terminal || runtime.json) {
            return reportError(runtime.io, runtime.json, {
              kind: 'invalid-input',
              field: '--yes',
              message: `changes revert asks before it sends, and there is no terminal to ask at. ${NOT_CONFIRMED}`,
              hint: 'Check the preview, then run it again with --yes.',
            });
          }
          if (!(await confirmed(runtime, `Put back change ${id}? [y/N] `))) return runtime.report(fail({ kind: 'invalid-input', message: `Not put back. ${NOT_CONFIRMED}` }), () => '');
        }
        const done = inFlagTerms(await runtime.call('changes.revert', { id }), FLAGS);
        return runtime.report(done, ({ entry }) => `put back: ${entry.object} (change ${entry.id})`);
      }),
    );
}
