/**
 * @module-tag processes: it spawns and kills real CLI processes (see vitest.config.mts).
 *
 * The hostile vendor (design.md, testing ladder step 8; issue 15): the built `switchboard` CLI
 * against a loopback server that speaks like ITNIO but answers endless, huge, misshapen, escaped
 * and dripping bodies. Every case bounds the time, the memory (the child's resident set, read from
 * /proc while it runs) and the requests sent, and checks the exit code and what was printed: an
 * answer the client cannot trust is a `server` error (exit 4) with an operator's message, never a
 * crash (exit 1), never junk shown as a success, never a terminal escape printed raw.
 * The vendor's other documented shapes (voiceGroupId, status as a number, data as an array,
 * numbers as strings) are read as what they are.
 *
 * Linux only (/proc). Needs `npx electron-vite build` first, for out/main/cli.js. One child at a time.
 * SWITCHBOARD_TEST_BIN may name another launcher (e.g. a copy of an older build) to run the suite against;
 * HOSTILE_VENDOR_VERBOSE=1 prints every run (exit, time, peak memory, requests, output cut and escaped).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stopChild } from '../support/child-process';
import {
  drip,
  endless,
  json,
  jsonOf,
  numberRecord,
  page,
  phone,
  raw,
  startHostileVendor,
  success,
  trunkRecord,
  type HostileVendor,
} from '../support/hostile-vendor';
import { useTempDirs } from '../support/temp-dirs';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = process.env.SWITCHBOARD_TEST_BIN ? resolve(process.env.SWITCHBOARD_TEST_BIN) : join(ROOT, 'bin/switchboard.js');

const MB = 1024 * 1024;
/** A child past this much resident memory is killed on the spot (the test then fails): the machine must survive the old client. */
const KILL_RSS_BYTES = 1536 * MB;
/** The client's own deadline for one attempt (main/platform/itnio/client.ts). */
const CLIENT_TIMEOUT_MS = 15_000;
/** A refused answer is refused at once: well inside the client's deadline, Node's start-up on a busy machine included. */
const QUICK_MS = 12_000;
/** The most output kept of a stream; the rest is only counted. */
const KEEP_BYTES = 16 * MB;

const PATHS = {
  balance: '/sms/getBalance',
  phones: '/voice/sipQuery',
  numbers: '/number/queryPage',
  trunks: '/v3/cc/sipTrunk/query',
  call: '/voice/sendSip',
} as const;

/** Characters that must never reach a terminal raw: C0 controls but tab and line ends, DEL, C1, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const STACK_LINE = /^\s+at /m;

let vendor: HostileVendor;
const tempDir = useTempDirs('sb-hostile-');
let home = '';
let running: ReturnType<typeof spawn> | undefined;

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing.`);
  if (!process.env.SWITCHBOARD_TEST_BIN && !existsSync(join(ROOT, 'out/main/cli.js'))) throw new Error('out/main/cli.js is missing: run `npx electron-vite build` first.');
  vendor = await startHostileVendor();
});
afterEach(async () => {
  await stopChild(running, 1_000);
  running = undefined;
  vendor.reset();
  home = '';
});
afterAll(async () => {
  await stopChild(running, 1_000);
  await vendor?.close();
});

interface Run {
  args: string[];
  /** Null when the child was killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Every byte printed, kept or not. */
  stdoutBytes: number;
  stderrBytes: number;
  /** A control or bidi character (CONTROL) was printed somewhere on that stream, kept or not. */
  stdoutControl: boolean;
  stderrControl: boolean;
  /** The highest resident set seen (VmHWM), in bytes. */
  peakRssBytes: number;
  ms: number;
  /** Why the test killed the child, when it did. */
  stopped?: string;
}

interface RunOptions {
  /** Killed after this long (the test then fails on `stopped`). */
  deadlineMs?: number;
  /** Polled with the memory: a reason to kill the child now, or undefined. */
  stopWhen?: () => string | undefined;
}

/** The resident set of `pid` now and at its peak, in bytes, from /proc (undefined once it is gone). */
function memoryOf(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/**
 * `switchboard ARGS` as its own process against the hostile vendor (automation credentials from the
 * environment, a fresh data folder per test), its memory read every 50 ms. Resolves when it exits;
 * kills it when it passes KILL_RSS_BYTES, its deadline or `stopWhen`.
 */
function switchboard(args: string[], options: RunOptions = {}): Promise<Run> {
  const { deadlineMs = 40_000, stopWhen } = options;
  home ||= tempDir();
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    env: {
      PATH: process.env.PATH,
      SWITCHBOARD_HOME: home,
      ITNIO_API_KEY: 'hostileKey1',
      ITNIO_API_SECRET: 'hostile-secret-never-printed',
      ITNIO_BASE_URL: vendor.url,
      ITNIO_APP_ID: 'app-hostile',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running = child;
  const streams = {
    stdout: { kept: [] as Buffer[], bytes: 0, control: false },
    stderr: { kept: [] as Buffer[], bytes: 0, control: false },
  };
  const collect = (name: keyof typeof streams) => (chunk: Buffer) => {
    const stream = streams[name];
    if (stream.bytes < KEEP_BYTES) stream.kept.push(chunk.subarray(0, KEEP_BYTES - stream.bytes));
    stream.bytes += chunk.length;
    // ESC, NUL and the other C0 bytes are whole in any chunk; a character cut between chunks is checked again in the kept text.
    stream.control ||= CONTROL.test(chunk.toString('utf8'));
  };
  child.stdout.on('data', collect('stdout'));
  child.stderr.on('data', collect('stderr'));

  let peak = 0;
  let stopped: string | undefined;
  const stop = (why: string) => {
    if (stopped) return;
    stopped = why;
    void stopChild(child, 500);
  };
  const poll = setInterval(() => {
    const memory = child.pid === undefined ? undefined : memoryOf(child.pid);
    if (memory) peak = Math.max(peak, memory.peak, memory.rss);
    if (memory && memory.rss > KILL_RSS_BYTES) stop(`killed by the test: its resident memory passed ${mb(KILL_RSS_BYTES)} (${mb(memory.rss)})`);
    else if (performance.now() - started > deadlineMs) stop(`killed by the test: it did not finish within ${deadlineMs} ms`);
    else {
      const why = stopWhen?.();
      if (why) stop(`killed by the test: ${why}`);
    }
  }, 50);

  return new Promise((done, failed) => {
    child.on('error', (error) => {
      clearInterval(poll);
      failed(error);
    });
    // 'close': the exit and the last of both pipes.
    child.on('close', (code, signal) => {
      clearInterval(poll);
      if (running === child) running = undefined;
      const text = (name: keyof typeof streams) => Buffer.concat(streams[name].kept).toString('utf8');
      const run: Run = {
        args,
        code,
        signal,
        stdout: text('stdout'),
        stderr: text('stderr'),
        stdoutBytes: streams.stdout.bytes,
        stderrBytes: streams.stderr.bytes,
        stdoutControl: streams.stdout.control || CONTROL.test(text('stdout')),
        stderrControl: streams.stderr.control || CONTROL.test(text('stderr')),
        peakRssBytes: peak,
        ms: Math.round(performance.now() - started),
        ...(stopped ? { stopped } : {}),
      };
      if (process.env.HOSTILE_VENDOR_VERBOSE) console.info(described(run));
      done(run);
    });
  });
}

const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** A run in a few lines, escaped and cut, for assertion messages: the test's own output must not carry the vendor's escapes or megabytes. */
function described(run: Run): string {
  const cut = (text: string, bytes: number) => `${JSON.stringify(text.slice(0, 600))}${bytes > 600 ? ` … (${bytes} bytes)` : ''}`;
  return [
    `switchboard ${run.args.join(' ')}: ${run.stopped ?? `exit ${run.code ?? run.signal}`} after ${run.ms} ms, peak resident ${mb(run.peakRssBytes)}, ${vendor.requests()} requests`,
    `stdout ${cut(run.stdout, run.stdoutBytes)}`,
    `stderr ${cut(run.stderr, run.stderrBytes)}`,
  ].join('\n');
}

/** Ended on its own, within `withinMs`, with `code`; nothing raw on the terminal, no stack trace. */
function expectExit(run: Run, code: number | number[], withinMs = QUICK_MS): void {
  const report = described(run);
  expect(run.stopped, report).toBeUndefined();
  expect(Array.isArray(code) ? code : [code], report).toContain(run.code);
  expect(run.ms, report).toBeLessThan(withinMs);
  expect(run.stdoutControl, `control characters on stdout\n${report}`).toBe(false);
  expect(run.stderrControl, `control characters on stderr\n${report}`).toBe(false);
  expect(run.stderr, report).not.toMatch(STACK_LINE);
}

/** A `server` error (exit 4) said on stderr in words matching `message`, in bounded time. */
function expectServerError(run: Run, message: RegExp, withinMs = QUICK_MS): void {
  expectExit(run, 4, withinMs);
  expect(run.stderr, described(run)).toMatch(message);
  expect(run.stderrBytes, described(run)).toBeLessThan(4_096);
}

/** Under --json: stdout is one JSON document saying a `server` error whose message matches `message`. */
function expectJsonServerError(run: Run, message: RegExp, withinMs = QUICK_MS): void {
  expectExit(run, 4, withinMs);
  let document: unknown;
  expect(() => (document = JSON.parse(run.stdout)), described(run)).not.toThrow();
  expect(document, described(run)).toMatchObject({ ok: false, error: { kind: 'server', message: expect.stringMatching(message) } });
  expect(run.stdoutBytes, described(run)).toBeLessThan(4_096);
}

function expectPeakBelow(run: Run, bytes: number): void {
  expect(run.peakRssBytes, described(run)).toBeGreaterThan(0);
  expect(run.peakRssBytes, `peak resident memory over ${mb(bytes)}\n${described(run)}`).toBeLessThan(bytes);
}

/** Total size of the files under `dir`. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : entry.isFile() ? statSync(path).size : 0);
  }, 0);
}

const TOO_LARGE = /too large|larger than/i;
const PAGES = /pages/i;
const SHAPE = /shape|not .*expected|unexpected answer/i;
const TIMEOUT = /did not answer within|time(d)? ?out/i;

describe('unbounded answers', () => {
  it('gives up on an endless body with exit 4, its memory bounded', async () => {
    vendor.on(PATHS.phones, endless('{"status":"0","data":{"records":[', `{"a":"${'x'.repeat(1_000)}"},`));
    const run = await switchboard(['phones', 'list'], { deadlineMs: 30_000 });
    expectPeakBelow(run, 400 * MB);
    expectServerError(run, TOO_LARGE, 20_000);
  });

  it('refuses a complete 50 MB answer with exit 4, saying it was too large, its memory bounded', async () => {
    const records = Array.from({ length: 100_000 }, (_, n) => phone(n, { groupName: `group ${'g'.repeat(300)}`, phoneName: `desk-${n}-${'p'.repeat(60)}` }));
    const body = Buffer.from(JSON.stringify(success(page(records, { size: 100_000 }))), 'utf8');
    expect(body.length).toBeGreaterThan(45 * MB);
    vendor.on(PATHS.phones, raw(body));
    const run = await switchboard(['phones', 'list']);
    expectPeakBelow(run, 300 * MB);
    expectServerError(run, TOO_LARGE);
  });
});

describe('unbounded paging', () => {
  /** Every page says 1e9 pages where total and size make one. */
  const disagreeing = (record: (n: number) => unknown) =>
    jsonOf(({ body }) => success(page(Array.from({ length: 20 }, (_, n) => record(n)), { total: 20, size: 20, pages: 1e9, current: currentOf(body) })));
  const pagedCommands = [
    { command: 'phones list --all', path: PATHS.phones, answer: disagreeing(phone) },
    { command: 'numbers list', path: PATHS.numbers, answer: disagreeing(numberRecord) },
    { command: 'trunks list --all', path: PATHS.trunks, answer: disagreeing((n) => trunkRecord(n + 1)) },
  ];

  it.each(pagedCommands)('$command: stops at the first page when `pages` disagrees with total and size (pages 1e9, total 20, size 20)', async ({ command, path, answer }) => {
    vendor.on(path, answer);
    const run = await switchboard(command.split(' '), { stopWhen: () => (vendor.requests(path) > 200 ? `it sent more than 200 requests to ${path}` : undefined) });
    expectServerError(run, PAGES);
    expect(vendor.requests(path), described(run)).toBeLessThanOrEqual(5);
  });

  it('refuses a consistent but enormous list (total 1e9, pages 1e7, size 100) after a handful of requests', async () => {
    vendor.on(PATHS.phones, jsonOf(({ body }) => {
      const current = currentOf(body);
      return success(page(Array.from({ length: 100 }, (_, n) => phone((current - 1) * 100 + n)), { total: 1e9, size: 100, pages: 1e7, current }));
    }));
    // Stopped long before the millionth request.
    const run = await switchboard(['phones', 'list', '--all'], { stopWhen: () => (vendor.requests(PATHS.phones) > 200 ? 'it sent more than 200 sipQuery requests' : undefined) });
    expectServerError(run, PAGES);
    expect(vendor.requests(PATHS.phones), described(run)).toBeLessThanOrEqual(5);
  });
});

/** The page a paged request asked for. */
function currentOf(body: unknown): number {
  const current = (body as { current?: unknown } | undefined)?.current;
  return typeof current === 'number' ? current : 1;
}

describe('wrong shapes with status 0', () => {
  const shapes = {
    'records: "nope"': success({ total: 1, size: 20, current: 1, pages: 1, records: 'nope' }),
    'records: [null, 5, "x"]': success({ total: 3, size: 20, current: 1, pages: 1, records: [null, 5, 'x'] }),
    'data: "x"': success('x'),
  };
  const cases = Object.entries(shapes).flatMap(([shape, answer]) => [
    { shape, answer, command: 'phones list', path: PATHS.phones, args: ['phones', 'list'] },
    { shape, answer, command: 'numbers list', path: PATHS.numbers, args: ['numbers', 'list'] },
    { shape, answer, command: 'trunks list --json', path: PATHS.trunks, args: ['trunks', 'list', '--json'] },
  ]);

  it.each(cases)('$command: $shape is a server error (exit 4) about the shape', async ({ answer, path, args }) => {
    vendor.on(path, json(answer));
    const run = await switchboard(args);
    if (args.includes('--json')) expectJsonServerError(run, SHAPE);
    else expectServerError(run, SHAPE);
  });

  it('trunks list --json: a trunk whose keyId is "abc" is a server error (exit 4), not a row with a null id', async () => {
    vendor.on(PATHS.trunks, json(success(page([trunkRecord(1), trunkRecord(2, { keyId: 'abc' })]))));
    const run = await switchboard(['trunks', 'list', '--json']);
    expectJsonServerError(run, SHAPE);
  });

  it('phones list: an answer nested 200 000 arrays deep inside data is a server error (exit 4), no crash', async () => {
    const depth = 200_000;
    vendor.on(PATHS.phones, raw(`{"status":"0","reason":"success","data":{"total":1,"size":20,"current":1,"pages":1,"records":${'['.repeat(depth)}${']'.repeat(depth)}}}`));
    const run = await switchboard(['phones', 'list']);
    expectServerError(run, SHAPE);
  });

  it('trunks list --json: an answer nested 200 000 arrays deep inside data is a server error (exit 4), no crash', async () => {
    const depth = 200_000;
    vendor.on(PATHS.trunks, raw(`{"status":"0","reason":"success","data":${'['.repeat(depth)}${']'.repeat(depth)}}`));
    const run = await switchboard(['trunks', 'list', '--json']);
    expectJsonServerError(run, SHAPE);
  });

  it('balance: a body of 200 000 nested arrays is a server error (exit 4), no crash', async () => {
    const depth = 200_000;
    vendor.on(PATHS.balance, raw(`${'['.repeat(depth)}${']'.repeat(depth)}`));
    const run = await switchboard(['balance']);
    expectServerError(run, /ITNIO result|status|shape/i);
  });
});

describe('escapes in the vendor strings', () => {
  const hostileNames = [
    phone(1, { groupName: 'Sales\u001b[2J\u001b[H', phoneName: 'desk\u0000one' }),
    phone(2, { groupName: 'Support\u202eevil', phoneName: 'desk\u001b]0;pwned\u0007two' }),
    phone(3, { groupName: 'Plain', phoneName: 'desk-three', displayNum: '44207946\u001b[31m0000' }),
  ];

  it('phones list prints the rows with no escape, NUL or bidi override (exit 0)', async () => {
    vendor.on(PATHS.phones, json(success(page(hostileNames, { size: 20 }))));
    const run = await switchboard(['phones', 'list']);
    expectExit(run, 0);
    for (const account of ['80010001', '80010002', '80010003']) expect(run.stdout, described(run)).toContain(account);
  });

  it('phones list --csv writes the sheet with no escape, NUL or bidi override (exit 0)', async () => {
    vendor.on(PATHS.phones, json(success(page(hostileNames, { size: 100 }))));
    const run = await switchboard(['phones', 'list', '--csv']);
    expectExit(run, 0);
    for (const account of ['80010001', '80010002', '80010003']) expect(run.stdout, described(run)).toContain(account);
  });
});

describe('a hostile recording id', () => {
  /** `rec-`, escapes (a window title, a cleared screen), `size` digits, escapes again. */
  const hostileId = (size: number) => `rec-\u001b]0;pwned\u0007\u001b[2J${'7'.repeat(size)}\u001b]0;pwned\u0007`;

  // 1 MB: past any sane body cap. 200 KB: inside one, so the id itself has to be refused.
  it.each([
    { what: '1 MB', size: MB },
    { what: '200 KB', size: 200 * 1024 },
  ])('does not report a $what id full of terminal escapes as a placed call, nor store it in the history', async ({ size }) => {
    vendor.on(PATHS.call, json(success(hostileId(size))));
    const call = await switchboard(['call', '442079460958', '--account', '8001']);
    expectServerError(call, /recording id|shape|larger than|too (long|large)/i);
    expect(vendor.requests(PATHS.call), 'sent once, never retried').toBe(1);

    const text = await switchboard(['history']);
    expectExit(text, 0);
    expect(text.stdoutBytes, described(text)).toBeLessThan(100 * 1024);
    const history = await switchboard(['--json', 'history']);
    expectExit(history, 0);
    const entries = (JSON.parse(history.stdout) as { value: { entries: { recordingId?: string }[] } }).value.entries;
    expect(entries.filter((entry) => (entry.recordingId?.length ?? 0) > 1_000)).toEqual([]);
    expect(history.stdoutBytes, described(history)).toBeLessThan(100 * 1024);
    expect(folderBytes(home), 'the data folder').toBeLessThan(100 * 1024);
  });
});

describe('status abuse', () => {
  // 1 MB: past any sane body cap. 200 KB: inside one, so the status itself has to be refused.
  it.each([
    { what: '1 MB', size: MB },
    { what: '200 KB', size: 200 * 1024 },
  ])('a status of $what of digits is not a success and is not printed whole (exit 3 or 4)', async ({ size }) => {
    vendor.on(PATHS.balance, raw(`{"status":"${'9'.repeat(size)}","reason":"x","balance":"10.00","gift":"0","credit":"0"}`));
    const run = await switchboard(['balance']);
    expectExit(run, [3, 4]);
    expect(run.stdout, described(run)).not.toMatch(/balance 10/);
    expect(run.stderrBytes + run.stdoutBytes, described(run)).toBeLessThan(4_096);
  });

  it('a status of "0" and an escape is not a success, and the escape is not printed (exit 3 or 4)', async () => {
    vendor.on(PATHS.balance, json({ status: '0\u001b[2J', reason: 'success\u001b]0;pwned\u0007', balance: '10.00', gift: '0', credit: '0' }));
    const run = await switchboard(['balance']);
    expectExit(run, [3, 4]);
    expect(run.stdout, described(run)).not.toMatch(/balance 10/);
  });
});

describe('a slow drip', () => {
  it('gives up at the client deadline when a valid answer comes one byte a second (exit 4)', async () => {
    vendor.on(PATHS.balance, drip(JSON.stringify({ status: '0', reason: 'success', balance: '10.00', gift: '0.00', credit: '0.00' })));
    const run = await switchboard(['balance'], { deadlineMs: 30_000 });
    expectServerOrTimeout(run);
    expect(run.ms, described(run)).toBeGreaterThanOrEqual(CLIENT_TIMEOUT_MS - 1_000);
    expect(vendor.requests(PATHS.balance), 'a timeout is not retried').toBe(1);
  });
});

/** The drip ends in the client's timeout: exit 4, said as such, within 30 s. */
function expectServerOrTimeout(run: Run): void {
  expectExit(run, 4, 30_000);
  expect(run.stderr, described(run)).toMatch(TIMEOUT);
}

describe("the vendor's other documented shapes", () => {
  it('trunks list --json reads groupList ids given as voiceGroupId', async () => {
    const voiceGroups = (n: number) => [
      { voiceGroupId: 100 + n, groupName: `agents-${n}`, number: '' },
      { voiceGroupId: 200 + n, groupName: `overflow-${n}`, number: '' },
    ];
    vendor.on(PATHS.trunks, json(success(page([trunkRecord(1, { groupList: voiceGroups(1) }), trunkRecord(2, { groupList: voiceGroups(2) })]))));
    const run = await switchboard(['trunks', 'list', '--json']);
    expectExit(run, 0);
    const { records } = (JSON.parse(run.stdout) as { value: { records: { keyId: number; groupList: { groupId?: unknown; voiceGroupId?: unknown }[] }[] } }).value;
    const ids = records.map((record) => [record.keyId, record.groupList.map((group) => group.groupId ?? group.voiceGroupId)]);
    expect(ids, described(run)).toEqual([
      [1, [101, 201]],
      [2, [102, 202]],
    ]);
  });

  it('reads a status given as the number 0', async () => {
    vendor.on(PATHS.balance, json({ status: 0, reason: 'success', balance: '12.50', gift: '1.00', credit: '0.00' }));
    const balance = await switchboard(['balance']);
    expectExit(balance, 0);
    expect(balance.stdout, described(balance)).toMatch(/balance 12\.50/);

    vendor.on(PATHS.phones, json({ status: 0, reason: 'success', data: page([phone(1), phone(2)], { size: 20 }) }));
    const phones = await switchboard(['phones', 'list']);
    expectExit(phones, 0);
    expect(phones.stdout, described(phones)).toMatch(/80010001[\s\S]*80010002/);
  });

  it('reads paged data given as a bare array of records as one page', async () => {
    vendor.on(PATHS.phones, json(success([phone(1), phone(2), phone(3)])));
    for (const args of [['phones', 'list'], ['phones', 'list', '--all']]) {
      const run = await switchboard(args);
      expectExit(run, 0);
      // The header and the three phones, nothing more.
      expect(run.stdout, described(run)).toMatch(/^ACCOUNT .+\n80010001 .+\n80010002 .+\n80010003 .+\n$/);
    }
    vendor.on(PATHS.numbers, json(success([numberRecord(1), numberRecord(2)])));
    const numbers = await switchboard(['numbers', 'list']);
    expectExit(numbers, 0);
    expect(numbers.stdout, described(numbers)).toMatch(/442079460101[\s\S]*442079460102/);
  });

  it('reads numbers given as numeric strings ("total": "3")', async () => {
    const strings = { total: '3', size: '100', current: '1', pages: '1' };
    vendor.on(PATHS.phones, json(success(page([phone(1), phone(2), phone(3)], strings))));
    const phones = await switchboard(['--json', 'phones', 'list', '--limit', '2']);
    expectExit(phones, 0);
    expect(JSON.parse(phones.stdout).value, described(phones)).toMatchObject({ total: 3, phones: [{ account: '80010001' }, { account: '80010002' }] });

    const trunks = [trunkRecord(7, { keyId: '7', groupList: [{ groupId: '104', groupName: 'agents', number: '' }] }), trunkRecord(8), trunkRecord(9)];
    vendor.on(PATHS.trunks, json(success(page(trunks, strings))));
    const listed = await switchboard(['trunks', 'list', '--json']);
    expectExit(listed, 0);
    const value = (JSON.parse(listed.stdout) as { value: { total: unknown; pages: unknown; records: { keyId: unknown; groupList: { groupId?: unknown; voiceGroupId?: unknown }[] }[] } }).value;
    expect(value, described(listed)).toMatchObject({ total: 3, pages: 1 });
    expect(value.records.map((record) => record.keyId)).toEqual([7, 8, 9]);
    expect(value.records[0]?.groupList.map((group) => group.groupId ?? group.voiceGroupId)).toEqual([104]);
  });
});
