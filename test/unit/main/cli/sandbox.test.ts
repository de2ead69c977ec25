/**
 * `switchboard sandbox` with its fault switches (issue 16): flags checked with errors that name
 * the flag and its rule (exit 2, nothing started), the faults it runs with printed at start, and a
 * request meeting them.
 *
 * @module-tag processes: it spawns and stops the command in a process of its own (see vitest.config.mts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli';
import { createItnioClient, ENDPOINTS } from '../../../../main/platform/itnio';
import { createMemoryStore } from '../../../../main/platform/secrets';
import { stopChild, waitForOutput } from '../../../support/child-process';
import { memoryLogger } from '../../../support/memory-log';

const CHILD = join(__dirname, 'sandbox-child.mts');
const START_DEADLINE_MS = 20_000;

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv,
    env: {},
    io: { out: (text) => out.push(text), err: (text) => err.push(text) },
    version: '0.1.0',
    secrets: createMemoryStore(),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('switchboard sandbox: its flags', () => {
  it.each([
    { flags: ['--fault', 'boom'], error: '--fault: must be one of reset, timeout, html, truncate' },
    { flags: ['--latency', '60001'], error: '--latency: must be a whole number of milliseconds from 0 to 60000' },
    { flags: ['--latency', '-5'], error: '--latency: must be a whole number of milliseconds from 0 to 60000' },
    { flags: ['--latency', '1.5'], error: '--latency: must be a whole number of milliseconds from 0 to 60000' },
    { flags: ['--fault-path', '/voice/sendSip'], error: '--fault-path: needs --fault, the fault to aim at that path' },
    { flags: ['--fault', 'reset', '--fault-path', '/voice/nope'], error: '--fault-path: must be a path the sandbox serves, such as /voice/sendSip' },
    { flags: ['--port', '70000'], error: '--port: must be a whole number from 0 to 65535' },
  ])('refuses $flags with exit 2, naming the flag and its rule', async ({ flags, error }) => {
    const { code, stdout, stderr } = await cli(['sandbox', ...flags]);
    expect(code).toBe(2);
    expect(stderr).toBe(`error: ${error}\nhint: The sandbox was not started.`);
    expect(stdout).toBe('');
  });

  it('says the same as JSON with --json', async () => {
    const { code, stdout } = await cli(['--json', 'sandbox', '--fault', 'slow']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'fault',
        rule: 'must be one of reset, timeout, html, truncate',
        message: '--fault: must be one of reset, timeout, html, truncate',
        hint: 'The sandbox was not started.',
      },
    });
  });
});

describe('switchboard sandbox: running with faults', () => {
  let child: ChildProcess | undefined;
  afterEach(async () => {
    await stopChild(child);
    child = undefined;
  });

  function start(args: string[]): ChildProcess {
    child = spawn(process.execPath, [CHILD, ...args], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    return child;
  }

  it('prints the faults it runs with, and a call meets them: the vendor places it, then never answers', async () => {
    const sandbox = start(['--json', 'sandbox', '--port', '0', '--fault', 'timeout', '--fault-path', '/voice/sendSip', '--latency', '150']);
    const { match } = await waitForOutput(sandbox, /^\{.*\}$/m, { name: 'switchboard sandbox', timeoutMs: START_DEADLINE_MS });
    const answer = JSON.parse(match[0]) as { ok: boolean; value: { url: string; apiKey: string; appId: string; faults: unknown } };
    expect(answer.ok).toBe(true);
    const started = answer.value;
    expect(started).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), apiKey: 'sandbox-key', appId: 'app-7f3c21' });
    expect(started.faults).toEqual({ fault: 'timeout', faultPath: '/voice/sendSip', latencyMs: 150 });
    // Keep draining stdout, or a chatty child would block on a full pipe; stderr carries its request log.
    sandbox.stdout?.resume();
    let log = '';
    sandbox.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));

    const client = createItnioClient({ baseUrl: started.url, apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', logger: memoryLogger().log, timeoutMs: 1_500 });
    try {
      const before = performance.now();
      const page = await client.request(ENDPOINTS.sipQuery, { current: 1, size: 1, params: { appId: started.appId } });
      expect(page.ok).toBe(true);
      expect(performance.now() - before).toBeGreaterThanOrEqual(140);

      const call = await client.request(ENDPOINTS.sendSip, { callee: '447700900987', account: '80010001', appId: started.appId });
      expect(call).toMatchObject({ ok: false, error: { kind: 'timeout', reachedItnio: 'maybe' } });
    } finally {
      await client.close();
    }
    const lines = log.split('\n').filter((line) => line.includes('"sandbox.request"')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map(({ path, fault }) => ({ path, fault }))).toEqual([
      { path: '/voice/sipQuery', fault: 'latency' },
      // The sandbox's own fault for "the vendor acts, then never answers" (placing the call is its test).
      { path: '/voice/sendSip', fault: 'hang-after-acting' },
    ]);
  });

  it('says which faults are on in its human output, and none when there are none', async () => {
    const faulty = start(['sandbox', '--port', '0', '--fault', 'html', '--latency', '20']);
    const { output } = await waitForOutput(faulty, /^faults: .*$/m, { name: 'switchboard sandbox', timeoutMs: START_DEADLINE_MS });
    expect(output).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/m);
    expect(output).toMatch(/^faults: html \(a 502 error page from the front server, nothing done\) on every path; every answer 20 ms late$/m);
    await stopChild(child);

    const plain = start(['sandbox', '--port', '0']);
    expect((await waitForOutput(plain, /^faults: .*$/m, { name: 'switchboard sandbox', timeoutMs: START_DEADLINE_MS })).match[0]).toBe('faults: none');
  });
});
