import { describe, expect, it } from 'vitest';
import { cliHarness } from './cli-harness';

const KEY = 'cliKey42';
const SECRET = 'cli-secret-never-printed';
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-cli-', credentials: 'keychain' });
const { cli } = harness;

describe('switchboard CLI', () => {
  it('prints help and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('profile');
    expect(stdout).toContain('sandbox');
  });

  it('lists the built-in sandbox profile as active on first run', async () => {
    const { code, stdout } = await cli(['--json', 'profile', 'list']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, value: { activeId: 'sandbox', profiles: [{ name: 'Sandbox', sandbox: true }] } });
  });

  it('tests the sandbox profile for real', async () => {
    const { code, stdout } = await cli(['profile', 'test']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok: answered in \d+ ms, \d+ phone\(s\) on the app/);
  });

  it('adds a profile with the secret from stdin, uses and tests it, then removes it', async () => {
    const added = await cli(['profile', 'add', 'Office', '--base-url', harness.sandbox.url, '--api-key', KEY, '--app-id', harness.sandbox.state.appId, '--secret-stdin'], { stdin: `${SECRET}\n` });
    expect(added).toMatchObject({ code: 0, stdout: 'saved profile Office (key cli…42)' });
    expect((await cli(['profile', 'use', 'office'])).code).toBe(0);
    const listed = await cli(['profile', 'list']);
    expect(listed.stdout).toMatch(/^\* {2,}Office {2,}/m);
    expect(listed.stdout).toMatch(/^ {2,}Sandbox {2,}/m);
    expect((await cli(['profile', 'test'])).code).toBe(0);
    expect((await cli(['profile', 'remove', 'Office'])).code).toBe(0);
    expect((await cli(['--json', 'profile', 'list'])).stdout).not.toContain('Office');
  });

  it('exits 2 on invalid input, naming the field, and saves nothing', async () => {
    const result = await cli(['profile', 'add', 'Bad', '--base-url', 'http://api.example.com', '--api-key', KEY, '--app-id', 'App1', '--secret-stdin'], { stdin: `${SECRET}\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--base-url: must use https://');
    expect((await cli(['profile', 'list'])).stdout).not.toContain('Bad');
  });

  it('exits 2 for an unknown --profile and for unknown commands', async () => {
    expect((await cli(['--profile', 'Nope', 'profile', 'test'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it('echoes an unknown command or option without the terminal acting on it', async () => {
    const command = await cli(['\u001b[2Jfrob\u202e']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("unknown command '␛[2Jfrob\ufffd'");
    const option = await cli(['profile', 'list', '--\u001b]0;x\u0007']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--␛]0;x␇'");
  });

  it('uses ITNIO_* environment credentials without the keychain; a wrong secret exits 5', async () => {
    const env = { ITNIO_API_KEY: KEY, ITNIO_BASE_URL: harness.sandbox.url, ITNIO_APP_ID: harness.sandbox.state.appId };
    expect((await cli(['profile', 'test'], { env: { ...env, ITNIO_API_SECRET: SECRET } })).code).toBe(0);
    const wrong = await cli(['--json', 'profile', 'test'], { env: { ...env, ITNIO_API_SECRET: 'wrong-secret' } });
    expect(wrong.code).toBe(5);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, error: { kind: 'auth', code: '-1' } });
  });

  it('exits 4 when the server cannot be reached', async () => {
    const env = { ITNIO_API_KEY: KEY, ITNIO_API_SECRET: SECRET, ITNIO_BASE_URL: 'http://127.0.0.1:9', ITNIO_APP_ID: 'App1' };
    const result = await cli(['profile', 'test'], { env });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).toMatch(/hint: /);
  });
});
