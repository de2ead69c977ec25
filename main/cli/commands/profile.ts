import type { Command } from 'commander';
import { defaultSipPort, saveProfileInput, type ProfileList, type ProfileSummary, type SipRegistrar, type SipTransport } from '../../../contract/schemas/profiles';
import { fail, ok, type Result } from '../../../contract/result';
import { checkedFlags, inFlagTerms } from '../flag-terms';
import type { CliRuntime, CommandRunner } from '../runtime';

const line = (p: ProfileSummary, activeId: string) =>
  `${p.id === activeId ? '*' : ' '} ${p.name.padEnd(20)} ${p.baseUrl.padEnd(34)} app ${p.appId.padEnd(12)} key ${p.apiKeyMasked}${p.sandbox ? '  (sandbox)' : ''}`;

const listText = (list: ProfileList) => list.profiles.map((p) => line(p, list.activeId)).join('\n');

/** Profiles are addressed by name on the command line; ids stay internal. */
async function idOf(runtime: CliRuntime, name: string) {
  const list = await runtime.call('profiles.list', undefined);
  if (!list.ok) return list;
  const found = list.value.profiles.find((p) => p.name.toLowerCase() === name.toLowerCase());
  return found
    ? ({ ok: true, value: found.id } as const)
    : fail({ kind: 'invalid-input', field: 'name', message: `There is no profile named "${name}".`, hint: 'See `switchboard profile list`.' });
}

const SIP_ADDRESS = /^([^:;\s]+)(?::(\d{1,6}))?(?:;transport=(udp|tcp|tls))?$/i;

/**
 * `HOST[:PORT][;transport=udp|tcp|tls]`, read as a SIP URI writes it: UDP, and the transport's
 * default port, unless given. The host's and the port's rules are main's.
 */
function sipRegistrarOf(text: string): Result<SipRegistrar> {
  const match = SIP_ADDRESS.exec(text.trim());
  if (!match) {
    return fail({
      kind: 'invalid-input',
      field: 'registrar',
      rule: 'must be HOST[:PORT][;transport=udp|tcp|tls]',
      message: '--sip-registrar: must be HOST[:PORT][;transport=udp|tcp|tls], e.g. sip.example.com:5061;transport=tls',
      hint: 'Nothing was saved.',
    });
  }
  const [, host = '', port, given] = match;
  const transport = (given?.toLowerCase() ?? 'udp') as SipTransport;
  return ok({ host, port: port === undefined ? defaultSipPort(transport) : Number(port), transport });
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
    .requiredOption('--api-key <key>', 'API key')
    .requiredOption('--app-id <id>', 'voice application id')
    .option('--display-num <number>', 'default caller ID, written any common way')
    .option('--account <account>', 'default phone account')
    .option('--secret-stdin', 'read the API secret from the first line of stdin')
    .option('--sip-registrar <address>', "where this account's SIP phones register: HOST[:PORT][;transport=udp|tcp|tls]")
    .action((name: string, options: { baseUrl: string; apiKey: string; appId: string; displayNum?: string; account?: string; secretStdin?: boolean; sipRegistrar?: string }) =>
      run(async (runtime) => {
        const registrar = options.sipRegistrar === undefined ? undefined : sipRegistrarOf(options.sipRegistrar);
        if (registrar && !registrar.ok) return runtime.report(registrar, () => '');
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
          ...(registrar ? { registrar: registrar.value } : {}),
        };
        // The rules main holds the profile to, every problem at once under its flag.
        const checked = checkedFlags(saveProfileInput, input, ADD_FLAGS);
        if (!checked.ok) return runtime.report(checked, () => '');
        const result = inFlagTerms(await runtime.call('profiles.save', input), ADD_FLAGS);
        return runtime.report(result, (p) => `saved profile ${p.name} (key ${p.apiKeyMasked})`);
      }),
    );

  profile
    .command('list')
    .description('list profiles; * marks the active one')
    .action(() => run(async (runtime) => runtime.report(await runtime.call('profiles.list', undefined), listText)));

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
