import type { Command } from 'commander';
import { describeCallRecord, outcomeLabel } from '../../../contract/schemas/call-record-text';
import type { HistoryEntry, HistoryList } from '../../../contract/schemas/call-history';
import { historyCsv } from '../../features/calls/history-csv';
import { EXIT } from '../exit-codes';
import { presentationOf, show, withOutputOptions, type OutputOptions, type View } from '../fields';
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

const LIST: View<HistoryList, HistoryEntry> = {
  command: 'history',
  rows: (list) => list.entries,
  fields: [
    { name: 'at', header: 'TIME', text: (entry) => entry.at },
    { name: 'profile', header: 'PROFILE', text: (entry) => entry.profileName, wrap: true, drop: 1 },
    { name: 'callee', header: 'CALLEE', text: (entry) => entry.callee },
    { name: 'country', header: 'COUNTRY', text: (entry) => entry.country ?? '', drop: 2 },
    { name: 'from', header: 'FROM', text: (entry) => entry.account, drop: 3 },
    { name: 'result', header: 'RESULT', text: resultOf, wrap: true },
    { name: 'outcome', header: 'OUTCOME', text: (entry) => entry.request, extra: true },
    { name: 'recordingId', header: 'RECORDING ID', text: (entry) => entry.recordingId ?? '', extra: true },
    { name: 'callerId', header: 'CALLER ID', text: (entry) => entry.displayNum ?? '', extra: true },
    { name: 'errorCode', header: 'ERROR CODE', text: (entry) => entry.errorCode ?? '', extra: true },
  ],
  empty: 'no calls in the history',
};

// `outcome` is the request's published name in `--json` output, kept beside `request` for scripts.
const published = (list: HistoryList) => ({ ...list, entries: list.entries.map((entry) => ({ ...entry, outcome: entry.request })) });

/** `switchboard history [--json|--csv]`: every attempt, newest first. */
export function registerHistoryCommand(program: Command, run: CommandRunner): void {
  const history = program
    .command('history')
    .description('list every call attempt, newest first')
    .option('--csv', 'print the history as CSV (as the app exports it)');
  withOutputOptions(history, LIST).action((options: OutputOptions & { csv?: boolean }) =>
    run(async (runtime) => {
      const shown = presentationOf(LIST, options, runtime.json);
      if (!shown.ok) return runtime.report(shown, () => '');
      const list = await runtime.call('calls.history', undefined);
      if (options.csv && list.ok) {
        runtime.io.out(historyCsv(list.value.entries));
        return EXIT.ok;
      }
      return show(runtime, list, LIST, shown.value, { json: published });
    }),
  );
}
