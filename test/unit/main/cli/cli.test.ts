import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli';
import { startSandbox } from '../../../../main/sandbox';
import { createMemoryStore } from '../../../../main/secrets';
import { memoryLogger } from '../../../support/memory-log';

const KEY = 'cliKey42';
const SECRET = 'cli-secret-never-printed';
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let home: string;
const secrets = createMemoryStore();

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, credentials: [{ apiKey: KEY, apiSecret: SECRET }], logger: memoryLogger().log });
  home = mkdtempSync(join(tmpdir(), 'sb-cli-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(home, { recursive: true, force: true });
});

async function cli(argv: string[], options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv,
    env: { SWITCHBOARD_HOME: home, ...options.env },
    io: { out: (text) => out.push(text), err: (text) => err.push(text) },
    version: '0.1.0',
    secrets,
    ...(options.stdin !== undefined ? { stdin: Readable.from([options.stdin]) } : {}),
  });
  const stdout = out.join('\n');
  const stderr = err.join('\n');
  expect(stdout + stderr, 'a secret reached the terminal').not.toContain(SECRET);
  return { code, stdout, stderr };
}

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
    const added = await cli(['profile', 'add', 'Office', '--base-url', sandbox.url, '--api-key', KEY, '--app-id', sandbox.state.appId, '--secret-stdin'], { stdin: `${SECRET}\n` });
    expect(added).toMatchObject({ code: 0, stdout: 'saved profile Office (key cli…42)' });
    expect((await cli(['profile', 'use', 'office'])).code).toBe(0);
    const listed = await cli(['profile', 'list']);
    expect(listed.stdout).toMatch(/^\* Office/m);
    expect((await cli(['profile', 'test'])).code).toBe(0);
    expect((await cli(['profile', 'remove', 'Office'])).code).toBe(0);
    expect((await cli(['--json', 'profile', 'list'])).stdout).not.toContain('Office');
  });

  it('exits 2 on invalid input, naming the field, and saves nothing', async () => {
    const result = await cli(['profile', 'add', 'Bad', '--base-url', 'http://api.example.com', '--api-key', KEY, '--app-id', 'App1', '--secret-stdin'], { stdin: `${SECRET}\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('baseUrl: must use https://');
    expect((await cli(['profile', 'list'])).stdout).not.toContain('Bad');
  });

  it('exits 2 for an unknown --profile and for unknown commands', async () => {
    expect((await cli(['--profile', 'Nope', 'profile', 'test'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it('uses ITNIO_* environment credentials without the keychain; a wrong secret exits 5', async () => {
    const env = { ITNIO_API_KEY: KEY, ITNIO_BASE_URL: sandbox.url, ITNIO_APP_ID: sandbox.state.appId };
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
