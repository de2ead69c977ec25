import type { Command } from 'commander';
import { fail, type Result } from '../../../contract/result';
import type { NumberEdited, StagedGreeting } from '../../../contract/schemas/numbers';
import { readGreetingFile } from '../../numbers/greeting-file';
import type { CliRuntime } from '../runtime';

interface EditOptions {
  outIp?: string;
  inIp?: string;
  inboundPrefix?: string;
  remark?: string;
  voicemail?: string;
  greeting?: string;
  maxHangup?: string;
}

/** The command line says --out-ip where the form and the contract say outIp. */
const FLAGS: Record<string, string> = {
  number: 'NUMBER',
  outIp: '--out-ip',
  inIp: '--in-ip',
  inboundPrefix: '--inbound-prefix',
  remark: '--remark',
  enableVoicemail: '--voicemail',
  voicemailMaxHangup: '--max-hangup',
  greeting: '--greeting',
};

function inFlagTerms<T>(result: Result<T>): Result<T> {
  if (result.ok || result.error.kind !== 'invalid-input' || !result.error.field) return result;
  const flag = FLAGS[result.error.field];
  const prefix = `${result.error.field}: `;
  return flag && result.error.message.startsWith(prefix) ? fail({ ...result.error, message: `${flag}: ${result.error.message.slice(prefix.length)}` }) : result;
}

function voicemailSwitch(value: string | undefined): Result<boolean | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  if (value === 'on' || value === 'off') return { ok: true, value: value === 'on' };
  return fail({ kind: 'invalid-input', field: 'enableVoicemail', message: '--voicemail: must be on or off', hint: 'Nothing was sent.' });
}

/** Digits become a number; anything else stays NaN so the contract names the rule. */
const seconds = (value: string | undefined): number | undefined => (value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : Number.NaN);

function editedText(edited: NumberEdited, greeting: StagedGreeting | undefined, voicemail: boolean): string {
  const parts = [`voicemail ${voicemail ? 'on' : 'off'}`];
  if (greeting && edited.greetingFileName) {
    const renamed = greeting.fileName !== greeting.name ? ` (${greeting.name} is ${greeting.format} audio)` : '';
    parts.push(`greeting ${edited.greetingFileName}${renamed}, ${greeting.durationSeconds.toFixed(1)} s`);
  }
  return `saved ${edited.number}: ${parts.join(', ')}`;
}

export function registerNumberCommands(program: Command, run: (action: (runtime: CliRuntime) => Promise<number>) => Promise<void>): void {
  const number = program.command('number').description('phone numbers: routing and the voicemail greeting');

  number
    .command('edit <number>')
    .description('change a number’s routing and voicemail; options left out are not sent, so ITNIO keeps their current values')
    .option('--out-ip <ips>', 'outbound IP whitelist: IPv4/IPv6 addresses separated by commas, at most 50 characters')
    .option('--in-ip <addr>', 'inbound interconnect address: IP or IP:port')
    .option('--inbound-prefix <prefix>', 'inbound prefix, at most 32 characters')
    .option('--remark <text>', 'remark, at most 50 characters')
    .option('--voicemail <on|off>', 'voicemail on or off (ITNIO needs one of them with every edit)')
    .option('--greeting <file>', 'voicemail greeting: an mp3, wav or m4a file of at most 5 MB')
    .option('--max-hangup <seconds>', 'voicemail max hangup, 1–999 seconds (required with --voicemail on)')
    .action((numberArg: string, options: EditOptions) =>
      run(async (runtime) => {
        const voicemail = voicemailSwitch(options.voicemail);
        if (!voicemail.ok) return runtime.report(voicemail, () => '');

        let greeting: StagedGreeting | undefined;
        if (options.greeting !== undefined) {
          // The same checks as a file dropped on the form: size first, then the real type.
          const file = await readGreetingFile(options.greeting);
          if (!file.ok) return runtime.report(file, () => '');
          const staged = await runtime.call('numbers.stageGreeting', file.value);
          if (!staged.ok) return runtime.report(staged, () => '');
          greeting = staged.value;
        }

        const result = await runtime.call('numbers.edit', {
          number: numberArg,
          outIp: options.outIp,
          inIp: options.inIp,
          inboundPrefix: options.inboundPrefix,
          remark: options.remark,
          // Left undefined when not given: the contract then says voicemail on or off is needed.
          enableVoicemail: voicemail.value as boolean,
          voicemailMaxHangup: seconds(options.maxHangup),
          greetingId: greeting?.greetingId,
        });
        return runtime.report(inFlagTerms(result), (edited) => editedText(edited, greeting, voicemail.value === true));
      }),
    );
}
