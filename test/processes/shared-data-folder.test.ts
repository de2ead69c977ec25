/**
 * Several Switchboard processes on one data folder, as operators run them: the app (its services,
 * long-lived, in this test process) beside many real `switchboard` CLI processes started at once.
 * Profiles go to a real OS keychain (GNOME Keyring on a private D-Bus session, shared by every
 * process here), calls to an emulated ITNIO account on loopback whose requests are counted.
 *
 * Needs `npm run build` (npm test does it) for bin/switchboard.js.
 *
 * @module-tag processes: it spawns and kills processes (see vitest.config.mts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_CAP, HISTORY_FILE } from '../../main/features/calls/history-store';
import type { ProfilesFile } from '../../main/platform/connections/profile-store';
import { openProfileStore } from '../../main/platform/connections/profile-store';
import { createKeytarStore, KEYCHAIN_SERVICE } from '../../main/platform/secrets';
import type { Sandbox } from '../../main/sandbox';
import { environmentOf, startAccount } from '../support/account';
import { openTestApp, type TestApp } from '../support/app';
import { stopChild } from '../support/child-process';
import { startKeyring, startPrivateBus, type Keyring, type PrivateBus } from '../support/secret-service';
import { BIN, requireBuiltCli, type Run, runSwitchboard } from '../support/cli-run';

/** One CLI run, Node's start-up included, when a dozen others start on the same two cores. */
const RUN_DEADLINE_MS = 45_000;

const KEY = 'sharedKey7';
const SECRET = 'shared-secret-never-printed-3d9a';

let bus: PrivateBus | undefined;
let keyring: Keyring | undefined;
let account: Sandbox;
/** How long after a call the emulator files its record, as started; a test may change it. */
let cdrDelayMs: number;
let home: string;
let app: TestApp;

beforeAll(async () => {
  requireBuiltCli();
  bus = await startPrivateBus();
  keyring = await startKeyring(bus);
  // libsecret keeps the first session bus it connects to: this process's keychain is the private one.
  process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  account = await startAccount({ apiKey: KEY, apiSecret: SECRET });
  cdrDelayMs = account.state.cdrDelayMs;
});
afterAll(async () => {
  await account?.close();
  await keyring?.stop();
  await bus?.stop();
});
beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'sb-shared-'));
  account.faults.clear();
  account.requests.length = 0;
  account.state.balance = 1_000;
  account.state.cdrDelayMs = cdrDelayMs;
});
afterEach(async () => {
  await app?.close();
  rmSync(home, { recursive: true, force: true });
});

/** `switchboard …` as a separate process on the shared data folder and keychain; `stdin` is written, then closed. */
const switchboard = (args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> =>
  runSwitchboard(args, { home, userCache: true, stdin: options.stdin, env: { DBUS_SESSION_BUS_ADDRESS: bus!.address, ...options.env }, deadlineMs: RUN_DEADLINE_MS, maxBuffer: 64 * 1024 * 1024 });

const addProfile = (name: string) =>
  switchboard(['profile', 'add', name, '--base-url', account.url, '--api-key', KEY, '--app-id', account.state.appId, '--secret-stdin'], { stdin: `${SECRET}\n` });

/**
 * As a script follows the hint of a run told the profiles file was kept busy past its 15 s wait:
 * it tries again. Forty runs queue on one lock, each writing the keychain under it; on a loaded
 * 2-core machine the last in the queue can wait longer than that, which is the product's answer.
 */
async function addProfileRetryingBusy(name: string) {
  for (let attempt = 1; ; attempt++) {
    const run = await addProfile(name);
    if (attempt === 3 || !run.stderr.includes('kept profiles.json busy')) return run;
  }
}

const appProfile = (name: string) => ({ name, baseUrl: account.url, appId: account.state.appId, apiKey: KEY, apiSecret: SECRET });

const profilesOnDisk = (): Promise<ProfilesFile> => openProfileStore(home).read();

/** Every keychain entry of the Switchboard service, by profile id (the private keyring holds nothing else). */
async function keychainIds(): Promise<string[]> {
  const keytar = (await import('keytar')).default;
  return (await keytar.findCredentials(KEYCHAIN_SERVICE)).map((entry) => entry.account).sort();
}

/** The profiles and the keychain agree: every profile has its entry, and no entry is left without one. */
async function expectNoOrphans(): Promise<string[]> {
  const file = await profilesOnDisk();
  const ids = file.profiles.map((p) => p.id).sort();
  const entries = await keychainIds();
  expect(entries.filter((id) => !ids.includes(id)), 'keychain entries without a profile').toEqual([]);
  expect(ids.filter((id) => !entries.includes(id)), 'profiles without a keychain entry').toEqual([]);
  return file.profiles.map((p) => p.name).sort();
}

async function clearKeychain() {
  const keytar = (await import('keytar')).default;
  for (const id of await keychainIds()) await keytar.deletePassword(KEYCHAIN_SERVICE, id);
}

describe('profiles changed by the app and CLI runs at once', () => {
  beforeEach(async () => {
    await clearKeychain();
    app = await openTestApp({ home, secrets: createKeytarStore({ timeoutMs: 20_000 }) });
  });

  it('keeps a profile a CLI run added when the app saves next, and never brings back one a CLI run removed', async () => {
    expect((await app.value('profiles.list')).profiles.map((p) => p.name)).toEqual(['Sandbox']);
    const added = await addProfile('Branch');
    expect(added, added.stderr).toMatchObject({ code: 0 });

    expect((await app.call('profiles.save', appProfile('Office'))).ok).toBe(true);
    expect(await expectNoOrphans()).toEqual(['Branch', 'Office']);
    expect((await app.value('profiles.list')).profiles.map((p) => p.name)).toEqual(['Sandbox', 'Branch', 'Office']);

    expect(await switchboard(['profile', 'remove', 'Office'])).toMatchObject({ code: 0 });
    expect((await app.call('profiles.save', appProfile('Home'))).ok).toBe(true);
    expect(await expectNoOrphans()).toEqual(['Branch', 'Home']);
    expect(await switchboard(['profile', 'remove', 'Branch'])).toMatchObject({ code: 0 });
    expect(await expectNoOrphans()).toEqual(['Home']);
  });

  it('adds every profile of 40 parallel CLI runs once: each name twice at once, one wins, the other is told why', async () => {
    const names = Array.from({ length: 20 }, (_, n) => `Branch ${n + 1}`);
    const runs = await Promise.all(names.flatMap((name) => [addProfileRetryingBusy(name), addProfileRetryingBusy(name)]));
    for (const [index, name] of names.entries()) {
      const pair = [runs[2 * index]!, runs[2 * index + 1]!];
      expect(pair.map((run) => run.code).sort(), `${name}: ${pair.map((run) => run.stderr).join(' | ')}`).toEqual([0, 2]);
      expect(pair.find((run) => run.code === 2)?.stderr).toMatch(`"${name}" is already used by another profile`);
    }
    expect(await expectNoOrphans()).toEqual([...names].sort());
    for (const run of runs) expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('keeps the lists CLI runs and the app read at once whole, serves them to the app offline under their profile only, and drops them with it', async () => {
    expect((await addProfile('Office')).code).toBe(0);
    expect(await switchboard(['profile', 'use', 'Office'])).toMatchObject({ code: 0 });
    const officeId = (await profilesOnDisk()).profiles.find((p) => p.name === 'Office')!.id;
    // Six CLI runs and the app write the same kept answers at the same moment.
    const runs = await Promise.all([
      ...Array.from({ length: 3 }, () => switchboard(['--json', 'phones', 'list', '--all'])),
      ...Array.from({ length: 3 }, () => switchboard(['--json', 'balance'])),
      app.call('phones.list', { refresh: true }),
    ]);
    for (const run of runs.slice(0, 6) as Run[]) expect(run.code, run.stderr).toBe(0);
    const folder = join(home, 'last-read', officeId);
    for (const file of readdirSync(folder)) expect(() => JSON.parse(readFileSync(join(folder, file), 'utf8')), file).not.toThrow();

    // ITNIO out of reach: the app answers what was kept, marked stale; a CLI run still fails (exit 4).
    account.faults.inject({ kind: 'reset' });
    const kept = await app.value('phones.list', { refresh: true });
    expect(kept).toMatchObject({ profileId: officeId, stale: { kind: 'network' } });
    expect(kept.phones.map((phone) => phone.account)).toEqual(account.state.phones.map((phone) => phone.account));
    expect(await app.value('account.balance')).toMatchObject({ profileId: officeId, stale: { kind: 'network' } });
    expect((await switchboard(['--json', 'phones', 'list', '--all'])).code).toBe(4);

    // Another profile active (chosen by a CLI run): Office's lists are never answered for it.
    expect(await switchboard(['profile', 'use', 'Sandbox'])).toMatchObject({ code: 0 });
    expect(await app.value('phones.list', { refresh: true })).toMatchObject({ profileId: 'sandbox' });
    expect((await app.value('phones.list')).stale).toBeUndefined();

    expect(await switchboard(['profile', 'remove', 'Office'])).toMatchObject({ code: 0 });
    expect(existsSync(folder)).toBe(false);
    account.faults.clear();
  });

  it('keeps the SIP registrar each process saved with its profile while the app and CLI runs write profiles at once', async () => {
    const office = { host: 'sip.office.example', port: 5061, transport: 'tls' } as const;
    const addWithRegistrar = (name: string, address: string) =>
      switchboard(['profile', 'add', name, '--base-url', account.url, '--api-key', KEY, '--app-id', account.state.appId, '--secret-stdin', '--sip-registrar', address], { stdin: `${SECRET}\n` });
    const [saved, ...runs] = await Promise.all([
      app.call('profiles.save', { ...appProfile('Office'), registrar: office }),
      addWithRegistrar('Branch', 'pbx.branch.example:5062;transport=tcp'),
      addProfile('Warehouse'),
      addProfile('Depot'),
    ]);
    expect(saved.ok).toBe(true);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const registrars = async () => Object.fromEntries((await profilesOnDisk()).profiles.map((p) => [p.name, p.registrar]));
    expect(await registrars()).toEqual({ Office: office, Branch: { host: 'pbx.branch.example', port: 5062, transport: 'tcp' }, Warehouse: undefined, Depot: undefined });
    // The app reads what a CLI run wrote, with no restart.
    const listed = (await app.value('profiles.list')).profiles.find((p) => p.name === 'Branch');
    expect(listed?.registrar).toEqual({ host: 'pbx.branch.example', port: 5062, transport: 'tcp' });

    // The app moves Branch to TLS while CLI runs remove one profile and add another.
    const [edited, ...more] = await Promise.all([
      app.call('profiles.save', { id: listed!.id, name: 'Branch', baseUrl: account.url, appId: account.state.appId, registrar: { host: 'pbx.branch.example', port: 5061, transport: 'tls' } }),
      switchboard(['profile', 'remove', 'Depot']),
      addWithRegistrar('Annex', '10.0.0.5'),
    ]);
    expect(edited.ok).toBe(true);
    for (const run of more) expect(run.code, run.stderr).toBe(0);
    expect(await registrars()).toEqual({
      Office: office,
      Branch: { host: 'pbx.branch.example', port: 5061, transport: 'tls' },
      Warehouse: undefined,
      Annex: { host: '10.0.0.5', port: 5060, transport: 'udp' },
    });
    expect(await expectNoOrphans()).toEqual(['Annex', 'Branch', 'Office', 'Warehouse']);
  });

  it('sees the active profile a CLI run chose, with no restart', async () => {
    expect((await app.value('profiles.list')).activeId).toBe('sandbox');
    expect((await addProfile('Branch')).code).toBe(0);
    expect(await switchboard(['profile', 'use', 'Branch'])).toMatchObject({ code: 0 });
    const list = await app.value('profiles.list');
    expect(list.profiles.find((p) => p.id === list.activeId)?.name).toBe('Branch');
    expect(await app.value('account.balance')).toMatchObject({ profileId: list.activeId });
  });
});

describe('calls placed by the app and CLI runs at once', () => {
  const env = () => {
    const { apiKey, apiSecret, baseUrl, appId } = environmentOf(account);
    return { ITNIO_API_KEY: apiKey, ITNIO_API_SECRET: apiSecret, ITNIO_BASE_URL: baseUrl!, ITNIO_APP_ID: appId! };
  };
  const call = (callee: string) => switchboard(['--json', 'call', callee, '--account', PHONE], { env: env() });
  const sendSips = (callee?: string) => account.requests.filter((request) => request.path === '/voice/sendSip' && (callee === undefined || request.body.callee === callee));
  const PHONE = '80010001';

  beforeEach(async () => {
    app = await openTestApp({ home, environment: environmentOf(account) });
  });

  it('rings each callee once when two CLI runs call it from the same phone at the same moment, 4 rounds', async () => {
    // The vendor takes its time, as it does on a real network: the first run's answer is not back when the second checks.
    account.faults.inject({ kind: 'latency', ms: 800, path: '/voice/sendSip' });
    for (let round = 0; round < 4; round++) {
      const callee = `4420794609${50 + round}`;
      const runs = await Promise.all([call(callee), call(callee)]);
      expect(runs.map((run) => run.code).sort(), runs.map((run) => run.stdout + run.stderr).join(' | ')).toEqual([0, 2]);
      expect(sendSips(callee)).toHaveLength(1);
    }
  });

  it('holds a second run started 1.5 s into a call the vendor answers after 8 s, and shows the first as pending meanwhile', async () => {
    // 8 s, not 3: a busy machine can take seconds to start the second run, which must still find the first on its way.
    account.faults.inject({ kind: 'latency', ms: 8_000, path: '/voice/sendSip', times: 1 });
    const first = call('442079460958');
    await expect.poll(async () => (await app.value('calls.history')).entries[0]?.request, { timeout: RUN_DEADLINE_MS, interval: 100 }).toBe('pending');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const second = await call('442079460958');
    expect(second.code).toBe(2);
    expect(JSON.parse(second.stdout)).toMatchObject({ ok: false, error: { field: 'confirmRepeat', message: expect.stringContaining('is already being placed') } });
    expect((await first).code).toBe(0);
    expect(sendSips()).toHaveLength(1);
    expect((await app.value('calls.history')).entries.map((entry) => entry.request)).toEqual(['placed']);
  });

  it('holds the callee in every process while a call whose answer was cut off is unknown, until the app finds its record', async () => {
    account.state.cdrDelayMs = 60_000;
    // ITNIO places the call, then its answer breaks.
    account.faults.inject({ kind: 'truncated', path: '/voice/sendSip', times: 1 });
    const cut = await call('442079460123');
    expect(cut.code, cut.stderr).toBe(4);
    expect(JSON.parse(cut.stdout)).toMatchObject({ ok: false, error: { reachedItnio: 'maybe' } });
    expect((await app.value('calls.history')).entries[0]).toMatchObject({ request: 'unknown', callee: '442079460123' });

    // Seconds later and beyond the repeat window's 5 s for a placed call, from another process: held, and why.
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const again = await call('442079460123');
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: false, error: { field: 'confirmRepeat', message: expect.stringContaining('may have gone through') } });
    expect(sendSips('442079460123')).toHaveLength(1);

    // ITNIO files the call's record: the app settles it as placed, which every process then reads.
    account.state.cdrDelayMs = 0;
    expect(await app.value('calls.checkOutcomes', { all: true })).toMatchObject({ filed: 1 });
    const history = JSON.parse((await switchboard(['--json', 'history'])).stdout) as { value: { entries: { request: string; recordingId?: string }[] } };
    expect(history.value.entries[0]).toMatchObject({ request: 'placed', recordingId: account.state.calls.at(-1)!.recordingId });
  });

  it('shows a call whose CLI run was killed before ITNIO answered as unknown, not as lost', async () => {
    account.faults.inject({ kind: 'latency', ms: 20_000, path: '/voice/sendSip', times: 1 });
    const child = spawn(process.execPath, [BIN, 'call', '442079460958', '--account', PHONE], {
      env: { PATH: process.env.PATH, SWITCHBOARD_HOME: home, ...env() },
      stdio: 'ignore',
    });
    try {
      await expect.poll(async () => (await app.value('calls.history')).entries[0]?.request, { timeout: RUN_DEADLINE_MS, interval: 100 }).toBe('pending');
      child.kill('SIGKILL');
      await expect.poll(async () => (await app.value('calls.history')).entries[0]?.request, { timeout: 5_000, interval: 100 }).toBe('unknown');
    } finally {
      await stopChild(child);
    }
  });

  it('keeps every acknowledged call of 10 parallel CLI runs when one of them compacts a full history', async () => {
    // A full history: compaction is due at the next append, whichever process makes it.
    const old = (n: number) => ({ id: `old-${n}`, at: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, n)).toISOString(), profileId: 'env', profileName: 'CLI', callee: '441632960000', account: PHONE, request: 'placed', recordingId: `rec-old-${n}` });
    writeFileSync(join(home, HISTORY_FILE), Array.from({ length: HISTORY_CAP + 1_000 }, (_, n) => `${JSON.stringify(old(n))}\n`).join(''));
    const callees = Array.from({ length: 10 }, (_, n) => `4477009001${10 + n}`);
    const runs = await Promise.all(callees.map(call));
    const acknowledged = runs.map((run) => {
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as { value: { recordingId: string } }).value.recordingId;
    });
    const history = await switchboard(['--json', 'history']);
    const kept = (JSON.parse(history.stdout) as { value: { entries: { recordingId?: string }[]; total: number } }).value;
    expect(acknowledged.filter((id) => !kept.entries.some((entry) => entry.recordingId === id))).toEqual([]);
    expect(kept.total).toBeLessThanOrEqual(HISTORY_CAP + 1_000);
  });
});

describe('a profile handed to another computer as a file', () => {
  beforeEach(async () => {
    await clearKeychain();
  });

  it('exports address and settings without the key or secret, and imports them elsewhere with the credentials given there', async () => {
    const registrar = 'sip.example.com:5061;transport=tls';
    expect((await switchboard(['profile', 'add', 'Head office', '--base-url', account.url, '--api-key', KEY, '--app-id', account.state.appId, '--display-num', '+44 20 7946 0958', '--sip-registrar', registrar, '--secret-stdin'], { stdin: `${SECRET}\n` })).code).toBe(0);
    const file = join(home, 'head-office.json');
    const exported = await switchboard(['profile', 'export', 'head office', '--output', file]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(SECRET);
    expect(JSON.parse(text)).toEqual({
      kind: 'switchboard-profile',
      version: 1,
      profile: { name: 'Head office', baseUrl: account.url, appId: account.state.appId, defaultCallerId: '442079460958', registrar: { host: 'sip.example.com', port: 5061, transport: 'tls' } },
    });
    // Written once: a second export to the same file is refused, and keeps it.
    expect(await switchboard(['profile', 'export', 'Head office', '--output', file])).toMatchObject({ code: 2, stderr: expect.stringContaining(`${file} exists already; nothing was written.`) });

    // Another computer: its own data folder; the key on the command line, the secret on stdin.
    const elsewhere = mkdtempSync(join(tmpdir(), 'sb-elsewhere-'));
    try {
      const env = { SWITCHBOARD_HOME: elsewhere };
      const imported = await switchboard(['profile', 'import', file, '--api-key', KEY, '--secret-stdin'], { stdin: `${SECRET}\n`, env });
      expect(imported).toMatchObject({ code: 0, stdout: 'imported profile Head office from head-office.json (key sha…y7)\n', stderr: '' });
      const listed = JSON.parse((await switchboard(['--json', 'profile', 'list'], { env })).stdout) as { value: { profiles: { name: string; registrar?: unknown; defaultCallerId?: string }[] } };
      expect(listed.value.profiles.find((profile) => profile.name === 'Head office')).toMatchObject({ defaultCallerId: '442079460958', registrar: { host: 'sip.example.com', port: 5061, transport: 'tls' } });
      // The credentials it was given work: a signed request goes through.
      expect((await switchboard(['profile', 'test', 'Head office'], { env })).code).toBe(0);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('refuses a file that carries a credential, or lacks the key to go with it, saving nothing', async () => {
    const file = join(home, 'tampered.json');
    const profile = { name: 'Branch', baseUrl: account.url, appId: account.state.appId };
    writeFileSync(file, JSON.stringify({ kind: 'switchboard-profile', version: 1, profile: { ...profile, apiSecret: SECRET } }));
    const tampered = await switchboard(['profile', 'import', file, '--api-key', KEY, '--secret-stdin'], { stdin: `${SECRET}\n` });
    expect(tampered).toMatchObject({ code: 2, stdout: '' });
    expect(tampered.stderr).toContain('tampered.json holds a credential (profile.apiSecret); a profile file never carries one, so nothing was imported.');
    expect(tampered.stderr).not.toContain(SECRET);

    writeFileSync(file, JSON.stringify({ kind: 'switchboard-profile', version: 1, profile: { ...profile, baseUrl: 'ftp://example.com' } }));
    const both = await switchboard(['profile', 'import', file, '--secret-stdin'], { stdin: `${SECRET}\n` });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^error: baseUrl in tampered\.json: .*; --api-key: is required/);
    expect((await profilesOnDisk()).profiles).toEqual([]);
    expect(await keychainIds()).toEqual([]);
  });
});
