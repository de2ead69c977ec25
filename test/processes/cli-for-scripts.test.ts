/**
 * The built `switchboard` as operators' scripts and cron jobs run it: a separate process each
 * time, its environment, its exit code, stdout and stderr, pipes that close early, and an emulated
 * ITNIO account on loopback whose requests are counted.
 *
 * Needs `npm run build` (npm test does it) for bin/switchboard.js.
 *
 * @module-tag processes: it spawns and kills processes (see vitest.config.mts).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../main/sandbox';
import { startAccount } from '../support/account';
import { wav } from '../support/audio-fixtures';
import { stopChild, waitForOutput } from '../support/child-process';
import { BIN, requireBuiltCli, type Run, runSwitchboard } from '../support/cli-run';

/** One run, Node's start-up included, on a busy two-core machine. */
const RUN_DEADLINE_MS = 30_000;
const KEY = 'scriptKey42';
const SECRET = 'script-secret-never-printed-77b1';
/** A callee and a phone of the emulated account. */
const CALLEE = '442079460958';
const ACCOUNT = '80010001';

let account: Sandbox;
let home: string;

beforeAll(async () => {
  requireBuiltCli();
  // Enough phones that `phones list --all` prints more than a pipe holds (64 KiB).
  account = await startAccount({ apiKey: KEY, apiSecret: SECRET }, { seed: { extraPhones: 550 } });
});
afterAll(async () => {
  await account?.close();
});
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'sb-scripts-'));
  account.faults.clear();
  account.requests.length = 0;
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

/** The ITNIO_* variables of a script that reaches the emulated account. */
const accountEnv = (): NodeJS.ProcessEnv => ({ ITNIO_API_KEY: KEY, ITNIO_API_SECRET: SECRET, ITNIO_BASE_URL: account.url, ITNIO_APP_ID: account.state.appId });

/** `switchboard …` as its own process on a fresh data folder, with only the environment given (and PATH); `stdin` is piped in, then closed. */
const switchboard = (args: string[], env: NodeJS.ProcessEnv = {}, stdin: Uint8Array | string = ''): Promise<Run> => runSwitchboard(args, { home, env, stdin });

/** `switchboard ARGS | READER` in bash: switchboard's exit code and stderr, whatever the reader does with the pipe. */
function piped(args: string[], reader: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const errFile = join(home, 'stderr.txt');
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg}'`).join(' ');
  return new Promise((done, failed) => {
    execFile(
      'bash',
      ['-c', `${quoted} 2>'${errFile}' | ${reader}; echo "exit:\${PIPESTATUS[0]}"`],
      { env: { PATH: process.env.PATH, SWITCHBOARD_HOME: home, XDG_CACHE_HOME: join(home, 'cache'), ...env }, timeout: RUN_DEADLINE_MS },
      (error, stdout) => {
        if (error) failed(error);
        const code = /exit:(\d+)\s*$/.exec(stdout);
        done({ code: Number(code?.[1] ?? -1), stdout: stdout.replace(/exit:\d+\s*$/, ''), stderr: existsSync(errFile) ? readFileSync(errFile, 'utf8') : '' });
      },
    );
  });
}

/**
 * `switchboard …` on a terminal COLUMNS wide (a pseudo-terminal from util-linux `script`), as an
 * operator at a shell sees it: stdout and stderr together, the terminal's line ends made plain.
 */
function onTerminal(columns: number, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const command = `stty cols ${columns} rows 60; exec ${[process.execPath, BIN, ...args].map((arg) => `'${arg}'`).join(' ')}`;
  return new Promise((done, failed) => {
    execFile('script', ['-qec', command, '/dev/null'], { env: { PATH: process.env.PATH, SWITCHBOARD_HOME: home, XDG_CACHE_HOME: join(home, 'cache'), ...env }, timeout: RUN_DEADLINE_MS }, (error, stdout) => {
      if (error?.killed) failed(new Error(`switchboard ${args.join(' ')} did not finish on a terminal within ${RUN_DEADLINE_MS} ms`));
      else done({ code: error ? Number(error.code ?? 1) : 0, stdout: stdout.replace(/\r\n/g, '\n'), stderr: '' });
    });
  });
}

const sendSips = () => account.requests.filter((request) => request.path === '/voice/sendSip');

/** A loopback port nothing listens on: a server out of reach. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

describe('credentials from the environment', () => {
  const halfSet: [string, NodeJS.ProcessEnv, RegExp][] = [
    ['the key without its secret', { ITNIO_API_KEY: KEY }, /ITNIO_API_KEY is set, but ITNIO_API_SECRET is not set/],
    ['the secret without its key', { ITNIO_API_SECRET: SECRET }, /ITNIO_API_SECRET is set, but ITNIO_API_KEY is not set/],
    ['the key beside a secret that failed to load (empty)', { ITNIO_API_KEY: KEY, ITNIO_API_SECRET: '' }, /ITNIO_API_KEY is set, but ITNIO_API_SECRET is empty/],
    ['the address and application without the pair', { ITNIO_BASE_URL: 'http://127.0.0.1:9', ITNIO_APP_ID: 'app-1' }, /ITNIO_BASE_URL and ITNIO_APP_ID are set, but ITNIO_API_KEY is not set and ITNIO_API_SECRET is not set/],
  ];

  it.each(halfSet)('refuses %s as a configuration error (exit 5), in words and under --json, sending nothing', async (_name, env, named) => {
    const balance = await switchboard(['balance'], env);
    expect(balance).toMatchObject({ code: 5, stdout: '' });
    expect(balance.stderr).toMatch(named);
    expect(balance.stderr).toMatch(/Nothing was sent/);
    expect(balance.stderr).not.toMatch(/Sandbox/);

    const call = await switchboard(['--json', 'call', CALLEE, '--account', ACCOUNT], env);
    expect(call.code).toBe(5);
    expect(JSON.parse(call.stdout)).toMatchObject({ ok: false, error: { kind: 'auth', message: expect.stringMatching(named) } });
    expect(account.requests).toEqual([]);
    expect(balance.stdout + balance.stderr + call.stdout + call.stderr).not.toContain(SECRET);
  });

  it('refuses a half-set pair for the standalone sandbox too (exit 5)', async () => {
    const run = await switchboard(['sandbox', '--port', '0'], { ITNIO_API_KEY: KEY });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/ITNIO_API_SECRET is not set/);
  });

  it('says on stderr whenever a command runs against the Sandbox profile, keeping stdout for the answer', async () => {
    const balance = await switchboard(['balance']);
    expect(balance.code).toBe(0);
    expect(balance.stderr).toMatch(/^note: this runs against the Sandbox profile, an ITNIO account emulated on this computer/);
    const json = await switchboard(['--json', 'balance']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true });
    expect(json.stderr).toMatch(/Sandbox profile/);

    // Against the account the environment names, or with nothing sent anywhere: not a word.
    const real = await switchboard(['balance'], accountEnv());
    expect(real).toMatchObject({ code: 0, stderr: '' });
    expect(await switchboard(['profile', 'list'])).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('the repeat guard', () => {
  it('lets the same call go again right away after one that failed with nothing sent: a vendor refusal, a server out of reach', async () => {
    account.faults.inject({ kind: 'status', code: '-22', path: '/voice/sendSip', times: 1 });
    const refused = await switchboard(['call', CALLEE, '--account', ACCOUNT], accountEnv());
    expect(refused.code, refused.stderr).toBe(3);
    const retried = await switchboard(['call', CALLEE, '--account', ACCOUNT], accountEnv());
    expect(retried.code, retried.stderr).toBe(0);
    expect(sendSips().map((request) => request.status)).toEqual(['-22', '0']);

    const offline = { ...accountEnv(), ITNIO_BASE_URL: `http://127.0.0.1:${await closedPort()}` };
    const unreachable = await switchboard(['call', CALLEE, '--account', '80010002'], offline);
    expect(unreachable.code, unreachable.stderr).toBe(4);
    const again = await switchboard(['call', CALLEE, '--account', '80010002'], accountEnv());
    expect(again.code, again.stderr).toBe(0);
    expect(sendSips()).toHaveLength(3);
  });

  it('holds the number after a call ITNIO placed, saying so with its recording id', async () => {
    const placed = await switchboard(['call', CALLEE, '--account', ACCOUNT], accountEnv());
    expect(placed.code, placed.stderr).toBe(0);
    const repeat = await switchboard(['call', CALLEE, '--account', ACCOUNT], accountEnv());
    expect(repeat.code).toBe(2);
    expect(repeat.stderr).toContain(`ITNIO placed that call (recording id ${placed.stdout.trim()}). Nothing was sent, so they are not rung twice.`);
    expect(sendSips()).toHaveLength(1);
  });
});

describe('listings of a 558-phone account', () => {
  it('exports every phone as CSV and --json, and says on stderr when --limit or the table cuts the list', async () => {
    const csv = await switchboard(['phones', 'list', '--csv'], accountEnv());
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    expect(csv.stdout.trimEnd().split('\n')).toHaveLength(1 + 558);
    const json = await switchboard(['--json', 'phones', 'list'], accountEnv());
    expect(JSON.parse(json.stdout).value.phones).toHaveLength(558);

    const limited = await switchboard(['phones', 'list', '--csv', '--limit', '50'], accountEnv());
    expect(limited.stdout.trimEnd().split('\n')).toHaveLength(1 + 50);
    expect(limited.stderr).toBe('note: 50 of 558 phones listed; --limit 50 asked for no more.\n');
    const table = await switchboard(['phones', 'list'], accountEnv());
    expect(table.stdout.trimEnd().split('\n')).toHaveLength(1 + 20);
    expect(table.stderr).toBe('note: 20 of 558 phones listed; --all lists every one.\n');
  });
});

describe('one envelope under --json', () => {
  it('answers usage errors in the envelope on stdout (exit 2), and in words on stderr without --json', async () => {
    const unknown = await switchboard(['--json', 'phones', 'list', '--bogus'], accountEnv());
    expect(unknown).toMatchObject({ code: 2, stderr: '' });
    expect(JSON.parse(unknown.stdout)).toEqual({ ok: false, error: { kind: 'invalid-input', message: "unknown option '--bogus'", hint: expect.stringContaining('Nothing was sent') } });
    const missing = await switchboard(['call', '--json'], accountEnv());
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, error: { kind: 'invalid-input', message: "missing required argument 'callee'" } });
    const noAccount = await switchboard(['call', CALLEE, '--json'], accountEnv());
    expect(noAccount.code).toBe(2);
    expect(JSON.parse(noAccount.stdout)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: '--account', message: '--account: is required' } });
    const plain = await switchboard(['phones', 'list', '--bogus'], accountEnv());
    expect(plain).toMatchObject({ code: 2, stdout: '' });
    expect(plain.stderr).toMatch(/^error: unknown option '--bogus'/);
    expect(sendSips()).toEqual([]);
  });

  it('refuses --json beside --csv on every command that has --csv (exit 2), creating nothing', async () => {
    for (const args of [
      ['phones', 'list', '--csv'],
      ['history', '--csv'],
      ['phones', 'create', '--group', 'Night Desk', '--name', 'night', '--quantity', '2', '--display-num', '12025550143', '--csv'],
    ]) {
      const run = await switchboard(['--json', ...args], accountEnv());
      expect(run.code, args.join(' ')).toBe(2);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: '--csv', message: '--csv: cannot be given with --json: choose one output' } });
    }
    expect(account.requests.filter((request) => request.path === '/voice/sipAdd')).toEqual([]);
  });

  it('starts `sandbox --json` with the envelope around what it listens on', async () => {
    const sandbox = spawn(process.execPath, [BIN, '--json', 'sandbox', '--port', '0'], { env: { PATH: process.env.PATH, SWITCHBOARD_HOME: home, XDG_CACHE_HOME: join(home, 'cache') } });
    try {
      const { match } = await waitForOutput(sandbox, /^\{.*\}$/m, { name: 'switchboard sandbox', timeoutMs: RUN_DEADLINE_MS });
      expect(JSON.parse(match[0])).toEqual({ ok: true, value: { url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), apiKey: 'sandbox-key', appId: expect.any(String), faults: { fault: null, faultPath: null, latencyMs: 0 } } });
    } finally {
      await stopChild(sandbox);
    }
  });
});

describe('writes that would change nothing, and --dry-run', () => {
  const writes = () => account.requests.filter((request) => request.path === '/v3/cc/sipTrunk/update' || request.path === '/number/edit');

  it('refuses a trunk update or number edit that changes nothing (exit 2), sending nothing', async () => {
    for (const args of [
      ['trunks', 'update', '2001'],
      ['trunks', 'update', '2001', '--prefix', '9', '--gateway-ip', '198.51.100.10'],
      ['number', 'edit', '442079460958'],
      ['number', 'edit', '442079460958', '--remark', 'London office', '--in-ip', '203.0.113.21'],
    ]) {
      const run = await switchboard(args, accountEnv());
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^error: Nothing to change: (trunk 2001|number 442079460958) already has these values, so nothing was sent\./);
    }
    expect(writes()).toEqual([]);
    expect(account.state.trunks.find((trunk) => trunk.keyId === 2001)?.updateTime).toBe('2025-04-02 16:40:12');
  });

  it('prints what a trunk update or number edit would change, field: current → new, and sends nothing', async () => {
    const trunk = await switchboard(['trunks', 'update', '2001', '--gateway-ip', '198.51.100.12', '--registration', 'off', '--dry-run'], accountEnv());
    expect(trunk).toMatchObject({ code: 0, stdout: 'trunk 2001 would change:\n  gateway IP: 198.51.100.10 → 198.51.100.12\n  registration: on → off\ndry run: nothing was sent\n' });
    const number = await switchboard(['--json', 'number', 'edit', '442079460958', '--remark', 'London HQ', '--inbound-prefix', '5', '--dry-run'], accountEnv());
    expect(number.code).toBe(0);
    expect(JSON.parse(number.stdout)).toEqual({
      ok: true,
      value: {
        dryRun: true,
        target: 'number 442079460958',
        changes: [
          { field: 'inbound prefix', current: '', next: '5' },
          { field: 'remark', current: 'London office', next: 'London HQ' },
        ],
      },
    });
    expect(writes()).toEqual([]);
  });
});

describe('--dry-run on the writes that add: a call, a phone batch', () => {
  it('checks a call as main would and prints what it would send, ringing nobody and recording nothing', async () => {
    const run = await switchboard(['call', '+44 20 7946 0958', '--account', ACCOUNT, '--display-num', '+44 7700 900123', '--dry-run'], accountEnv());
    expect(run).toMatchObject({ code: 0, stdout: 'would call 442079460958 (United Kingdom) from phone 80010001, caller ID 447700900123\ndry run: nothing was sent, nobody was rung\n' });
    const bad = await switchboard(['call', '12345', '--account', ACCOUNT, '--dry-run'], accountEnv());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: CALLEE: must be 7–15 digits/);
    expect(sendSips()).toEqual([]);
    expect(JSON.parse((await switchboard(['--json', 'history'], accountEnv())).stdout).value.total).toBe(0);
  });

  it('checks a phone batch and prints what it would create, creating nothing', async () => {
    const run = await switchboard(['phones', 'create', '--group', 'Night Desk', '--name', 'night', '--quantity', '3', '--display-num', '+1 202 555 0143', '--dry-run'], accountEnv());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^would create 3 phones in group "Night Desk": night-1 … night-3, caller ID 12025550143, the profile's app\ndry run: nothing was sent/);
    expect(account.requests.filter((request) => request.path === '/voice/sipAdd')).toEqual([]);
  });
});

describe('number arguments and piped input', () => {
  it('reads the number of number edit written any common way, as call does', async () => {
    const run = await switchboard(['number', 'edit', '+44 20 7946 0958', '--remark', 'London HQ', '--dry-run'], accountEnv());
    expect(run).toMatchObject({ code: 0, stdout: 'number 442079460958 would change:\n  remark: London office → London HQ\ndry run: nothing was sent\n' });
  });

  it('takes the greeting from stdin with --greeting -, through the same checks as a file', async () => {
    const bytes = wav({ seconds: 1 });
    const run = await switchboard(['number', 'edit', '0044 20 7946 0958', '--voicemail', 'on', '--max-hangup', '60', '--greeting', '-'], accountEnv(), bytes);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^saved 442079460958: voicemail on, greeting stdin\.wav \(stdin is wav audio\), 1\.0 s$/m);
    const [edit] = account.requests.filter((request) => request.path === '/number/edit');
    expect(edit?.body).toMatchObject({ number: '442079460958', enableVoicemail: '1' });
    const notAudio = await switchboard(['number', 'edit', '442079460958', '--voicemail', 'off', '--greeting', '-'], accountEnv(), 'just some text, not audio');
    expect(notAudio.code).toBe(2);
    expect(account.requests.filter((request) => request.path === '/number/edit')).toHaveLength(1);
  });
});

describe('problems named by the option typed, all at once', () => {
  it('names every broken option by its flag (of a phone batch and a profile, all together), with a hint about options', async () => {
    const batch = await switchboard(['phones', 'create', '--group', 'ab', '--name', 'x', '--quantity', '99', '--display-num', '12'], accountEnv());
    expect(batch.code).toBe(2);
    expect(batch.stderr).toMatch(/^error: --group: [^;]+; --name: [^;]+; --quantity: must be a whole number from 1 to 50; --display-num: .+\nhint: Correct the options and run the command again\. Nothing was sent\.\n$/);

    const trunk = await switchboard(['trunks', 'update', '2001', '--gateway-ip', '198.51.100'], accountEnv());
    expect(trunk.code).toBe(2);
    expect(trunk.stderr).toMatch(/^error: --gateway-ip: must be one IP address.+\nhint: Correct the options/);

    const secret = 'with spaces in it';
    const profile = await switchboard(['profile', 'add', 'Office', '--base-url', 'http://api.example.com', '--api-key', KEY, '--app-id', 'app 1', '--secret-stdin'], {}, `${secret}\n`);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toMatch(/^error: --base-url: must use https:\/\/[^;]*; --app-id: [^;]+; API secret \(stdin or prompt\): .+\nhint: /);
    for (const run of [batch, trunk, profile]) expect(run.stderr).not.toMatch(/groupName|sipGatewayIp|apiSecret|baseUrl|highlighted/);
    expect(profile.stderr).not.toContain(secret);
    expect(account.requests.filter((request) => request.path !== '/v3/cc/sipTrunk/query')).toEqual([]);
  });
  it("reports the stricter rules, the options' own checks and left-out options in the same run as the rest", async () => {
    const trunk = await switchboard(['trunks', 'update', '2001', '--name', '', '--gateway-ip', 'not an ip', '--prefix', 'a b'], accountEnv());
    expect(trunk.code).toBe(2);
    expect(trunk.stderr).toMatch(/^error: --name: is required; --prefix: must not contain spaces; --gateway-ip: must be one IP address[^;]+\nhint: /);

    const number = await switchboard(['number', 'edit', '447700900123', '--voicemail', 'maybe', '--out-ip', '10.0.0.1;10.0.0.2', '--remark', 'x'.repeat(51)], accountEnv());
    expect(number.code).toBe(2);
    expect(number.stderr).toMatch(/^error: (?=.*--voicemail: must be on or off)(?=.*--out-ip: )(?=.*--remark: must be at most 50 characters).*\nhint: Correct the options/);

    const batch = await switchboard(['phones', 'create', '--group', 'ab', '--quantity', '0'], accountEnv());
    expect(batch.code).toBe(2);
    expect(batch.stderr).toMatch(/^error: (?=.*--group: must be 4–32 characters)(?=.*--name: is required)(?=.*--quantity: must be a whole number from 1 to 50)(?=.*--display-num: is required).*\nhint: /);

    const profile = await switchboard(['profile', 'add', 'Office', '--sip-registrar', 'sip.example.com;transport=carrier-pigeon', '--secret-stdin'], {}, `${SECRET}\n`);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toMatch(/^error: (?=.*--sip-registrar: )(?=.*--api-key: is required)(?=.*--app-id: is required).*\nhint: /);
    expect(profile.stderr).not.toContain(SECRET);

    const call = await switchboard(['call', '12'], accountEnv());
    expect(call.code).toBe(2);
    expect(call.stderr).toMatch(/^error: (?=.*CALLEE: )(?=.*--account: is required).*\nhint: /);
    const groups = await switchboard(['trunks', 'update', '2001', '--group', 'sales', '--registration', 'maybe', '--gateway-ip', '198.51.100'], accountEnv());
    expect(groups.code).toBe(2);
    expect(groups.stderr).toMatch(/^error: (?=.*--group: "sales" must be VOICEGROUPID)(?=.*--registration: must be on or off)(?=.*--gateway-ip: must be one IP address).*\nhint: /);
    expect(account.requests.filter((request) => request.path !== '/v3/cc/sipTrunk/query')).toEqual([]);
  });
});

describe('what scripts need', () => {
  it('exits 3 when the balance is under --min, so a cron job can alert on it', async () => {
    const under = await switchboard(['balance', '--min', '30'], accountEnv());
    expect(under.code).toBe(3);
    expect(under.stderr).toMatch(/^error: The balance [\d.]+ is under the minimum of 30 given with --min\./);
    expect(await switchboard(['balance', '--min', '0'], accountEnv())).toMatchObject({ code: 0 });
  });

  it('takes SWITCHBOARD_PROFILE as the twin of --profile, the flag winning when both are given', async () => {
    const unknown = await switchboard(['balance'], { SWITCHBOARD_PROFILE: 'Nowhere' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error: SWITCHBOARD_PROFILE: there is no profile named "Nowhere"');
    expect(await switchboard(['balance'], { SWITCHBOARD_PROFILE: 'Sandbox' })).toMatchObject({ code: 0, stdout: expect.stringMatching(/^balance /) });
    expect(await switchboard(['--profile', 'Sandbox', 'balance'], { SWITCHBOARD_PROFILE: 'Nowhere' })).toMatchObject({ code: 0 });
  });

  it('gives up on a silent ITNIO after --timeout seconds (exit 4) instead of the usual 15, and refuses a bad one', async () => {
    account.faults.inject({ kind: 'hang', path: '/sms/getBalance' });
    const started = Date.now();
    const slow = await switchboard(['--timeout', '1', 'balance'], accountEnv());
    expect(slow.code, slow.stderr).toBe(4);
    // A read is tried three times; at the usual 15 s each this would take more than 45 s.
    expect(Date.now() - started).toBeLessThan(15_000);
    const bad = await switchboard(['--timeout', 'soon', 'balance'], accountEnv());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error: --timeout: "soon" must be a number of seconds from 1 to 300');
  });

  it('tells a port another program holds apart from a crash: exit 4, saying so', async () => {
    const holder = createServer();
    await new Promise<void>((listening) => holder.listen(0, '127.0.0.1', listening));
    try {
      const { port } = holder.address() as { port: number };
      const taken = await switchboard(['sandbox', '--port', String(port)]);
      expect(taken.code).toBe(4);
      expect(taken.stderr).toContain(`error: Port ${port} on 127.0.0.1 is taken by another program`);
      const json = await switchboard(['--json', 'sandbox', '--port', String(port)]);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { kind: 'network' } });
    } finally {
      await new Promise((closed) => holder.close(closed));
    }
  });
});

describe('help, completion and the man page, from the commands themselves', () => {
  it('ends --help with examples, the exit codes and the environment variables', async () => {
    const help = await switchboard(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/\nExamples:\n {2}switchboard balance --min 20\n/);
    expect(help.stdout).toMatch(/\nExit codes:\n {2}0 {2}success\n(.*\n){4} {2}5 {2}authentication, clock, keychain or configuration/);
    expect(help.stdout).toMatch(/\nEnvironment:\n(.*\n)*.*SWITCHBOARD_PROFILE +the saved profile to use/);
  });

  it('completes commands, subcommands and options in bash, and writes zsh and fish scripts; refuses another shell (exit 2)', async () => {
    const script = join(home, 'switchboard.bash');
    writeFileSync(script, (await switchboard(['completion', 'bash'])).stdout);
    const complete = (...words: string[]) =>
      new Promise<string>((done, failed) =>
        execFile('bash', ['-c', `source '${script}'; COMP_WORDS=(switchboard ${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length}; _switchboard; echo "\${COMPREPLY[*]}"`], (error, stdout) =>
          error ? failed(error) : done(stdout.trim()),
        ),
      );
    expect((await complete('')).split(' ')).toEqual(expect.arrayContaining(['sandbox', 'phones', 'balance', 'completion', 'manpage', '--json']));
    expect(await complete('phones', '')).toMatch(/^create list /);
    expect(await complete('--json', 'phones', 'list', '--l')).toBe('--limit');
    expect(await complete('trunks', 'update', '2001', '--dr')).toBe('--dry-run');

    expect((await switchboard(['completion', 'zsh'])).stdout).toMatch(/^#compdef switchboard\n/);
    expect((await switchboard(['completion', 'fish'])).stdout).toContain("complete -c switchboard -n '__fish_seen_subcommand_from phones; and __fish_seen_subcommand_from list' -l limit -r");
    expect((await switchboard(['completion', 'tcsh'])).code).toBe(2);
  });

  it('prints switchboard(1) with every command, option, exit code and variable, and man reads it', async () => {
    const page = await switchboard(['manpage']);
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/^\.TH SWITCHBOARD 1 /);
    for (const section of ['.SH COMMANDS', '.SH EXAMPLES', '.SH EXIT STATUS', '.SH ENVIRONMENT', '.B trunks update', '\\-\\-dry\\-run', 'SWITCHBOARD_PROFILE']) expect(page.stdout).toContain(section);
    const file = join(home, 'switchboard.1');
    writeFileSync(file, page.stdout);
    const rendered = await new Promise<string>((done, failed) => execFile('man', ['-l', file], { env: { ...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '100' } }, (error, stdout) => (error ? failed(error) : done(stdout))));
    expect(rendered).toMatch(/EXIT STATUS/);
    expect(rendered).toMatch(/--dry-run/);
  });
});

describe('tables with headers, fitted to the terminal; fields and formats picked without jq', () => {
  /** The words of the -22 refusal that history shows, wrapped or not. */
  const REFUSAL = /Refused \(-22\)/;
  /** A history with a long line: a call the vendor refused, and one it placed. */
  async function twoCalls(): Promise<void> {
    account.faults.inject({ kind: 'status', code: '-22', path: '/voice/sendSip', times: 1 });
    expect((await switchboard(['call', CALLEE, '--account', ACCOUNT], accountEnv())).code).toBe(3);
    expect((await switchboard(['call', CALLEE, '--account', '80010002'], accountEnv())).code).toBe(0);
  }
  const TABLES: [string[], RegExp, number][] = [
    [['history'], /^TIME +PROFILE +CALLEE +COUNTRY +FROM +RESULT$/, 2],
    [['trunks', 'list'], /^ID +NAME +TYPE +STATE +GATEWAY\/WHITELIST IP +PREFIX +REGISTRATION +GROUPS +UPDATED$/, 10],
    [['numbers', 'list'], /^NUMBER +COUNTRY +TYPE +STATE +EXPIRES +VOICEMAIL +REMARK$/, 5],
    [['phones', 'list', '--limit', '5'], /^ACCOUNT +NAME +GROUP +CALLER ID$/, 5],
    [['profile', 'list'], /^ACTIVE +NAME +BASE URL +APP +KEY +SANDBOX$/, 1],
  ];

  it('puts a header over every table, and keeps every row whole on one line when piped, however wide', async () => {
    await twoCalls();
    const widest: number[] = [];
    for (const [args, header, rows] of TABLES) {
      const run = await switchboard(args, accountEnv());
      expect(run.code, run.stderr).toBe(0);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0], args.join(' ')).toMatch(header);
      expect(lines, args.join(' ')).toHaveLength(1 + rows);
      widest.push(Math.max(...lines.map((line) => stringWidth(line))));
    }
    // history and trunks are wider than a terminal, and a pipe gets them whole.
    expect(widest[0]).toBeGreaterThan(100);
    expect(widest[1]).toBeGreaterThan(150);
  });

  it('fits history, trunks and numbers to an 80-column terminal, wrapping free text and hiding the least useful columns, saying which', async () => {
    await twoCalls();
    for (const args of [['history'], ['trunks', 'list'], ['numbers', 'list']]) {
      const run = await onTerminal(80, args, accountEnv());
      expect(run.code, run.stdout).toBe(0);
      // The table's lines; a stderr note is prose the terminal wraps.
      const lines = run.stdout.trimEnd().split('\n').filter((line) => !line.startsWith('note: '));
      for (const line of lines) expect(stringWidth(line), `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
      expect(lines[0]).toMatch(/^[A-Z]+ {2}/);
      if (args[0] !== 'history') expect(run.stdout).toMatch(/^note: .+ hidden to fit the terminal's 80 columns; --fields picks what to show/m);
    }
    const history = await onTerminal(80, ['history'], accountEnv());
    // The refusal wraps under RESULT rather than leaving the screen.
    expect(history.stdout).toMatch(REFUSAL);
    expect(history.stdout.split('\n').filter((line) => /^ {20,}\S/.test(line)).length).toBeGreaterThan(0);

    const wide = await onTerminal(220, ['trunks', 'list'], accountEnv());
    expect(wide.stdout).toMatch(/^ID +NAME .+ GROUPS +UPDATED\n/m);
    expect(wide.stdout).not.toMatch(/hidden to fit/);
  });

  it('prints the fields asked for, in their order, as tsv, csv, a template or --json, every phone of 558', async () => {
    const tsv = await switchboard(['phones', 'list', '--fields', 'callerId,account', '--format', 'tsv', '--no-headers'], accountEnv());
    expect(tsv).toMatchObject({ code: 0, stderr: '' });
    const rows = tsv.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(558);
    expect(rows[0]).toBe('447700900123\t80010001');
    for (const row of rows) expect(row).toMatch(/^\d+\t\d+$/);

    const template = await switchboard(['phones', 'list', '--template', '{{account}} is {{name}}'], accountEnv());
    expect(template.stdout.trimEnd().split('\n')).toHaveLength(558);
    expect(template.stdout).toMatch(/^80010001 is desk-1$/m);

    const csv = await switchboard(['numbers', 'list', '--format', 'csv', '--fields', 'number,voicemail'], accountEnv());
    expect(csv.stdout.split('\n').slice(0, 2)).toEqual(['number,voicemail', '447700900123,on']);

    const json = await switchboard(['--json', 'trunks', 'list', '--fields', 'id,name,registration'], accountEnv());
    expect(JSON.parse(json.stdout).value[0]).toEqual({ id: 2001, name: 'LON-Out-Primary', registration: 'on' });

    const balance = await switchboard(['balance', '--template', '{{balance}}'], accountEnv());
    expect(balance.stdout).toMatch(/^\d+\.\d{2}\n$/);
    const low = await switchboard(['--json', 'balance', '--fields', 'balance,low'], accountEnv());
    expect(JSON.parse(low.stdout)).toEqual({ ok: true, value: { balance: expect.any(Number), low: false } });
  });

  it('refuses an unknown field, a template naming none and two outputs at once (exit 2), naming the option and sending nothing', async () => {
    const unknown = await switchboard(['phones', 'list', '--fields', 'account,password'], accountEnv());
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('error: --fields: "password" is not a field; the fields of phones list are account, name, group, callerId');

    const json = await switchboard(['--json', 'history', '--template', '{{nope}}'], accountEnv());
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: '--template' } });

    const none = await switchboard(['trunks', 'list', '--template', 'hello'], accountEnv());
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('error: --template: names no field') });
    const twoOutputs = await switchboard(['--json', 'trunks', 'list', '--format', 'csv'], accountEnv());
    expect(twoOutputs.code).toBe(2);
    const sheet = await switchboard(['phones', 'list', '--csv', '--fields', 'account'], accountEnv());
    expect(sheet).toMatchObject({ code: 2, stderr: expect.stringContaining('error: --csv: ') });
    expect(account.requests).toEqual([]);
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends `--json phones list --all | head -1` quietly, with exit 0 and nothing on stderr', async () => {
    const run = await piped(['--json', 'phones', 'list', '--all'], 'head -1', accountEnv());
    expect(run.stdout.trim()).toBe('{');
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it('ends `balance | true` quietly, with exit 0 and nothing on stderr', async () => {
    const run = await piped(['balance'], 'true', accountEnv());
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });
});
