/**
 * The real keytar store against a real Secret Service: GNOME Keyring on a private D-Bus session bus
 * that belongs to this test process (see secret-service.ts). Nothing is skipped: if the daemons
 * cannot start, beforeAll fails with the reason and the packages to install.
 *
 * GDBus keeps the first bus it connects to for the life of the process, so this process only ever
 * talks to the private bus with the keyring; every "no keychain" case runs the store in a child
 * process (store-child.mts) with its own environment.
 *
 * @module-tag processes: it spawns and kills processes (see vitest.config.mts).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError, Result } from '../../contract/result';
import { createKeytarStore, KEYCHAIN_SERVICE, type ApiCredentials, type KeytarApi, type SecretStore } from '../../main/platform/secrets';
import { startKeyring, startPrivateBus, type Keyring, type PrivateBus } from '../support/secret-service';

const runFile = promisify(execFile);
const CHILD = join(import.meta.dirname, 'store-child.mts');

/** Fresh random values for every run: nothing in these tests is a real credential. */
const fake = (label: string): ApiCredentials => ({
  apiKey: `${label}-key-${randomBytes(6).toString('hex')}`,
  apiSecret: `${label}-secret-${randomBytes(12).toString('hex')}`,
});
/** Profile ids unique to this run, so a rerun can never read an old entry. */
const run = randomBytes(4).toString('hex');
const profile = (name: string) => `${name}-${run}`;

/** Compares without ever putting a secret into an assertion message. */
function expectCredentials(result: Result<ApiCredentials | undefined>, expected: ApiCredentials) {
  if (!result.ok) expect.fail(`expected credentials, got a ${result.error.kind} error: ${result.error.message}`);
  expect(result.value, 'credentials were found').toBeDefined();
  expect(result.value?.apiKey === expected.apiKey, 'the API key came back unchanged').toBe(true);
  expect(result.value?.apiSecret === expected.apiSecret, 'the API secret came back unchanged').toBe(true);
}

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected ok, got a ${result.error.kind} error: ${result.error.message}`);
  return result.value;
}

function expectUnavailable(result: Result<unknown>, reason: RegExp, secrets: string[]): AppError {
  if (result.ok) expect.fail('expected a keychain error, got ok');
  const { error } = result;
  expect(error.kind).toBe('keychain');
  expect(error.message).toMatch(/OS keychain is unavailable/);
  expect(error.message).toMatch(reason);
  expect(error.hint).toMatch(/install and unlock a Secret Service keyring such as GNOME Keyring .*or KWallet/);
  const text = JSON.stringify(error);
  for (const secret of secrets) expect(text.includes(secret), 'no secret in the error').toBe(false);
  return error;
}

let bus: PrivateBus | undefined;
let keyring: Keyring | undefined;
let store: SecretStore;
let keytar: KeytarApi;
const previousAddress = process.env.DBUS_SESSION_BUS_ADDRESS;

beforeAll(async () => {
  bus = await startPrivateBus();
  keyring = await startKeyring(bus);
  // Before keytar's first call: from here on libsecret in this process talks only to our bus.
  process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  store = createKeytarStore({ timeoutMs: 20_000 });
  const loaded = (await import('keytar')) as unknown as KeytarApi & { default?: KeytarApi };
  keytar = loaded.default ?? loaded;
});

afterAll(async () => {
  await keyring?.stop();
  await bus?.stop();
  if (previousAddress === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
  else process.env.DBUS_SESSION_BUS_ADDRESS = previousAddress;
});

/** Items in the keyring for (service, account), counted by the Secret Service itself. */
async function countItems(account: string): Promise<number> {
  const reply = await bus!.send(
    'org.freedesktop.secrets',
    '/org/freedesktop/secrets',
    'org.freedesktop.Secret.Service.SearchItems',
    `dict:string:string:service,${KEYCHAIN_SERVICE},account,${account}`,
  );
  return (reply.match(/object path "/g) ?? []).length;
}

describe('keytar store against GNOME Keyring', () => {
  it('saves, reads back and deletes one profile', async () => {
    const id = profile('round-trip');
    const credentials = fake('round-trip');
    expect(expectOk(await store.get(id))).toBeUndefined();
    expectOk(await store.set(id, credentials));
    expectCredentials(await store.get(id), credentials);
    // A fresh store (as after a restart) reads the same entry.
    expectCredentials(await createKeytarStore().get(id), credentials);
    expect(expectOk(await store.delete(id))).toBe(true);
    expect(expectOk(await store.get(id))).toBeUndefined();
  });

  it('keeps one entry per profile, service Switchboard, key and secret together as versioned JSON', async () => {
    const id = profile('layout');
    const credentials = fake('layout');
    expectOk(await store.set(id, credentials));
    expect(await countItems(id)).toBe(1);
    const raw = await keytar.getPassword(KEYCHAIN_SERVICE, id);
    expect(raw, 'the entry is filed under service Switchboard, account = profile id').not.toBeNull();
    const parsed = JSON.parse(raw!) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(['apiKey', 'apiSecret', 'v']);
    expect(parsed.v).toBe(1);
    expect(parsed.apiKey === credentials.apiKey && parsed.apiSecret === credentials.apiSecret, 'both values in the one entry').toBe(true);
    expectOk(await store.delete(id));
    expect(await countItems(id)).toBe(0);
  });

  it('keeps two profiles apart', async () => {
    const [a, b] = [profile('profile-a'), profile('profile-b')];
    const [first, second] = [fake('a'), fake('b')];
    expectOk(await store.set(a, first));
    expectOk(await store.set(b, second));
    expectCredentials(await store.get(a), first);
    expectCredentials(await store.get(b), second);
    expect(expectOk(await store.delete(a))).toBe(true);
    expect(expectOk(await store.get(a))).toBeUndefined();
    expectCredentials(await store.get(b), second);
    expectOk(await store.delete(b));
  });

  it('overwrites an entry in place instead of adding a second one', async () => {
    const id = profile('overwrite');
    const [before, after] = [fake('before'), fake('after')];
    expectOk(await store.set(id, before));
    expectOk(await store.set(id, after));
    expectCredentials(await store.get(id), after);
    expect(await countItems(id)).toBe(1);
    expectOk(await store.delete(id));
  });

  it('answers false, not an error, when deleting an entry that does not exist', async () => {
    const id = profile('never-saved');
    expect(expectOk(await store.delete(id))).toBe(false);
    expectOk(await store.set(id, fake('twice')));
    expect(expectOk(await store.delete(id))).toBe(true);
    expect(expectOk(await store.delete(id))).toBe(false);
  });

  it('round-trips unicode, quotes, newlines and a NUL character exactly', async () => {
    const id = profile('unicode-Ünïcødé-профиль');
    const credentials = {
      apiKey: `ключ-${randomBytes(4).toString('hex')}-🔑`,
      apiSecret: `秘密-"quoted"\\back\nline\ttab\u0000nul-🎧-${randomBytes(8).toString('hex')}`,
    };
    expectOk(await store.set(id, credentials));
    expectCredentials(await store.get(id), credentials);
    expect(expectOk(await store.delete(id))).toBe(true);
  });

  it('handles concurrent saves and reads of different profiles', async () => {
    const ids = [1, 2, 3, 4].map((n) => profile(`parallel-${n}`));
    const values = ids.map((id) => fake(id));
    await Promise.all(ids.map(async (id, i) => expectOk(await store.set(id, values[i]!))));
    const read = await Promise.all(ids.map((id) => store.get(id)));
    read.forEach((result, i) => expectCredentials(result, values[i]!));
    await Promise.all(ids.map(async (id) => expect(expectOk(await store.delete(id))).toBe(true)));
  });

  it('reports an entry it did not write as damaged, without echoing its contents', async () => {
    const id = profile('damaged');
    const junk = `plain-text-${randomBytes(8).toString('hex')}`;
    await keytar.setPassword(KEYCHAIN_SERVICE, id, junk);
    const result = await store.get(id);
    if (result.ok) expect.fail('a non-JSON entry must not read as credentials');
    expect(result.error.kind).toBe('keychain');
    expect(result.error.message).toMatch(/damaged/);
    expect(JSON.stringify(result.error).includes(junk)).toBe(false);
    // The operator's fix (entering the credentials again) replaces it.
    const credentials = fake('repaired');
    expectOk(await store.set(id, credentials));
    expectCredentials(await store.get(id), credentials);
    expectOk(await store.delete(id));
  });
});

/** Runs get, set and delete in a fresh process with exactly this environment. */
async function storeInChild(env: Record<string, string | undefined>, credentials: ApiCredentials) {
  const { stdout, stderr } = await runFile(process.execPath, [CHILD], {
    cwd: join(import.meta.dirname, '../..'),
    env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...env, SB_CHILD_PROFILE: profile('child'), SB_CHILD_API_KEY: credentials.apiKey, SB_CHILD_API_SECRET: credentials.apiSecret },
    timeout: 25_000,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`the store child failed: ${error.message}\n${error.stderr ?? ''}`);
  });
  for (const secret of [credentials.apiKey, credentials.apiSecret]) {
    expect(stdout.includes(secret) || stderr.includes(secret), 'the child printed a credential').toBe(false);
  }
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as { get: Result<unknown>; set: Result<unknown>; delete: Result<unknown> };
}

describe('keytar store without a usable Secret Service', () => {
  it('a bus with no keyring daemon on it: keychain unavailable, with the fix', async () => {
    const bare = await startPrivateBus();
    try {
      const credentials = fake('no-service');
      const result = await storeInChild({ DBUS_SESSION_BUS_ADDRESS: bare.address, HOME: bare.dir, XDG_RUNTIME_DIR: bare.dir }, credentials);
      for (const answer of [result.get, result.set, result.delete]) {
        expectUnavailable(answer, /no Secret Service keyring is running/, [credentials.apiKey, credentials.apiSecret]);
      }
    } finally {
      await bare.stop();
    }
  });

  it('no session bus at all (DBUS_SESSION_BUS_ADDRESS unset, no $DISPLAY): keychain unavailable, with the fix', async () => {
    const credentials = fake('no-bus');
    // XDG_RUNTIME_DIR points at an empty dir, so GDBus cannot find a bus there either.
    const result = await storeInChild({ HOME: bus!.dir, XDG_RUNTIME_DIR: join(bus!.dir, 'home') }, credentials);
    for (const answer of [result.get, result.set, result.delete]) {
      const error = expectUnavailable(answer, /no D-Bus session bus/, [credentials.apiKey, credentials.apiSecret]);
      expect(error.hint).toMatch(/dbus-run-session/);
    }
  });

  it('a bogus DBUS_SESSION_BUS_ADDRESS: keychain unavailable, with the fix', async () => {
    const credentials = fake('bogus-bus');
    const result = await storeInChild({ DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(bus!.dir, 'no-such-socket')}`, HOME: bus!.dir }, credentials);
    for (const answer of [result.get, result.set, result.delete]) {
      expectUnavailable(answer, /no D-Bus session bus/, [credentials.apiKey, credentials.apiSecret]);
    }
  });

  // Its bounded waits (a bus 10 s, a keyring 20 s, the child 25 s, two stops) add up past the usual minute.
  it('a keyring daemon with no login keyring (headless, nothing unlocked it): saving fails clearly, reading finds nothing', { timeout: 90_000 }, async () => {
    const other = await startPrivateBus();
    try {
      const daemon = await startKeyring(other, { unlock: false });
      try {
        const credentials = fake('no-keyring');
        const result = await storeInChild({ DBUS_SESSION_BUS_ADDRESS: other.address, HOME: other.dir }, credentials);
        expect(expectOk(result.get as Result<unknown>)).toBeUndefined();
        expectUnavailable(result.set, /no default keyring/, [credentials.apiKey, credentials.apiSecret]);
        expect(expectOk(result.delete as Result<unknown>)).toBe(false);
      } finally {
        await daemon.stop();
      }
    } finally {
      await other.stop();
    }
  });
});

// Last on purpose: it locks this process's keyring, and nothing can unlock it without a prompt.
describe('keytar store with the keyring locked', () => {
  it('saving fails as "keychain unavailable: locked"; reading answers nothing saved (libsecret cannot prompt)', async () => {
    const id = profile('locked');
    const saved = fake('locked-saved');
    expectOk(await store.set(id, saved));
    await bus!.send('org.freedesktop.secrets', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', `array:objpath:${keyring!.collection}`);

    const next = fake('locked-next');
    const error = expectUnavailable(await store.set(id, next), /keyring is locked/, [saved.apiKey, saved.apiSecret, next.apiKey, next.apiSecret]);
    expect(error.hint).toMatch(/Unlock your login keyring/);
    // libsecret answers a lookup it cannot unlock with "nothing found"; callers that expected an
    // entry use missingCredentialsError(), whose hint mentions unlocking.
    expect(expectOk(await store.get(id))).toBeUndefined();
  });
});
