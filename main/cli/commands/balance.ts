import type { Command } from 'commander';
import type { AccountBalance } from '../../../contract/schemas/account';
import type { CommandRunner } from '../runtime';

function balanceText(value: AccountBalance): string {
  const line = `balance ${value.balance} (gift ${value.gift}, credit ${value.credit})`;
  if (value.threshold === null) return line;
  return value.low ? `${line}\nLOW BALANCE: under the warning level of ${value.threshold.toFixed(2)}` : `${line}; warning below ${value.threshold.toFixed(2)}`;
}

/** `switchboard balance`: the profile's account balance, and whether it is under its warning level. */
export function registerBalanceCommand(program: Command, run: CommandRunner): void {
  program
    .command('balance')
    .description("the account's balance (GET /sms/getBalance), with the profile's low-balance warning")
    .action(() => run(async (runtime) => runtime.report(await runtime.call('account.balance', undefined), balanceText)));
}
