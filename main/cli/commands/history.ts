import type { Command } from 'commander';
import { describeCallRecord, outcomeLabel } from '../../../contract/schemas/call-record-text';
import type { HistoryEntry, HistoryList } from '../../../contract/schemas/call-history';
import { historyCsv } from '../../features/calls/history-csv';
import { EXIT } from '../exit-codes';
import { oneOutput } from '../output';
import type { CommandRunner } from '../runtime';

function resultOf(entry: HistoryEntry): string {
  switch (entry.request) {
    case 'placed':
      return `placed ${entry.recordingId ?? ''}${entry.record ? `  ${describeCallRecord(entry.record)}` : ''}`;
    case 'pending':
      return 'being placed by a running Switchboard';
    case 'unknown':
      return `unknown (ITNIO's answer never came; the phone may have rung): ${entry.errorMessage ?? ''}`;
    case 'failed':
      // The app's words for it: "Refused (-10)" when ITNIO said no, "Failed" when it was never reached.
      return `${outcomeLabel(entry, 'no-call')}: ${entry.errorMessage ?? ''}`;
  }
}

const lineOf = (entry: HistoryEntry) =>
  [entry.at, entry.profileName, `${entry.callee}${entry.country ? ` (${entry.country})` : ''}`, `from ${entry.account}`, resultOf(entry)].join('  ');

const listText = (list: HistoryList) => (list.entries.length > 0 ? list.entries.map(lineOf).join('\n') : 'no calls in the history');

/** `switchboard history [--json|--csv]`: every attempt, newest first. */
export function registerHistoryCommand(program: Command, run: CommandRunner): void {
  program
    .command('history')
    .description('list every call attempt, newest first')
    .option('--csv', 'print the history as CSV (as the app exports it)')
    .action((options: { csv?: boolean }) =>
      run(async (runtime) => {
        const output = oneOutput(runtime.json, options.csv);
        if (!output.ok) return runtime.report(output, () => '');
        const list = await runtime.call('calls.history', undefined);
        if (options.csv && list.ok) {
          runtime.io.out(historyCsv(list.value.entries));
          return EXIT.ok;
        }
        // `outcome` is the request's published name in `--json` output, kept beside `request` for scripts.
        const published = list.ok ? { ...list, value: { ...list.value, entries: list.value.entries.map((entry) => ({ ...entry, outcome: entry.request })) } } : list;
        return runtime.report(published, listText);
      }),
    );
}
