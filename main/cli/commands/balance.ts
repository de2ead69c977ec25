import type { Command } from 'commander';
import { fail, invalidField, ok, type Result } from '../../../contract/result';
import type { AccountBalance } from '../../../contract/schemas/account';
import { presentationOf, show, withOutputOptions, type OutputOptions, type View } from '../fields';
import type { CommandRunner } from '../runtime';

function balanceText(value: AccountBalance): string {
  const line = `balance ${value.balance} (gift ${value.gift}, credit ${value.credit})`;
  if (value.threshold === null) return line;
  return value.low ? `${line}\nLOW BALANCE: under the warning level of ${value.threshold.toFixed(2)}` : `${line}; warning below ${value.threshold.toFixed(2)}`;
}

const amount = (text: string) => Number(text);

/** `--json` carries the amounts as numbers, for a script to compare; the text keeps ITNIO's digits. */
const published = (value: AccountBalance) => ({ ...value, balance: amount(value.balance), gift: amount(value.gift), credit: amount(value.credit) });

const READ: View<AccountBalance, AccountBalance> = {
  command: 'balance',
  rows: (value) => [value],
  fields: [
    { name: 'balance', header: 'BALANCE', text: (value) => value.balance, json: (value) => amount(value.balance) },
    { name: 'gift', header: 'GIFT', text: (value) => value.gift, json: (value) => amount(value.gift) },
    { name: 'credit', header: 'CREDIT', text: (value) => value.credit, json: (value) => amount(value.credit) },
    { name: 'warningBelow', header: 'WARNING BELOW', text: (value) => value.threshold?.toFixed(2) ?? '', json: (value) => value.threshold },
    { name: 'low', header: 'LOW', text: (value) => (value.low ? 'yes' : 'no'), json: (value) => value.low },
    { name: 'readAt', header: 'READ AT', text: (value) => value.fetchedAt, extra: true },
  ],
  empty: '',
  single: true,
};

function minimumOf(text: string | undefined): Result<number | undefined> {
  if (text === undefined) return ok(undefined);
  if (!/^\d+(\.\d+)?$/.test(text)) return invalidField('--min', `"${text}" must be an amount such as 20 or 12.50`, 'Correct the option and run the command again. Nothing was sent.');
  return ok(Number(text));
}

/**
 * `switchboard balance [--min AMOUNT]`: the profile's account balance, and whether it is under its
 * warning level. With --min, a balance under AMOUNT exits 3, so a cron job can alert on it.
 */
export function registerBalanceCommand(program: Command, run: CommandRunner): void {
  const balance = program
    .command('balance')
    .description("the account's balance (GET /sms/getBalance), with the profile's low-balance warning")
    .option('--min <amount>', 'exit 3 when the balance is under this amount');
  withOutputOptions(balance, READ).action((options: OutputOptions & { min?: string }) =>
    run(async (runtime) => {
      const shown = presentationOf(READ, options, runtime.json);
      if (!shown.ok) return runtime.report(shown, () => '');
      const minimum = minimumOf(options.min);
      if (!minimum.ok) return runtime.report(minimum, () => '');
      const read = await runtime.call('account.balance', undefined);
      if (read.ok && minimum.value !== undefined && Number(read.value.balance) < minimum.value) {
        const { balance } = read.value;
        return runtime.report(
          fail({
            kind: 'vendor',
            message: `The balance ${balance} is under the minimum of ${options.min} given with --min.`,
            hint: 'Top up the ITNIO account, or lower --min.',
          }),
          () => '',
        );
      }
      return show(runtime, read, READ, shown.value, { human: balanceText, json: published });
    }),
  );
}
