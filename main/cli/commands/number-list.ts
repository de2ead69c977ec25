import type { Command } from 'commander';
import { daysUntilDue, expiresSoon, type ListedNumber, type NumberList } from '../../../contract/schemas/numbers';
import { presentationOf, show, withOutputOptions, type OutputOptions, type View } from '../fields';
import type { CommandRunner } from '../runtime';

function expiry(number: ListedNumber, today: Date): string {
  if (!number.dueDate) return '';
  const days = daysUntilDue(number.dueDate, today);
  return expiresSoon(number, today) ? `${number.dueDate} (in ${days} day${days === 1 ? '' : 's'})` : number.dueDate;
}

const LIST: View<NumberList, ListedNumber> = {
  command: 'numbers list',
  rows: (list) => list.numbers,
  fields: [
    { name: 'number', header: 'NUMBER', text: (number) => number.number },
    { name: 'country', header: 'COUNTRY', text: (number) => number.country, wrap: true, drop: 4 },
    { name: 'type', header: 'TYPE', text: (number) => number.type, drop: 2 },
    { name: 'state', header: 'STATE', text: (number) => number.state },
    // Marked within the warning period, as the Numbers screen marks it.
    { name: 'expires', header: 'EXPIRES', text: (number) => expiry(number, new Date()), json: (number) => number.dueDate },
    { name: 'voicemail', header: 'VOICEMAIL', text: (number) => (number.enableVoicemail ? 'on' : 'off'), json: (number) => number.enableVoicemail, drop: 3 },
    { name: 'remark', header: 'REMARK', text: (number) => number.remark, wrap: true, drop: 1 },
    { name: 'inboundPrefix', header: 'INBOUND PREFIX', text: (number) => number.inboundPrefix, extra: true },
    { name: 'outIp', header: 'OUTBOUND IPS', text: (number) => number.outIp, extra: true },
    { name: 'inIp', header: 'INBOUND ADDRESS', text: (number) => number.inIp, extra: true },
    { name: 'appId', header: 'APP', text: (number) => number.appId, extra: true },
    { name: 'greeting', header: 'GREETING', text: (number) => number.voicemailFileName, extra: true },
  ],
  empty: 'no numbers on this account',
};

/** `switchboard numbers list`: every number of the account (/number/queryPage, all pages). */
export function registerNumberListCommand(program: Command, run: CommandRunner): void {
  const list = program
    .command('numbers')
    .description("the account's phone numbers")
    .command('list')
    .description('list every number: country, type, state, expiry (marked within 30 days), voicemail');
  withOutputOptions(list, LIST).action((options: OutputOptions) =>
    run(async (runtime) => {
      const shown = presentationOf(LIST, options, runtime.json);
      if (!shown.ok) return runtime.report(shown, () => '');
      return show(runtime, await runtime.call('numbers.list', undefined), LIST, shown.value);
    }),
  );
}
