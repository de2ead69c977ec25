import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { profileFileOf, profileFileText, readProfileFileAt } from '../../features/profiles/profile-file';
import { errorCode } from '../../platform/files/save-as';
import { defaultSipPort, saveProfileInput, type ProfileList, type ProfileSummary, type SipRegistrar, type SipTransport } from '../../../contract/schemas/profiles';
import { fail, invalidField, ok, type Result } from '../../../contract/result';
import { presentationOf, show, withOutputOptions, type OutputOptions, type View } from '../fields';
import { checkedFlags, inFlagTerms, requiredFlags } from '../flag-terms';
import type { CliRuntime, CommandRunner } from '../runtime';

type ListedProfile = ProfileSummary & { active: boolean };

const LIST: View<ProfileList, ListedProfile> = {
  command: 'profile list',
  rows: (list) => list.profiles.map((profile) => ({ ...profile, active: profile.id === list.activeId })),
  fields: [
    { name: 'active', header: 'ACTIVE', text: (profile) => (profile.active ? '*' : ''), json: (profile) => profile.active },
    { name: 'name', header: 'NAME', text: (profile) => profile.name, wrap: true },
    { name: 'baseUrl', header: 'BASE URL', text: (profile) => profile.baseUrl, drop: 2 },
    { name: 'appId', header: 'APP', text: (profile) => profile.appId, drop: 3 },
    { name: 'key', header: 'KEY', text: (profile) => profile.apiKeyMasked, drop: 1 },
    { name: 'sandbox', header: 'SANDBOX', text: (profile) => (profile.sandbox ? 'yes' : ''), json: (profile) => profile.sandbox },
    { name: 'callerId', header: 'CALLER ID', text: (profile) => profile.defaultCallerId ?? '', extra: true },
    { name: 'account', header: 'ACCOUNT', text: (profile) => profile.defaultAccount ?? '', extra: true },
  ],
  empty: 'no profiles',
};

/** Profiles are addressed by name on the command line; ids stay internal. */
async function profileNamed(runtime: CliRuntime, name: string): Promise<Result<ProfileSummary>> {
  const list = await runtime.call('profiles.list', undefined);
  if (!list.ok) return list;
  const found = list.value.profiles.find((p) => p.name.toLowerCase() === name.toLowerCase());
  return found ? ok(found) : fail({ kind: 'invalid-input', field: 'name', message: `There is no profile named "${name}".`, hint: 'See `switchboard profile list`.' });
}

async function idOf(runtime: CliRuntime, name: string): Promise<Result<string>> {
  const found = await profileNamed(runtime, name);
  return found.ok ? ok(found.value.id) : found;
}

const SIP_ADDRESS = /^([^:;\s]+)(?::(\d{1,6}))?(?:;transport=(udp|tcp|tls))?$/i;

const REGISTRAR_RULE = 'must be HOST[:PORT][;transport=udp|tcp|tls], e.g. sip.example.com:5061;transport=tls';

/**
 * `HOST[:PORT][;transport=udp|tcp|tls]`, read as a SIP URI writes it: UDP, and the transport's
 * default port, unless given; undefined when it is not written so. The host's and the port's
 * rules are main's.
 */
function sipRegistrarOf(text: string): SipRegistrar | undefined {
  const match = SIP_ADDRESS.exec(text.trim());
  if (!match) return undefined;
  const [, host = '', port, given] = match;
  const transport = (given?.toLowerCase() ?? 'udp') as SipTransport;
  return { host, port: port === undefined ? defaultSipPort(transport) : Number(port), transport };
}

/** The secret has no flag: it is named by where it comes from. */
const ADD_FLAGS = {
  name: 'NAME',
  baseUrl: '--base-url',
  apiKey: '--api-key',
  apiSecret: 'API secret (stdin or prompt)',
  appId: '--app-id',
  defaultCallerId: '--display-num',
  defaultAccount: '--account',
  registrar: '--sip-registrar',
};

export function registerProfileCommands(program: Command, run: CommandRunner): void {
  const profile = program.command('profile').description('saved accounts: add, list, use, remove, test');

  profile
    .command('add <name>')
    .description('save a profile; the secret is read from stdin or a hidden prompt, never from arguments')
    .requiredOption('--base-url <url>', 'API base URL', 'https://api.itniotech.com')
    // Required, yet checked with the rest: one left out is named beside the other problems of the run.
    .option('--api-key <key>', 'API key (required)')
    .option('--app-id <id>', 'voice application id (required)')
    .option('--display-num <number>', 'default caller ID, written any common way')
    .option('--account <account>', 'default phone account')
    .option('--secret-stdin', 'read the API secret from the first line of stdin')
    .option('--sip-registrar <address>', "where this account's SIP phones register: HOST[:PORT][;transport=udp|tcp|tls]")
    .action((name: string, options: { baseUrl: string; apiKey?: string; appId?: string; displayNum?: string; account?: string; secretStdin?: boolean; sipRegistrar?: string }) =>
      run(async (runtime) => {
        const registrar = options.sipRegistrar === undefined ? undefined : sipRegistrarOf(options.sipRegistrar);
        const apiSecret = await runtime.readSecret('API secret: ', Boolean(options.secretStdin));
        if (!apiSecret.ok) return runtime.report(apiSecret, () => '');
        const input = {
          name,
          baseUrl: options.baseUrl,
          apiKey: options.apiKey,
          apiSecret: apiSecret.value,
          appId: options.appId,
          defaultCallerId: options.displayNum,
          defaultAccount: options.account,
          ...(registrar ? { registrar } : {}),
        };
        const own = [
          ...requiredFlags({ apiKey: options.apiKey, appId: options.appId }),
          ...(options.sipRegistrar !== undefined && !registrar ? [{ field: 'registrar', rule: REGISTRAR_RULE }] : []),
        ];
        // The rules main holds the profile to, every problem at once under its flag.
        const checked = checkedFlags(saveProfileInput, input, ADD_FLAGS, own);
        if (!checked.ok) return runtime.report(checked, () => '');
        const result = inFlagTerms(await runtime.call('profiles.save', checked.value), ADD_FLAGS);
        return runtime.report(result, (p) => `saved profile ${p.name} (key ${p.apiKeyMasked})`);
      }),
    );

  profile
    .command('export <name>')
    .description('write a profile for other computers: its address and settings, never its API key or secret')
    .option('--output <file>', 'write to FILE instead of stdout; an existing file is kept unless --force')
    .option('--force', 'overwrite the --output file')
    .action((name: string, options: { output?: string; force?: boolean }) =>
      run(async (runtime) => {
        if (options.force && options.output === undefined) return runtime.report(invalidField('--force', 'needs --output: stdout is never overwritten', 'Run again with --output FILE, or without --force.'), () => '');
        const found = await profileNamed(runtime, name);
        if (!found.ok) return runtime.report(found, () => '');
        if (found.value.sandbox) {
          return runtime.report(fail({ kind: 'invalid-input', field: 'name', message: 'The built-in Sandbox is on every computer already; it cannot be exported.', hint: 'Export one of your own profiles (see `switchboard profile list`).' }), () => '');
        }
        const file = profileFileOf(found.value);
        if (options.output === undefined) return runtime.report(ok(file), () => profileFileText(file).trimEnd());
        try {
          // Shared with other computers and holding no credential: readable by others, unlike exports of passwords.
          await writeFile(options.output, profileFileText(file), { flag: options.force ? 'w' : 'wx', mode: 0o644 });
        } catch (error) {
          const code = errorCode(error);
          const exists = code === 'EEXIST';
          return runtime.report(
            fail({ kind: 'file', message: exists ? `${options.output} exists already; nothing was written.` : `${options.output} could not be written (${code}).`, hint: exists ? 'Choose another file, or add --force to overwrite it.' : 'Choose a folder you can write to.' }),
            () => '',
          );
        }
        return runtime.report(ok({ path: options.output, profile: file.profile.name }), () => `exported ${file.profile.name} to ${options.output} (no API key or secret in it)`);
      }),
    );

  profile
    .command('import <file>')
    .description('add a profile from a file `profile export` wrote; give its API key with --api-key, the secret on stdin or a hidden prompt')
    .option('--name <name>', 'save it under this name instead of the one in the file')
    .option('--api-key <key>', 'API key (required)')
    .option('--secret-stdin', 'read the API secret from the first line of stdin')
    .action((path: string, options: { name?: string; apiKey?: string; secretStdin?: boolean }) =>
      run(async (runtime) => {
        const fields = await readProfileFileAt(path, path);
        if (!fields.ok) return runtime.report(fields, () => '');
        const apiSecret = await runtime.readSecret('API secret: ', Boolean(options.secretStdin));
        if (!apiSecret.ok) return runtime.report(apiSecret, () => '');
        const source = basename(path);
        const flags = {
          ...Object.fromEntries(Object.keys(ADD_FLAGS).map((field) => [field, `${field} in ${source}`])),
          name: options.name === undefined ? `name in ${source}` : '--name',
          apiKey: '--api-key',
          apiSecret: ADD_FLAGS.apiSecret,
        };
        const input = { ...fields.value, ...(options.name === undefined ? {} : { name: options.name }), apiKey: options.apiKey, apiSecret: apiSecret.value };
        const checked = checkedFlags(saveProfileInput, input, flags, requiredFlags({ apiKey: options.apiKey }));
        if (!checked.ok) return runtime.report(checked, () => '');
        const result = inFlagTerms(await runtime.call('profiles.save', checked.value), flags);
        return runtime.report(result, (p) => `imported profile ${p.name} from ${source} (key ${p.apiKeyMasked})`);
      }),
    );

  const list = profile.command('list').description('list profiles; * marks the active one');
  withOutputOptions(list, LIST).action((options: OutputOptions) =>
    run(async (runtime) => {
      const shown = presentationOf(LIST, options, runtime.json);
      if (!shown.ok) return runtime.report(shown, () => '');
      return show(runtime, await runtime.call('profiles.list', undefined), LIST, shown.value);
    }),
  );

  /** `use` and `remove` take a profile by name and act on its id. */
  const onNamed = (method: 'profiles.use' | 'profiles.remove', done: (name: string) => string) => (name: string) =>
    run(async (runtime) => {
      const id = await idOf(runtime, name);
      if (!id.ok) return runtime.report(id, () => '');
      return runtime.report(await runtime.call(method, { id: id.value }), () => done(name));
    });

  profile
    .command('use <name>')
    .description('make a profile the active one (for the app too)')
    .action(onNamed('profiles.use', (name) => `now using ${name}`));

  profile
    .command('remove <name>')
    .description('delete a profile and its keychain entry')
    .action(onNamed('profiles.remove', (name) => `removed ${name}`));

  profile
    .command('test [name]')
    .description('one cheap signed request that proves the credentials (default: the active profile)')
    .action((name: string | undefined) =>
      run(async (runtime) => {
        const id = name ? await idOf(runtime, name) : await runtime.activeId();
        if (!id.ok) return runtime.report(id, () => '');
        const result = await runtime.call('profiles.test', { id: id.value });
        return runtime.report(result, (report) => {
          return `ok: answered in ${report.latencyMs} ms, ${report.phones} phone(s) on the app${report.clockWarning ? `\nwarning: ${report.clockWarning}` : ''}`;
        });
      }),
    );
}
