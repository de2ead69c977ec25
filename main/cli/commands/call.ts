import type { Command } from 'commander';
import { ok } from '../../../contract/result';
import { placeCallInput, type PlaceCall, type PlacedCall } from '../../../contract/schemas/calls';
import { countryName } from '../../../contract/schemas/phone-number';
import { checkedFlags, inFlagTerms, requiredFlags } from '../flag-terms';
import type { CommandRunner } from '../runtime';

const CALL_FLAGS = { callee: 'CALLEE', account: '--account', displayNum: '--display-num', calledInfo: '--info' };

const callPreview = ({ sends }: { sends: Omit<PlaceCall, 'confirmRepeat'> }) =>
  [
    `would call ${sends.callee}${sends.country ? ` (${countryName(sends.country)})` : ''} from phone ${sends.account}${sends.displayNum ? `, caller ID ${sends.displayNum}` : ''}${sends.calledInfo ? `, note "${sends.calledInfo}"` : ''}`,
    'dry run: nothing was sent, nobody was rung',
  ].join('\n');

/**
 * `switchboard call CALLEE --account ACCOUNT`: rings the phone, which then calls CALLEE; prints
 * the recording id alone, so a script can capture it. Sent once; the same call again within a
 * few seconds is refused (exit 2) so a retried script does not ring anyone twice, unless the
 * script says it means it with --confirm-repeat.
 */
export function registerCallCommand(program: Command, run: CommandRunner): void {
  program
    .command('call <callee>')
    .description('place a call: ring the phone ACCOUNT, then connect it to CALLEE (e.g. +44 20 7946 0958 or 442079460958)')
    // Required, yet checked with the rest: left out, it is named beside the callee's problems.
    .option('--account <account>', 'the phone account that rings first (required)')
    .option('--display-num <number>', 'caller ID shown to the callee, written any common way (7–15 digits with the country code)')
    .option('--info <text>', 'note kept with the call, up to 1000 characters')
    .option('--confirm-repeat', 'place it even if the same callee was called from the same phone seconds ago')
    .option('--dry-run', 'check the call and print what would be sent; ring nobody')
    .action((callee: string, options: { account?: string; displayNum?: string; info?: string; confirmRepeat?: boolean; dryRun?: boolean }) =>
      run(async (runtime) => {
        const call = {
          callee,
          account: options.account ?? '',
          displayNum: options.displayNum,
          calledInfo: options.info,
          ...(options.confirmRepeat ? { confirmRepeat: true } : {}),
        };
        // The rules main holds the call to, every problem at once under its flag.
        const checked = checkedFlags(placeCallInput, call, CALL_FLAGS, requiredFlags({ account: options.account }));
        if (!checked.ok) return runtime.report(checked, () => '');
        if (options.dryRun) {
          const { confirmRepeat: _confirmed, ...sends } = checked.value;
          return runtime.report(ok({ dryRun: true as const, sends }), callPreview);
        }
        const placed = inFlagTerms(await runtime.call('calls.place', call), CALL_FLAGS);
        if (placed.ok && placed.value.historyWarning && !runtime.json) runtime.io.err(`warning: ${placed.value.historyWarning}`);
        return runtime.report(placed, (call: PlacedCall) => call.recordingId);
      }),
    );
}
