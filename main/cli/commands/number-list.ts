import type { Command } from 'commander';
import { daysUntilDue, expiresSoon, type ListedNumber, type NumberList } from '../../../contract/schemas/numbers';
import type { CommandRunner } from '../runtime';

function expiry(number: ListedNumber, today: Date): string {
  if (!number.dueDate) return 'no expiry date';
  const days = daysUntilDue(number.dueDate, today);
  return expiresSoon(number, today) ? `expires ${number.dueDate} (in ${days} day${days === 1 ? '' : 's'})` : `expires ${number.dueDate}`;
}

function numberLine(number: ListedNumber, today: Date): string {
  return [
    number.number.padEnd(16),
    number.country.padEnd(16),
    number.type.padEnd(7),
    number.state.padEnd(9),
    expiry(number, today).padEnd(34),
    `voicemail ${number.enableVoicemail ? 'on' : 'off'}`.padEnd(14),
    number.remark,
  ]
    .join(' ')
    .trimEnd();
}

const listText = (list: NumberList): string => (list.numbers.length === 0 ? 'no numbers on this account' : list.numbers.map((number) => numberLine(number, new Date())).join('\n'));

/** `switchboard numbers list`: every number of the account (/number/queryPage, all pages). */
export function registerNumberListCommand(program: Command, run: CommandRunner): void {
  program
    .command('numbers')
    .description("the account's phone numbers")
    .command('list')
    .description('list every number: country, type, state, expiry (marked within 30 days), voicemail')
    .action(() => run(async (runtime) => runtime.report(await runtime.call('numbers.list', undefined), listText)));
}
