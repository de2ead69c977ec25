import type { Command } from 'commander';
import type { z } from 'zod';
import { changeLine, type FieldChange } from '../../../contract/field-changes';
import { invalidField, ok, type AppError, type Result } from '../../../contract/result';
import { numberChanges, numberEditIssues, numberEditPlan, numberSettings, type ListedNumber, type NumberEditPreviewed, type NumberRouting, type NumberEdited } from '../../../contract/schemas/numbers';
import { type StagedGreeting } from '../../../contract/schemas/greetings';
import { phoneNumberField } from '../../../contract/schemas/phone-number';
import { readGreetingFile, readGreetingStream } from '../../features/numbers/greeting-file';
import { checkedFlags, inFlagTerms } from '../flag-terms';
import { dryRunText, nothingToChange, type DryRun } from '../dry-run';
import { EXIT, exitCodeFor } from '../exit-codes';
import { jsonText } from '../output';
import type { CliRuntime, CommandRunner } from '../runtime';

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
/** Several numbers: each is one of the NUMBER arguments. */
const BULK_FLAGS = { ...FLAGS, numbers: 'NUMBER' };
const numberField = phoneNumberField({ min: 7, max: 15 });

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

/** The same checks as a file dropped on the form: size first, then the real type; `-` reads stdin. */
async function stagedGreeting(runtime: CliRuntime, path: string): Promise<Result<StagedGreeting>> {
  const file = path === '-' ? await readGreetingStream(runtime.stdin) : await readGreetingFile(path);
  return file.ok ? runtime.call('numbers.stageGreeting', file.value) : file;
}

/** What became of one number of a bulk edit. */
interface Receipt {
  number: string;
  result: 'saved' | 'unchanged' | 'refused';
  /** What the edit changed (saved) or would have (refused), as read just before. */
  changes: FieldChange[];
  error?: AppError;
}

function receiptText({ number, result, changes, error }: Receipt): string {
  if (result === 'saved') return `saved ${number}: ${changes.map(changeLine).join('; ')}`;
  if (result === 'unchanged') return `unchanged ${number}: it already has these values, so nothing was sent`;
  return `refused ${number}: ${error?.message ?? ''}${error?.hint ? ` (${error.hint})` : ''}`;
}

function previewText({ previews }: { previews: readonly NumberEditPreviewed[] }): string {
  const lines = previews.flatMap(({ number, changes, problem }) => {
    if (problem !== undefined) return [`number ${number} would be refused: ${problem}`];
    if (changes.length === 0) return [`number ${number}: nothing to change`];
    return [`number ${number} would change:`, ...changes.map((change) => `  ${changeLine(change)}`)];
  });
  return [...lines, 'dry run: nothing was sent'].join('\n');
}

/**
 * `number edit N1 N2 …`: every number and option checked first, the numbers read once and previewed,
 * then each edited with its own request, one at a time, never retried, a receipt printed as each
 * answer comes. One greeting is staged once and sent with each number.
 */
async function editMany(runtime: CliRuntime, numberArgs: readonly string[], options: EditOptions): Promise<number> {
  const switched = voicemailSwitch(options.voicemail);
  const routing = { outIp: options.outIp, inIp: options.inIp, inboundPrefix: options.inboundPrefix, remark: options.remark };
  const maxHangup = seconds(options.maxHangup);
  const numberIssues = numberArgs.flatMap((raw, index) => {
    const parsed = numberField.safeParse(raw);
    return parsed.success ? [] : [{ field: `numbers.${index}`, rule: `"${raw}" ${parsed.error.issues[0]?.message ?? 'is not a phone number'}` }];
  });
  const switchIssue = switched === null ? [{ field: 'enableVoicemail', rule: 'must be on or off' }] : [];
  const plan = { numbers: numberArgs, ...routing, enableVoicemail: switched ?? undefined, voicemailMaxHangup: maxHangup };
  const checked = checkedFlags(numberEditPlan, plan, BULK_FLAGS, [...numberIssues, ...switchIssue, ...numberEditIssues(routing)]);
  if (!checked.ok) return runtime.report(checked, () => '');
  const { dryRun, ...given } = options;
  if (Object.values(given).every((value) => value === undefined)) return runtime.report(nothingToChange(`numbers ${checked.value.numbers.join(', ')}`, 'number edit'), () => '');

  let greeting: StagedGreeting | undefined;
  if (options.greeting !== undefined) {
    const staged = await stagedGreeting(runtime, options.greeting);
    if (!staged.ok) return runtime.report(staged, () => '');
    greeting = staged.value;
  }
  try {
    const previewed = inFlagTerms(await runtime.call('numbers.preview', { ...checked.value, ...(greeting ? { greetingId: greeting.greetingId } : {}) }), BULK_FLAGS);
    if (!previewed.ok) return runtime.report(previewed, () => '');
    const { previews } = previewed.value;
    if (dryRun) {
      runtime.report(ok({ dryRun: true, previews }), previewText);
      return previews.some((preview) => preview.problem !== undefined) ? EXIT.invalidInput : EXIT.ok;
    }
    const receipts: Receipt[] = [];
    let exitCode: number = EXIT.ok;
    for (const { number, changes, input, problem } of previews) {
      let receipt: Receipt;
      if (!input) receipt = { number, result: 'refused', changes, error: { kind: 'invalid-input', message: problem ?? 'cannot take this edit', hint: 'Nothing was sent to it.' } };
      else if (changes.length === 0) receipt = { number, result: 'unchanged', changes };
      else {
        // The staged greeting stays held for the next number; it is let go once all are done.
        const edited = inFlagTerms(await runtime.call('numbers.edit', { ...input, keepGreeting: true }), BULK_FLAGS);
        receipt = edited.ok ? { number, result: 'saved', changes } : { number, result: 'refused', changes, error: edited.error };
      }
      if (receipt.error && exitCode === EXIT.ok) exitCode = exitCodeFor(receipt.error.kind);
      receipts.push(receipt);
      if (!runtime.json) runtime.io.out(receiptText(receipt));
    }
    if (runtime.json) runtime.io.out(jsonText({ ok: true, value: receipts }));
    return exitCode;
  } finally {
    if (greeting) await runtime.call('numbers.discardGreeting', { greetingId: greeting.greetingId });
  }
}

export function registerNumberCommands(program: Command, run: CommandRunner): void {
  const number = program.command('number').description('phone numbers: routing and the voicemail greeting');

  number
    .command('edit <numbers...>')
    .description(
      'change the routing and voicemail of one number, or of several one request at a time with a receipt line for each; options left out are not sent, so ITNIO keeps each number’s current values',
    )
    .option('--out-ip <ips>', 'outbound IP whitelist: IPv4/IPv6 addresses separated by commas, at most 50 characters')
    .option('--in-ip <addr>', 'inbound interconnect address: IP or IP:port')
    .option('--inbound-prefix <prefix>', 'inbound prefix, at most 32 characters')
    .option('--remark <text>', 'remark, at most 50 characters')
    .option('--voicemail <on|off>', "voicemail on or off; left out, the number's current setting is read and kept")
    .option('--greeting <file>', 'voicemail greeting: an mp3, wav or m4a file of at most 5 MB (- reads it from stdin)')
    .option('--max-hangup <seconds>', "voicemail max hangup, 1–999 seconds (required with --voicemail on; else the number's current one is kept)")
    .option('--dry-run', 'print what would change (field: current → new) and send nothing')
    .action((numberArgs: string[], options: EditOptions) =>
      run(async (runtime) => {
        if (numberArgs.length > 1) return editMany(runtime, numberArgs, options);
        const [numberArg = ''] = numberArgs;
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
          const staged = await stagedGreeting(runtime, options.greeting);
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
