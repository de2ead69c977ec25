import type { Command } from 'commander';
import type { z } from 'zod';
import { invalidField, ok, type Result } from '../../../contract/result';
import { numberChanges, numberEditIssues, numberSettings, type ListedNumber, type NumberRouting, type NumberEdited, type StagedGreeting } from '../../../contract/schemas/numbers';
import { readGreetingFile, readGreetingStream } from '../../features/numbers/greeting-file';
import { checkedFlags, inFlagTerms } from '../flag-terms';
import { dryRunText, nothingToChange, type DryRun } from '../dry-run';
import type { CommandRunner } from '../runtime';

interface EditOptions {
  outIp?: string;
  inIp?: string;
  inboundPrefix?: string;
  remark?: string;
  voicemail?: string;
  greeting?: string;
  maxHangup?: string;
  dryRun?: boolean;
}

/** The command line says --out-ip where the form and the contract say outIp. */
const FLAGS = {
  number: 'NUMBER',
  outIp: '--out-ip',
  inIp: '--in-ip',
  inboundPrefix: '--inbound-prefix',
  remark: '--remark',
  enableVoicemail: '--voicemail',
  voicemailMaxHangup: '--max-hangup',
  greeting: '--greeting',
};

/** --voicemail as the switch it sets: undefined when left out (the current setting is kept), null when neither on nor off. */
const voicemailSwitch = (value: string | undefined): boolean | undefined | null => (value === undefined ? undefined : value === 'on' ? true : value === 'off' ? false : null);

/** Digits become a number; anything else stays NaN so the contract names the rule. */
const seconds = (value: string | undefined): number | undefined => (value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : Number.NaN);

/** What the edit sends for voicemail, and whether that was the number's own setting, kept. */
interface Voicemail {
  enableVoicemail: boolean;
  voicemailMaxHangup: number | undefined;
  kept: boolean;
}

/**
 * The options as typed, checked before anything is read or sent, every problem at once. None of
 * them was read from ITNIO, so our stricter rules hold for every one.
 */
function checkedOptions(options: NumberRouting & { number: string; voicemailMaxHangup: number | undefined }, voicemail: boolean | undefined | null): Result<z.output<typeof numberSettings>> {
  const switchIssue = voicemail === null ? [{ field: 'enableVoicemail', rule: 'must be on or off' }] : [];
  return checkedFlags(numberSettings, { ...options, enableVoicemail: false }, FLAGS, [...switchIssue, ...numberEditIssues(options)]);
}

/**
 * Without --voicemail the number keeps its current setting (and, when on, its max hangup unless
 * --max-hangup is given), as the account's numbers list it: ITNIO needs the switch with every edit.
 */
function keptVoicemail(current: ListedNumber | undefined, number: string, maxHangup: number | undefined): Result<Voicemail> {
  if (!current) return notListed(number, 'so there is no voicemail setting to keep', 'or give --voicemail on|off');
  const voicemailMaxHangup = maxHangup ?? (current.enableVoicemail ? (current.voicemailMaxHangup ?? undefined) : undefined);
  return ok({ enableVoicemail: current.enableVoicemail, voicemailMaxHangup, kept: true });
}

const notListed = (number: string, consequence: string, otherwise: string): Result<never> =>
  invalidField('number', `${number} is not among this account's numbers, ${consequence}`, `Check the number (\`switchboard numbers list\`), ${otherwise}. Nothing was sent.`);

const greetingFacts = ({ name, fileName, format, size, durationSeconds }: StagedGreeting) => ({ name, fileName, format, size, durationSeconds });

function editedText(edited: NumberEdited, greeting: StagedGreeting | undefined, voicemail: Voicemail): string {
  const parts = [`voicemail ${voicemail.enableVoicemail ? 'on' : 'off'}${voicemail.kept ? ' (kept)' : ''}`];
  if (greeting && edited.greetingFileName) {
    const renamed = greeting.fileName !== greeting.name ? ` (${greeting.name} is ${greeting.format} audio)` : '';
    parts.push(`greeting ${edited.greetingFileName}${renamed}, ${greeting.durationSeconds.toFixed(1)} s`);
  }
  return `saved ${edited.number}: ${parts.join(', ')}`;
}

export function registerNumberCommands(program: Command, run: CommandRunner): void {
  const number = program.command('number').description('phone numbers: routing and the voicemail greeting');

  number
    .command('edit <number>')
    .description('change a number’s routing and voicemail; options left out are not sent, so ITNIO keeps their current values')
    .option('--out-ip <ips>', 'outbound IP whitelist: IPv4/IPv6 addresses separated by commas, at most 50 characters')
    .option('--in-ip <addr>', 'inbound interconnect address: IP or IP:port')
    .option('--inbound-prefix <prefix>', 'inbound prefix, at most 32 characters')
    .option('--remark <text>', 'remark, at most 50 characters')
    .option('--voicemail <on|off>', "voicemail on or off; left out, the number's current setting is read and kept")
    .option('--greeting <file>', 'voicemail greeting: an mp3, wav or m4a file of at most 5 MB (- reads it from stdin)')
    .option('--max-hangup <seconds>', "voicemail max hangup, 1–999 seconds (required with --voicemail on; else the number's current one is kept)")
    .option('--dry-run', 'print what would change (field: current → new) and send nothing')
    .action((numberArg: string, options: EditOptions) =>
      run(async (runtime) => {
        const switched = voicemailSwitch(options.voicemail);
        const routing = { outIp: options.outIp, inIp: options.inIp, inboundPrefix: options.inboundPrefix, remark: options.remark };
        const maxHangup = seconds(options.maxHangup);
        const checked = checkedOptions({ ...routing, number: numberArg, voicemailMaxHangup: maxHangup }, switched);
        if (!checked.ok) return runtime.report(inFlagTerms(checked, FLAGS), () => '');
        const { dryRun, ...given } = options;
        if (Object.values(given).every((value) => value === undefined)) return runtime.report(nothingToChange(`number ${checked.value.number}`, 'number edit'), () => '');
        // The number as ITNIO lists it now: what the edit keeps, and what it would change.
        const listed = await runtime.call('numbers.list', undefined);
        if (!listed.ok) return runtime.report(listed, () => '');
        const current = listed.value.numbers.find((entry) => entry.number === checked.value.number);
        const voicemail: Result<Voicemail> =
          typeof switched === 'boolean'
            ? ok({ enableVoicemail: switched, voicemailMaxHangup: maxHangup, kept: false })
            : keptVoicemail(current, checked.value.number, maxHangup);
        if (!voicemail.ok) return runtime.report(inFlagTerms(voicemail, FLAGS), () => '');

        let greeting: StagedGreeting | undefined;
        if (options.greeting !== undefined) {
          // The same checks as a file dropped on the form: size first, then the real type.
          const file = options.greeting === '-' ? await readGreetingStream(runtime.stdin) : await readGreetingFile(options.greeting);
          if (!file.ok) return runtime.report(file, () => '');
          const staged = await runtime.call('numbers.stageGreeting', file.value);
          if (!staged.ok) return runtime.report(staged, () => '');
          greeting = staged.value;
        }

        const target = `number ${checked.value.number}`;
        // A number ITNIO does not list is sent as asked (ITNIO answers for it); there is nothing to preview it against.
        if (!current && dryRun) return runtime.report(notListed(checked.value.number, 'so there is nothing to compare the edit with', 'then run it again'), () => '');
        if (current) {
          const changes = numberChanges(current, { ...routing, ...voicemail.value, greetingFileName: greeting?.fileName });
          if (changes.length === 0) return runtime.report(nothingToChange(target, 'number edit'), () => '');
          if (dryRun) return runtime.report(ok<DryRun>({ dryRun: true, target, changes }), dryRunText);
        }
        const result = await runtime.call('numbers.edit', {
          number: checked.value.number,
          ...routing,
          enableVoicemail: voicemail.value.enableVoicemail,
          voicemailMaxHangup: voicemail.value.voicemailMaxHangup,
          greetingId: greeting?.greetingId,
        });
        // --json carries what the line says: the voicemail setting sent (and whether it was kept) and the greeting's file.
        const published = result.ok ? ok({ ...result.value, voicemail: voicemail.value, ...(greeting ? { greeting: greetingFacts(greeting) } : {}) }) : result;
        return runtime.report(inFlagTerms(published, FLAGS), (edited) => editedText(edited, greeting, voicemail.value));
      }),
    );
}
