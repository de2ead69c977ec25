import type { Command } from 'commander';
import { activityInput, type ActivityList, type ActivityRecord } from '../../../contract/schemas/activity';
import type { EditIssue } from '../../../contract/schemas/changed';
import { phoneNumberField } from '../../../contract/schemas/phone-number';
import { EXIT } from '../exit-codes';
import { presentationOf, show, withOutputOptions, type OutputOptions, type View } from '../fields';
import { checkedFlags, inFlagTerms } from '../flag-terms';
import type { CommandRunner } from '../runtime';

interface ActivityOptions extends OutputOptions {
  number?: string;
  since?: string;
  until?: string;
  missed?: boolean;
  csv?: boolean;
}

const FLAGS = { number: '--number', since: '--since', until: '--until', missed: '--missed' };
/** --since when left out: a week back from today. */
const DEFAULT_DAYS_BACK = 7;
/** Written any common way, as every number option takes it; the service matches the vendor's digits. */
const numberOption = phoneNumberField({ min: 7, max: 15 });

/** The computer's calendar day, "yyyy-MM-dd", `daysBack` days before today. */
function localDay(daysBack: number, today = new Date()): string {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysBack);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function resultOf(record: ActivityRecord): string {
  if (record.missed) return `missed${record.sipCode ? ` (${record.sipCode})` : ''}`;
  if (record.answered) return 'answered';
  return `not answered${record.sipCode ? ` (${record.sipCode})` : ''}`;
}

const LIST: View<ActivityList, ActivityRecord> = {
  command: 'activity',
  rows: (list) => list.records,
  fields: [
    { name: 'time', header: 'TIME', text: (record) => record.startTime },
    { name: 'number', header: 'NUMBER', text: (record) => record.number },
    { name: 'direction', header: 'DIRECTION', text: (record) => record.direction, drop: 2 },
    { name: 'caller', header: 'CALLER', text: (record) => record.caller },
    { name: 'called', header: 'CALLED', text: (record) => record.called, drop: 3 },
    { name: 'result', header: 'RESULT', text: resultOf, json: (record) => (record.missed ? 'missed' : record.answered ? 'answered' : 'not answered') },
    { name: 'duration', header: 'SECONDS', text: (record) => String(record.duration), json: (record) => record.duration, drop: 1 },
    { name: 'cost', header: 'COST', text: (record) => record.cost, drop: 4 },
    { name: 'callId', header: 'CALL ID', text: (record) => record.callId, extra: true },
    { name: 'country', header: 'COUNTRY', text: (record) => record.country, extra: true },
    { name: 'endTime', header: 'END', text: (record) => record.endTime, extra: true },
    { name: 'chargedDuration', header: 'CHARGED SECONDS', text: (record) => String(record.chargedDuration), json: (record) => record.chargedDuration, extra: true },
    { name: 'sipCode', header: 'SIP CODE', text: (record) => record.sipCode, extra: true },
    { name: 'hangupReason', header: 'HANGUP REASON', text: (record) => record.hangupReason, extra: true },
    { name: 'recording', header: 'RECORDING', text: (record) => (record.hasRecording ? 'yes' : 'no'), json: (record) => record.hasRecording, extra: true },
  ],
  empty: 'no calls on these days',
};

/** The activity as a file for a spreadsheet: every column, vendor text formula-escaped by the CSV writer. */
async function activityCsv(records: readonly ActivityRecord[]): Promise<string> {
  const { toCsv } = await import('../../platform/files/csv');
  return toCsv<ActivityRecord>(
    [
      ['Start', (record) => record.startTime],
      ['End', (record) => record.endTime],
      ['Number', (record) => record.number],
      ['Direction', (record) => record.direction],
      ['Caller', (record) => record.caller],
      ['Called', (record) => record.called],
      ['Country', (record) => record.country],
      ['Answered', (record) => (record.answered ? 'yes' : 'no')],
      ['Missed', (record) => (record.missed ? 'yes' : 'no')],
      ['Talk time (s)', (record) => record.duration],
      ['Charged time (s)', (record) => record.chargedDuration],
      ['Cost', (record) => record.cost],
      ['SIP code', (record) => record.sipCode],
      ['Hangup reason', (record) => record.hangupReason],
      ['Recording', (record) => (record.hasRecording ? 'yes' : 'no')],
      ['Call ID', (record) => record.callId],
    ],
    records,
  );
}

/** `switchboard activity [--number N] [--since DATE] [--until DATE] [--missed] [--json|--csv]`: the numbers' calls, newest first. */
export function registerActivityCommand(program: Command, run: CommandRunner): void {
  const activity = program
    .command('activity')
    .description("calls in and out of the account's numbers, newest first (ITNIO keeps two months)")
    .option('--number <number>', 'only the calls of this one of the account numbers')
    .option('--since <date>', `first day, YYYY-MM-DD (default: ${DEFAULT_DAYS_BACK} days ago)`)
    .option('--until <date>', 'last day, YYYY-MM-DD, included (default: today)')
    .option('--missed', 'only incoming calls nobody answered')
    .option('--csv', 'print the activity as CSV');
  withOutputOptions(activity, LIST).action((options: ActivityOptions) =>
    run(async (runtime) => {
      const shown = presentationOf(LIST, options, runtime.json);
      if (!shown.ok) return runtime.report(shown, () => '');
      const number = options.number === undefined ? undefined : numberOption.safeParse(options.number);
      const numberIssues: EditIssue[] = number && !number.success ? [{ field: 'number', rule: number.error.issues[0]?.message ?? 'is not a phone number' }] : [];
      const input = {
        since: options.since ?? localDay(DEFAULT_DAYS_BACK),
        until: options.until ?? localDay(0),
        ...(number?.success ? { number: number.data } : {}),
        ...(options.missed ? { missed: true } : {}),
      };
      const checked = checkedFlags(activityInput, input, FLAGS, numberIssues);
      if (!checked.ok) return runtime.report(checked, () => '');
      const list = inFlagTerms(await runtime.call('calls.activity', checked.value), FLAGS);
      if (options.csv && list.ok) {
        runtime.io.out(await activityCsv(list.value.records));
        return EXIT.ok;
      }
      return show(runtime, list, LIST, shown.value);
    }),
  );
}
