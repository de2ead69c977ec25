/**
 * The built `switchboard` executable, run the way an operator's script runs it: a separate
 * process, arguments, environment, stdout and the exit code. Needs `npm run build` (npm test does it).
 *
 * @module-tag processes: it spawns and kills processes (see vitest.config.mts).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopChild, waitForOutput } from '../../../support/child-process';

const ROOT = resolve(__dirname, '../../../..');
const BIN = join(ROOT, 'bin/switchboard.js');

let home: string;
let sandboxProcess: ChildProcess | undefined;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/main/cli.js'))) throw new Error('out/main/cli.js is missing: run `npm run build` first.');
  home = mkdtempSync(join(tmpdir(), 'switchboard-bin-'));
});
afterAll(async () => {
  await stopChild(sandboxProcess);
  rmSync(home, { recursive: true, force: true });
});

/** How long one run may take, Node's start-up on a busy machine included. */
const RUN_DEADLINE_MS = 20_000;

function switchboard(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, failed) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, SWITCHBOARD_HOME: home, XDG_CACHE_HOME: join(home, 'cache'), ...env }, timeout: RUN_DEADLINE_MS }, (error, stdout, stderr) => {
      if (error?.killed) failed(new Error(`switchboard ${args.join(' ')} did not finish within ${RUN_DEADLINE_MS} ms. Its stderr: ${stderr || '(empty)'}`));
      else done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('bin/switchboard.js', () => {
  it('prints its help', async () => {
    const { code, stdout } = await switchboard(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/sandbox/);
    expect(stdout).toMatch(/profile/);
  });

  it('runs the sandbox on its own and a script reaches it with environment credentials', async () => {
    sandboxProcess = spawn(process.execPath, [BIN, 'sandbox', '--port', '0'], { env: { PATH: process.env.PATH, SWITCHBOARD_HOME: home, XDG_CACHE_HOME: join(home, 'cache') } });
    const listening = await waitForOutput(sandboxProcess, /^listening on (http:\/\/127\.0\.0\.1:\d+)\r?\n/m, { name: 'switchboard sandbox', timeoutMs: RUN_DEADLINE_MS });
    const url = listening.match[1]!;
    // Keep draining, or a chatty child would block on a full pipe.
    sandboxProcess.stdout?.resume();
    sandboxProcess.stderr?.resume();

    const env = { ITNIO_API_KEY: 'sandbox-key', ITNIO_API_SECRET: 'sandbox-secret', ITNIO_BASE_URL: url, ITNIO_APP_ID: 'app-7f3c21' };
    const tested = await switchboard(['--json', 'profile', 'test'], env);
    expect(tested.code).toBe(0);
    expect(JSON.parse(tested.stdout)).toMatchObject({ ok: true, value: { phones: expect.any(Number) } });

    const refused = await switchboard(['--json', 'profile', 'test'], { ...env, ITNIO_API_SECRET: 'wrong-secret' });
    expect(refused.code).toBe(5);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(refused.stdout + refused.stderr).not.toContain('wrong-secret');
  });

  it('refuses a bad --port with exit code 2', async () => {
    const { code, stderr } = await switchboard(['sandbox', '--port', '70000']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port/);
  });
});

describe('bin/switchboard.js: the compile cache', () => {
  it.runIf(process.platform === 'linux')('keeps the compiled code in the per-user cache folder, $XDG_CACHE_HOME/switchboard', async () => {
    const cache = join(home, 'cache');
    const { code } = await switchboard(['--help'], { XDG_CACHE_HOME: cache });
    expect(code).toBe(0);
    expect(readdirSync(join(cache, 'switchboard'), { recursive: true }).length).toBeGreaterThan(0);
  });

  it('runs as usual, without a word about it, when the cache folder cannot be made', async () => {
    // A file where the folders would go: nothing can be created under it.
    const blocked = join(home, 'not-a-folder');
    writeFileSync(blocked, '');
    const { code, stdout, stderr } = await switchboard(['--help'], { XDG_CACHE_HOME: blocked, HOME: blocked, LOCALAPPDATA: blocked });
    expect(code).toBe(0);
    expect(stdout).toMatch(/balance/);
    expect(stderr).toBe('');
  });
});
