import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasUnsafeChars, neutralise, UNSAFE_TEXT_RULE } from '../../../../contract/text';
import { cliHarness } from './cli-harness';

const KEY = 'cliProfileKey7';
const SECRET = 'cli-profile-secret-never-printed';
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-cli-profile-', credentials: 'keychain', freshEachTest: ['home'] });
const { cli } = harness;

const CLEARS_SCREEN = 'Office\u001b[2J\u001b]0;pwned\u0007';
const REVERSED = 'Night\u202eShift';
/** Whether a terminal would act on the text beyond the output's own tabs and line feeds. */
const acts = (text: string) => hasUnsafeChars(text.replace(/[\t\n]/g, ''));

const add = (name: string, ...more: string[]) =>
  cli(['profile', 'add', name, '--base-url', harness.sandbox.url, '--api-key', KEY, '--app-id', harness.sandbox.state.appId, '--secret-stdin', ...more], { stdin: `${SECRET}\n` });

/** Profiles saved by an older version, or by hand, before names were checked. */
function storeProfilesNamed(...names: string[]) {
  const profiles = names.map((name, i) => ({ id: `p${i}`, name, baseUrl: 'https://api.itniotech.com', appId: 'App1', apiKeyMasked: 'abc…12' }));
  writeFileSync(join(harness.home, 'profiles.json'), JSON.stringify({ version: 1, activeId: 'p0', profiles, sandbox: {} }));
}

describe('switchboard profile, with text that would act on the terminal', () => {
  it('refuses to add a profile whose name or default account holds control or direction characters (exit 2), saving nothing', async () => {
    const named = await add(CLEARS_SCREEN);
    expect(named).toMatchObject({ code: 2, stderr: `error: NAME: ${UNSAFE_TEXT_RULE}\nhint: Correct the options and run the command again. Nothing was sent.` });
    const account = await add('Office', '--account', '8001\n0001');
    expect(account).toMatchObject({ code: 2, stderr: expect.stringContaining(`error: --account: ${UNSAFE_TEXT_RULE}`) });
    expect(JSON.parse((await cli(['--json', 'profile', 'list'])).stdout)).toMatchObject({ value: { profiles: [{ name: 'Sandbox' }] } });
  });

  it('lists a stored name with its control characters made visible', async () => {
    storeProfilesNamed(CLEARS_SCREEN, REVERSED);
    const { code, stdout } = await cli(['profile', 'list']);
    expect(code).toBe(0);
    expect(acts(stdout)).toBe(false);
    expect(stdout).toMatch(/^ACTIVE {2,}NAME {2,}BASE URL {2,}APP {2,}KEY {2,}SANDBOX$/m);
    expect(stdout).toMatch(/^\* {2,}Office␛\[2J␛\]0;pwned␇ {2,}https:\/\/api\.itniotech\.com /m);
    expect(stdout).toMatch(/^ {2,}Night\ufffdShift {2,}https:\/\/api\.itniotech\.com /m);
  });

  it('--json shows them as the same visible stand-ins, by which the profile is then used', async () => {
    storeProfilesNamed(CLEARS_SCREEN, REVERSED);
    const { code, stdout } = await cli(['--json', 'profile', 'list']);
    expect(code).toBe(0);
    expect(acts(stdout)).toBe(false);
    const names = (JSON.parse(stdout) as { value: { profiles: { name: string }[] } }).value.profiles.map((profile) => profile.name);
    expect(names).toEqual(['Sandbox', neutralise(CLEARS_SCREEN), neutralise(REVERSED)]);
    expect(await cli(['profile', 'use', neutralise(REVERSED)])).toMatchObject({ code: 0, stdout: `now using ${neutralise(REVERSED)}` });
  });

  it('echoes a name given on the command line in an error without acting on it', async () => {
    const { code, stderr } = await cli(['profile', 'use', '\u001b[2Jnobody\u202e']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: There is no profile named "␛[2Jnobody\ufffd".\nhint: See `switchboard profile list`.');
  });
});

describe('switchboard profile add --sip-registrar', () => {
  const registrarOf = async (name: string) => {
    const listed = JSON.parse((await cli(['--json', 'profile', 'list'])).stdout) as { value: { profiles: { name: string; registrar?: unknown }[] } };
    return listed.value.profiles.find((profile) => profile.name === name)?.registrar;
  };

  it('records the registrar as a SIP URI writes it: UDP and the default port unless given', async () => {
    expect(await add('Office', '--sip-registrar', 'sip.example.com')).toMatchObject({ code: 0, stdout: 'saved profile Office (key cli…y7)' });
    expect(await registrarOf('Office')).toEqual({ host: 'sip.example.com', port: 5060, transport: 'udp' });
    expect((await add('Branch', '--sip-registrar', 'sip.example.com;transport=tls')).code).toBe(0);
    expect(await registrarOf('Branch')).toEqual({ host: 'sip.example.com', port: 5061, transport: 'tls' });
    expect((await add('Depot', '--sip-registrar', '203.0.113.5:5080;transport=TCP')).code).toBe(0);
    expect(await registrarOf('Depot')).toEqual({ host: '203.0.113.5', port: 5080, transport: 'tcp' });
    expect(await registrarOf('Sandbox')).toBeUndefined();
  });

  it('refuses a registrar it cannot read, or a port out of range, naming the option and the rule (exit 2), saving nothing', async () => {
    const malformed = await add('Office', '--sip-registrar', 'sip:sip.example.com;transport=sctp');
    expect(malformed).toMatchObject({ code: 2, stderr: expect.stringContaining('error: --sip-registrar: must be HOST[:PORT][;transport=udp|tcp|tls]') });
    const port = await add('Office', '--sip-registrar', 'sip.example.com:70000');
    expect(port).toMatchObject({ code: 2, stderr: expect.stringContaining('error: --sip-registrar: must be 1–65535') });
    const names = (JSON.parse((await cli(['--json', 'profile', 'list'])).stdout) as { value: { profiles: { name: string }[] } }).value.profiles.map((profile) => profile.name);
    expect(names).toEqual(['Sandbox']);
  });
});

describe('switchboard under the machine’s policy (SWITCHBOARD_POLICY)', () => {
  const policy = (content: unknown) => {
    const path = join(harness.home, 'policy.json');
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return { SWITCHBOARD_POLICY: path };
  };

  it('adds a profile only at the address the policy allows, naming the option (exit 2)', async () => {
    const env = policy({ version: 1, baseUrl: 'https://api.itniotech.com' });
    const refused = await cli(['profile', 'add', 'Office', '--base-url', harness.sandbox.url, '--api-key', KEY, '--app-id', 'App1', '--secret-stdin'], { stdin: `${SECRET}\n`, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--base-url: must be https://api.itniotech.com, the address your organisation's policy allows");
    expect((await cli(['profile', 'list'], { env })).stdout).not.toContain('Office');
  });

  it('refuses the hidden Sandbox by name (exit 2), with what to do', async () => {
    const hidden = await cli(['--profile', 'Sandbox', 'balance'], { env: policy({ version: 1, hideSandbox: true }) });
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toContain("Your organisation's policy hides the built-in Sandbox.");
  });

  it('says on stderr that a broken policy was not applied, and goes on without it', async () => {
    const broken = await cli(['profile', 'list'], { env: policy('{"version": 1, "hideSandbox": "yes"}') });
    expect(broken.code).toBe(0);
    expect(broken.stderr).toContain('was not applied: hideSandbox: Invalid input: expected boolean, received string');
    expect(broken.stdout).toContain('Sandbox');
  });
});
