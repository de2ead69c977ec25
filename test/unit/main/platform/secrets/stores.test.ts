import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../contract/result';
import { inEnglish } from '../../../../../main/platform/messages';
import {
  createKeytarStore,
  createMemoryStore,
  KEYCHAIN_SERVICE,
  type ApiCredentials,
  type KeytarApi,
  type SecretStore,
} from '../../../../../main/platform/secrets';

/** keytar's behaviour, kept in a Map: (service, account) → password. */
function fakeKeytar() {
  const entries = new Map<string, string>();
  const id = (service: string, account: string) => `${service}\u0000${account}`;
  const calls: string[] = [];
  const api: KeytarApi = {
    async getPassword(service, account) {
      calls.push(`get ${service} ${account}`);
      return entries.get(id(service, account)) ?? null;
    },
    async setPassword(service, account, password) {
      calls.push(`set ${service} ${account}`);
      entries.set(id(service, account), password);
    },
    async deletePassword(service, account) {
      calls.push(`delete ${service} ${account}`);
      return entries.delete(id(service, account));
    },
  };
  return { api, entries, calls, raw: (account: string) => entries.get(id(KEYCHAIN_SERVICE, account)) };
}

const one: ApiCredentials = { apiKey: 'bDqJFiq9-key', apiSecret: 'not-a-real-secret-1' };
const two: ApiCredentials = { apiKey: 'Zz0-other-key', apiSecret: 'not-a-real-secret-2' };

const stores: Array<[string, () => SecretStore]> = [
  ['memory store', () => createMemoryStore()],
  ['keytar store (fake keytar)', () => createKeytarStore({ load: async () => fakeKeytar().api })],
];

/** The same contract for the fake and the real store, so unit tests built on the fake stay honest. */
describe.each(stores)('%s', (_name, make) => {
  it('answers undefined for a profile with nothing saved', async () => {
    expect(await make().get('p1')).toEqual({ ok: true, value: undefined });
  });

  it('saves, reads back, overwrites and deletes', async () => {
    const store = make();
    expect(await store.set('p1', one)).toEqual({ ok: true, value: undefined });
    expect(await store.get('p1')).toEqual({ ok: true, value: one });
    await store.set('p1', two);
    expect(await store.get('p1')).toEqual({ ok: true, value: two });
    expect(await store.delete('p1')).toEqual({ ok: true, value: true });
    expect(await store.get('p1')).toEqual({ ok: true, value: undefined });
    expect(await store.delete('p1')).toEqual({ ok: true, value: false });
  });

  it('keeps profiles apart', async () => {
    const store = make();
    await store.set('p1', one);
    await store.set('p2', two);
    await store.delete('p1');
    expect(await store.get('p2')).toEqual({ ok: true, value: two });
  });

  it('returns copies: changing an object after set or get changes nothing stored', async () => {
    const store = make();
    const mine = { ...one };
    await store.set('p1', mine);
    mine.apiSecret = 'changed';
    const read = await store.get('p1');
    if (read.ok && read.value) read.value.apiKey = 'changed too';
    expect(await store.get('p1')).toEqual({ ok: true, value: one });
  });

  it('stores only apiKey and apiSecret', async () => {
    const store = make();
    await store.set('p1', { ...one, extra: 'ignored' } as ApiCredentials);
    expect(await store.get('p1')).toEqual({ ok: true, value: one });
  });

  it('refuses an empty profile id as a bug, without touching anything', async () => {
    const store = make();
    for (const result of [await store.get(''), await store.set('', one), await store.delete('')]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toEqual({
        kind: 'internal',
        message: 'A keychain entry was requested without a profile id.',
        hint: 'This is a bug in Switchboard; please report it.',
        say: { message: { key: 'keychain.noProfileId.message' }, hint: { key: 'keychain.noProfileId.hint' } },
      });
    }
  });

  it('refuses empty or oversized credentials as invalid input, naming the field, never echoing values', async () => {
    const store = make();
    const cases: Array<[ApiCredentials, string, string]> = [
      [{ apiKey: '', apiSecret: 'x-secret' }, 'apiKey', 'The API key is empty, so there is nothing to save.'],
      [{ apiKey: 'key-123456', apiSecret: '' }, 'apiSecret', 'The API secret is empty, so there is nothing to save.'],
      [{ apiKey: 'key-123456', apiSecret: 's'.repeat(3_000) }, 'apiSecret', 'The API key and secret are too long to keep in the OS keychain.'],
    ];
    for (const [credentials, field, message] of cases) {
      const result = await store.set('p1', credentials);
      if (result.ok) expect.fail('invalid credentials were saved');
      expect(result.error).toMatchObject({ kind: 'invalid-input', field, message });
      expect(inEnglish(result.error.say!.message)).toBe(message);
      expect(inEnglish(result.error.say!.hint!)).toBe(result.error.hint);
      expect(JSON.stringify(result.error)).not.toMatch(/x-secret|key-123456|sss/);
    }
    expect(await store.get('p1')).toEqual({ ok: true, value: undefined });
  });
});

describe('memory store extras', () => {
  it('starts from given entries and lists profile ids', async () => {
    const store = createMemoryStore({ b: two, a: one });
    expect(store.profileIds()).toEqual(['a', 'b']);
    expect(await store.get('a')).toEqual({ ok: true, value: one });
  });

  it('can play a broken keychain for service tests, then recover', async () => {
    const store = createMemoryStore({ a: one });
    const down: AppError = { kind: 'keychain', message: 'The OS keychain is unavailable: test.', hint: 'fix it' };
    store.failWith(down);
    expect(await store.get('a')).toEqual({ ok: false, error: down });
    expect(await store.set('a', two)).toEqual({ ok: false, error: down });
    expect(await store.delete('a')).toEqual({ ok: false, error: down });
    store.failWith(undefined);
    expect(await store.get('a')).toEqual({ ok: true, value: one });
  });
});

describe('keytar store', () => {
  it('files one entry per profile under service Switchboard, account = profile id, as versioned JSON', async () => {
    const keytar = fakeKeytar();
    const store = createKeytarStore({ load: async () => keytar.api });
    await store.set('profile-7', one);
    expect(keytar.calls).toEqual([`set Switchboard profile-7`]);
    expect(JSON.parse(keytar.raw('profile-7') ?? '')).toEqual({ v: 1, apiKey: one.apiKey, apiSecret: one.apiSecret });
  });

  it('round-trips characters that a C string or naive format would break', async () => {
    const store = createKeytarStore({ load: async () => fakeKeytar().api });
    const odd = { apiKey: 'ключ-🔑-"q"', apiSecret: 'a\u0000b\nc\\d,e:"f"' };
    await store.set('p', odd);
    expect(await store.get('p')).toEqual({ ok: true, value: odd });
  });

  it('loads keytar only at first use, once', async () => {
    let loads = 0;
    const keytar = fakeKeytar();
    const store = createKeytarStore({
      load: async () => {
        loads += 1;
        return keytar.api;
      },
    });
    expect(loads).toBe(0);
    await Promise.all([store.get('a'), store.get('b'), store.set('c', one)]);
    await store.delete('c');
    expect(loads).toBe(1);
  });

  it('turns a failed require into "OS keychain unavailable" with the fix, and tries again next time', async () => {
    const keytar = fakeKeytar();
    let attempt = 0;
    const store = createKeytarStore({
      load: async () => {
        attempt += 1;
        if (attempt === 1) throw new Error("Cannot find module 'keytar'\nRequire stack:\n- /app/main.js");
        return keytar.api;
      },
    });
    const first = await store.set('p', one);
    if (first.ok) expect.fail('a missing keytar must be an error');
    expect(first.error.kind).toBe('keychain');
    expect(first.error.message).toMatch(/^The OS keychain is unavailable/);
    expect(first.error.hint).toMatch(/install and unlock a Secret Service keyring such as GNOME Keyring .*or KWallet/);
    expect(keytar.entries.size).toBe(0); // and nothing went anywhere else
    expect(await store.set('p', one)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    "Cannot find package 'keytar' imported from /app/out/main/index.js",
    'libsecret-1.so.0: cannot open shared object file: No such file or directory',
    'anything at all the loader might say',
  ])('treats any failure to load keytar as "OS keychain unavailable" (%s)', async (text) => {
    const store = createKeytarStore({
      load: async () => {
        throw new Error(text);
      },
    });
    for (const result of [await store.get('p'), await store.set('p', one), await store.delete('p')]) {
      if (result.ok) expect.fail('expected a keychain error');
      expect(result.error.kind).toBe('keychain');
      expect(result.error.message).toMatch(/^The OS keychain is unavailable: Switchboard could not load its keychain module/);
      expect(result.error.message).not.toContain(text);
    }
  });

  it('never throws: keytar rejections become keychain errors for get, set and delete', async () => {
    const failing: KeytarApi = {
      getPassword: async () => {
        throw new Error('The name org.freedesktop.secrets was not provided by any .service files');
      },
      setPassword: async () => {
        throw new Error('Cannot create an item in a locked collection');
      },
      deletePassword: async () => {
        throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
      },
    };
    const store = createKeytarStore({ load: async () => failing });
    const get = await store.get('p');
    const set = await store.set('p', one);
    const del = await store.delete('p');
    expect(get.ok || get.error.message).toMatch(/no Secret Service keyring is running, so the saved API credentials cannot be read/);
    expect(set.ok || set.error.message).toMatch(/keyring is locked, so the API credentials cannot be saved/);
    expect(del.ok || del.error.message).toMatch(/no D-Bus session bus .* cannot be removed/);
  });

  it('cuts the key and secret out of an unrecognised error', async () => {
    const leaky: KeytarApi = {
      ...fakeKeytar().api,
      setPassword: async (_service, _account, password) => {
        throw new Error(`odd failure storing ${password}`);
      },
    };
    const result = await createKeytarStore({ load: async () => leaky }).set('p', one);
    if (result.ok) expect.fail('expected an error');
    const text = JSON.stringify(result.error);
    expect(text).not.toContain(one.apiKey);
    expect(text).not.toContain(one.apiSecret);
    expect(result.error.message).toContain('odd failure storing [redacted]');
  });

  it('gives up on a keychain that never answers, with a keychain error', async () => {
    const hanging: KeytarApi = { ...fakeKeytar().api, getPassword: () => new Promise(() => undefined) };
    const result = await createKeytarStore({ load: async () => hanging, timeoutMs: 20 }).get('p');
    if (result.ok) expect.fail('expected a timeout');
    expect(result.error.kind).toBe('keychain');
    expect(result.error.message).toMatch(/did not answer in time/);
  });

  it.each(['not json', '"a string"', '{"apiKey":"k","apiSecret":"s"}', '{"v":2,"apiKey":"k","apiSecret":"s"}', '{"v":1,"apiKey":1,"apiSecret":"s"}', 'null'])(
    'reports a damaged entry (%s) without echoing it',
    async (password) => {
      const keytar = fakeKeytar();
      await keytar.api.setPassword(KEYCHAIN_SERVICE, 'p', password);
      const result = await createKeytarStore({ load: async () => keytar.api }).get('p');
      if (result.ok) expect.fail('a damaged entry must not read as credentials');
      expect(result.error.kind).toBe('keychain');
      expect(result.error.message).toMatch(/damaged/);
      expect(result.error.hint).toMatch(/again/);
      expect(JSON.stringify(result.error)).not.toContain(password);
    },
  );

  it('validates before loading keytar, so bad input never reaches the keychain', async () => {
    let loads = 0;
    const store = createKeytarStore({
      load: async () => {
        loads += 1;
        return fakeKeytar().api;
      },
    });
    await store.set('', one);
    await store.set('p', { apiKey: '', apiSecret: 's' });
    await store.get('');
    expect(loads).toBe(0);
  });

  it('can use another service name (for tests that must not share entries)', async () => {
    const keytar = fakeKeytar();
    await createKeytarStore({ load: async () => keytar.api, service: 'Switchboard-test' }).set('p', one);
    expect(keytar.calls).toEqual(['set Switchboard-test p']);
  });
});
