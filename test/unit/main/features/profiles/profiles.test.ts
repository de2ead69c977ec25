import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../../../contract/result';
import { createProfileServices } from '../../../../../main/features/profiles';
import type { Target } from '../../../../../main/platform/connections/connections';
import { openProfileStore } from '../../../../../main/platform/connections/profile-store';
import { folderDialogs } from '../../../../../main/platform/files/dialogs';
import { createMemoryStore } from '../../../../../main/platform/secrets';
import { readPolicy } from '../../../../../main/platform/policy';
import { openReadCache } from '../../../../../main/platform/storage/read-cache';
import { startAccount } from '../../../../support/account';
import { openTestApp } from '../../../../support/app';
import { memoryLogger } from '../../../../support/memory-log';
import { useTempDirs } from '../../../../support/temp-dirs';
import { inEnglish } from '../../../../../main/platform/messages';
import { clockWarningSaid } from '../../../../../main/platform/itnio';

const freshDir = useTempDirs('sb-profiles-');

const KEY = 'bDqJFiq9';
const SECRET = 'not-for-anyone-7bz1lzh9';

function setup(dir = freshDir(), secrets = createMemoryStore(), policy = readPolicy(join(dir, 'no-policy.json'))) {
  const store = openProfileStore(dir);
  const probe = vi.fn(async (_target: Target) => ok({ phones: 6, clockOffsetMs: 0 }));
  const forget = vi.fn();
  const lastReads = openReadCache(dir, memoryLogger().log);
  const resolveTarget = vi.fn(async (profileId: string) => {
    const credentials = await secrets.get(profileId);
    const profile = (await store.read()).profiles.find((p) => p.id === profileId);
    if (!credentials.ok || !credentials.value || !profile) return fail({ kind: 'keychain' as const, message: 'missing' });
    return ok({ profileId, baseUrl: profile.baseUrl, appId: profile.appId, ...credentials.value });
  });
  const services = createProfileServices({
    store,
    secrets,
    sandboxIdentity: () => ({ baseUrl: 'http://127.0.0.1:4000', appId: 'SbxApp01', apiKeyMasked: 'sbx…9f' }),
    resolveTarget,
    probe,
    forget,
    forgetReads: lastReads.forget,
    clockWarning: clockWarningSaid,
    policy,
    dialogs: folderDialogs(join(dir, 'exports')),
    log: memoryLogger().log,
  });
  return { dir, secrets, store, services, probe, forget, lastReads };
}

const newProfile = { name: 'Live', baseUrl: 'https://api.itniotech.com', appId: '4luaKsL2', apiKey: KEY, apiSecret: SECRET };

describe('profile services', () => {
  it('starts with the built-in sandbox active', async () => {
    const { services } = setup();
    const list = await services['profiles.list'](undefined);
    expect(list).toEqual({ ok: true, value: { activeId: 'sandbox', profiles: [expect.objectContaining({ id: 'sandbox', name: 'Sandbox', sandbox: true })] } });
  });

  it('lists a name stored with control characters (by an older version or another tool) with visible stand-ins', async () => {
    const { services, dir } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error(saved.error.message);
    const file = JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')) as { profiles: { name: string; defaultAccount?: string }[] };
    Object.assign(file.profiles[0]!, { name: 'Live\u001b[2J\u202e', defaultAccount: '8001\n0001' });
    writeFileSync(join(dir, 'profiles.json'), JSON.stringify(file));
    const list = await services['profiles.list'](undefined);
    expect(list.ok && list.value.profiles[1]).toMatchObject({ name: 'Live\u241b[2J\ufffd', defaultAccount: '8001\u240a0001' });
  });

  it('adds a profile: secret in the keychain, masked key on disk, never the secret', async () => {
    const { services, secrets, dir } = setup();
    const saved = await services['profiles.save'](newProfile);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value).toMatchObject({ name: 'Live', apiKeyMasked: 'bDq…q9', sandbox: false });
    expect(JSON.stringify(saved)).not.toContain(SECRET);
    expect(await secrets.get(saved.value.id)).toEqual({ ok: true, value: { apiKey: KEY, apiSecret: SECRET } });
    const onDisk = readFileSync(join(dir, 'profiles.json'), 'utf8');
    expect(onDisk).toContain('bDq…q9');
    expect(onDisk).not.toContain(SECRET);
    expect(onDisk).not.toContain(KEY);
  });

  it('refuses a duplicate name (case-insensitive) and the reserved name Sandbox', async () => {
    const { services } = setup();
    await services['profiles.save'](newProfile);
    for (const name of ['live', 'Sandbox']) {
      const result = await services['profiles.save']({ ...newProfile, name });
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid-input', field: 'name' }) });
    }
  });

  it('edits without re-entering credentials, keeping the keychain entry', async () => {
    const { services, secrets, forget } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error('save failed');
    const edited = await services['profiles.save']({ id: saved.value.id, name: 'Live EU', baseUrl: 'https://api.itniotech.com', appId: 'NewApp12', defaultCallerId: '4420794609' });
    expect(edited).toEqual({ ok: true, value: expect.objectContaining({ name: 'Live EU', appId: 'NewApp12', apiKeyMasked: 'bDq…q9', defaultCallerId: '4420794609' }) });
    expect(await secrets.get(saved.value.id)).toEqual({ ok: true, value: { apiKey: KEY, apiSecret: SECRET } });
    expect(forget).toHaveBeenCalledWith(saved.value.id);
  });

  it('does not list a profile whose keychain save failed', async () => {
    const { services, secrets } = setup();
    secrets.failWith({ kind: 'keychain', message: 'The OS keychain is unavailable.' });
    const result = await services['profiles.save'](newProfile);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'keychain' }) });
    secrets.failWith(undefined);
    const list = await services['profiles.list'](undefined);
    expect(list.ok && list.value.profiles.map((p) => p.name)).toEqual(['Sandbox']);
  });

  it('switches the active profile and removes one with its keychain entry', async () => {
    const { services, secrets } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error('save failed');
    const used = await services['profiles.use']({ id: saved.value.id });
    expect(used.ok && used.value.activeId).toBe(saved.value.id);
    const removed = await services['profiles.remove']({ id: saved.value.id });
    expect(removed.ok && removed.value).toEqual({ activeId: 'sandbox', profiles: [expect.objectContaining({ id: 'sandbox' })] });
    expect(await secrets.get(saved.value.id)).toEqual({ ok: true, value: undefined });
  });

  it('removes the answers kept for a removed profile, and only those', async () => {
    const { services, lastReads } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error('save failed');
    const kept = { readAt: '2025-07-01T10:00:00.000Z', value: { numbers: [] } };
    await lastReads.put(saved.value.id, 'numbers.list {}', kept);
    await lastReads.put('sandbox', 'numbers.list {}', kept);
    await services['profiles.remove']({ id: saved.value.id });
    expect(await lastReads.get(saved.value.id, 'numbers.list {}')).toBeUndefined();
    expect(await lastReads.get('sandbox', 'numbers.list {}')).toEqual(kept);
  });

  it('drops the answers kept for a profile pointed at another address, app or key, and keeps them through a rename', async () => {
    const { services, lastReads } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error('save failed');
    const { id } = saved.value;
    const kept = { readAt: '2025-07-01T10:00:00.000Z', value: { numbers: [] } };
    const edits = [
      { change: { name: 'Live EU', defaultCallerId: '4420794609' }, drops: false },
      { change: { baseUrl: 'https://eu.itniotech.com' }, drops: true },
      { change: { appId: 'OtherApp9' }, drops: true },
      { change: { apiKey: 'otherKey77', apiSecret: 'other-secret-2' }, drops: true },
    ];
    for (const { change, drops } of edits) {
      await lastReads.put(id, 'numbers.list {}', kept);
      const current = await services['profiles.list'](undefined);
      const profile = current.ok ? current.value.profiles.find((p) => p.id === id) : undefined;
      if (!profile) throw new Error('profile gone');
      expect((await services['profiles.save']({ id, name: profile.name, baseUrl: profile.baseUrl, appId: profile.appId, ...change })).ok).toBe(true);
      expect(await lastReads.get(id, 'numbers.list {}'), JSON.stringify(change)).toEqual(drops ? undefined : kept);
    }
  });

  it('refuses to remove the sandbox or unknown profiles', async () => {
    const { services } = setup();
    const sandbox = await services['profiles.remove']({ id: 'sandbox' });
    expect(sandbox).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'id',
        message: 'The built-in sandbox profile cannot be removed.',
        hint: 'Switch to another profile instead.',
        say: { message: { key: 'profiles.sandbox.notRemoved' }, hint: { key: 'profiles.sandbox.notRemovedHint' } },
      },
    });
    expect(!sandbox.ok && [inEnglish(sandbox.error.say!.message), inEnglish(sandbox.error.say!.hint!)]).toEqual(!sandbox.ok && [sandbox.error.message, sandbox.error.hint]);
    expect(await services['profiles.use']({ id: 'p-nope' })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid-input', field: 'id' }) });
  });

  it('tests a connection and reports a clock warning', async () => {
    const { services, probe } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error('save failed');
    probe.mockResolvedValueOnce(ok({ phones: 3, clockOffsetMs: 125_000 }));
    const report = await services['profiles.test']({ id: saved.value.id });
    const warning = { key: 'itnio.clock.behind', values: { span: { key: 'itnio.clock.minutes', values: { count: 2 } } } } as const;
    expect(report).toEqual({
      ok: true,
      value: expect.objectContaining({
        profileId: saved.value.id,
        phones: 3,
        clockOffsetSeconds: 125,
        clockWarning: "This computer's clock is about 2 minutes behind the server's clock. Set the correct time (turn on automatic date and time in the system settings) and try again.",
        clockWarningSay: warning,
      }),
    });
    expect(report.ok && inEnglish(report.value.clockWarningSay!)).toBe(report.ok && report.value.clockWarning);
    expect(probe).toHaveBeenCalledWith(expect.objectContaining({ apiKey: KEY, apiSecret: SECRET, appId: '4luaKsL2' }));
  });

  it('keeps the SIP registrar with the profile in the profiles file, not the keychain, lists it, and drops it when an edit leaves it out', async () => {
    const { services, secrets, dir } = setup();
    const registrar = { host: 'sip.example.com', port: 5061, transport: 'tls' as const };
    const saved = await services['profiles.save']({ ...newProfile, registrar });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.registrar).toEqual(registrar);
    const list = await services['profiles.list'](undefined);
    expect(list.ok && list.value.profiles.find((p) => p.id === saved.value.id)?.registrar).toEqual(registrar);
    const onDisk = JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')) as { profiles: { registrar?: unknown }[] };
    expect(onDisk.profiles[0]?.registrar).toEqual(registrar);
    expect(JSON.stringify(await secrets.get(saved.value.id))).not.toContain('sip.example.com');

    const { name, baseUrl, appId } = saved.value;
    const edited = await services['profiles.save']({ id: saved.value.id, name, baseUrl, appId });
    expect(edited.ok && edited.value).not.toHaveProperty('registrar');
    expect(readFileSync(join(dir, 'profiles.json'), 'utf8')).not.toContain('sip.example.com');
  });

  it('refuses a SIP registrar for the built-in sandbox, whose phones register nowhere', async () => {
    const { services } = setup();
    const result = await services['profiles.save']({ id: 'sandbox', name: 'Sandbox', baseUrl: 'http://127.0.0.1:4000', appId: 'SbxApp01', registrar: { host: 'sip.example.com', port: 5060, transport: 'udp' } });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid-input', field: 'registrar' }) });
    const list = await services['profiles.list'](undefined);
    expect(list.ok && list.value.profiles[0]).not.toHaveProperty('registrar');
  });

  it('tests unsaved credentials with one probe and keeps nothing: no profile, no keychain entry, no cached client', async () => {
    const { services, secrets, store, probe, forget } = setup();
    probe.mockResolvedValueOnce(ok({ phones: 2, clockOffsetMs: 0 }));
    const report = await services['profiles.testUnsaved']({ baseUrl: 'https://api.itniotech.com', appId: '4luaKsL2', apiKey: KEY, apiSecret: SECRET });
    expect(report).toEqual({ ok: true, value: expect.objectContaining({ phones: 2, clockOffsetSeconds: 0 }) });
    expect(probe).toHaveBeenCalledTimes(1);
    const target = probe.mock.calls[0]![0];
    expect(target).toMatchObject({ baseUrl: 'https://api.itniotech.com', appId: '4luaKsL2', apiKey: KEY, apiSecret: SECRET });
    expect(forget).toHaveBeenCalledWith(target.profileId);
    expect(secrets.profileIds()).toEqual([]);
    expect((await store.read()).profiles).toEqual([]);
  });

  it("tests an edited profile's unsaved address with the credentials kept in the keychain when none are typed", async () => {
    const { services, probe } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error('save failed');
    const report = await services['profiles.testUnsaved']({ id: saved.value.id, baseUrl: 'https://eu.itniotech.com', appId: 'OtherApp9' });
    expect(report.ok).toBe(true);
    expect(probe).toHaveBeenCalledWith(expect.objectContaining({ baseUrl: 'https://eu.itniotech.com', appId: 'OtherApp9', apiKey: KEY, apiSecret: SECRET }));
    const list = await services['profiles.list'](undefined);
    expect(list.ok && list.value.profiles[1]).toMatchObject({ baseUrl: 'https://api.itniotech.com', appId: '4luaKsL2' });
  });

  it('passes a failed probe through unchanged', async () => {
    const { services, probe } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error('save failed');
    probe.mockResolvedValueOnce(fail({ kind: 'auth', code: '-1', message: 'ITNIO refused the API key or secret.' }));
    expect(await services['profiles.test']({ id: saved.value.id })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'auth', code: '-1' }) });
  });
});

describe('testing unsaved credentials through the router', () => {
  it('sends one signed request to the typed address and writes nothing: no profiles file, no keychain entry, no secret in the log', async () => {
    const account = await startAccount({ apiKey: KEY, apiSecret: SECRET });
    const secrets = createMemoryStore();
    const app = await openTestApp({ secrets });
    try {
      const report = await app.value('profiles.testUnsaved', { baseUrl: account.url, appId: account.state.appId, apiKey: KEY, apiSecret: SECRET });
      expect(report.phones).toBe(account.state.phones.length);
      expect(account.requests.map((request) => request.path)).toEqual(['/voice/sipQuery']);
      expect(secrets.profileIds()).toEqual([]);
      expect(await app.value('profiles.list')).toMatchObject({ activeId: 'sandbox', profiles: [{ id: 'sandbox' }] });
      expect(readdirSync(app.home)).not.toContain('profiles.json');
      const log = app.logLines.join('\n');
      expect(log).toContain('itnio.request');
      expect(log).not.toContain(SECRET);
      expect(log).not.toContain(KEY);

      const refused = await app.failure('profiles.testUnsaved', { baseUrl: account.url, appId: account.state.appId, apiKey: KEY, apiSecret: 'mistyped-secret-1' });
      expect(refused.kind).toBe('auth');
      expect(app.logLines.join('\n')).not.toContain('mistyped-secret-1');
    } finally {
      await app.close();
      await account.close();
    }
  });

  it('names the missing credential and sends nothing', async () => {
    const account = await startAccount({ apiKey: KEY, apiSecret: SECRET });
    const app = await openTestApp();
    try {
      const refused = await app.failure('profiles.testUnsaved', { baseUrl: account.url, appId: account.state.appId, apiKey: KEY });
      expect(refused).toMatchObject({ kind: 'invalid-input', field: 'apiSecret' });
      expect(account.requests).toEqual([]);
    } finally {
      await app.close();
      await account.close();
    }
  });
});

describe('profiles shared by several processes', () => {
  const names = async (services: ReturnType<typeof setup>['services']) => {
    const list = await services['profiles.list'](undefined);
    return list.ok ? list.value.profiles.map((p) => p.name).sort() : [];
  };

  it('creates one profile from five concurrent saves of the same name and refuses the other four by name', async () => {
    const { services, secrets } = setup();
    const saves = await Promise.all(Array.from({ length: 5 }, (_, n) => services['profiles.save']({ ...newProfile, apiKey: `${KEY}${n}` })));
    expect(saves.filter((saved) => saved.ok)).toHaveLength(1);
    expect(saves.filter((saved) => !saved.ok).map((saved) => !saved.ok && saved.error.field)).toEqual(['name', 'name', 'name', 'name']);
    expect(await names(services)).toEqual(['Live', 'Sandbox']);
    expect(secrets.profileIds()).toHaveLength(1);
  });

  it("keeps another process's added profile and does not bring back one it removed", async () => {
    const app = setup();
    const cli = setup(app.dir, app.secrets);
    const office = await app.services['profiles.save']({ ...newProfile, name: 'Office' });
    expect(await names(app.services)).toEqual(['Office', 'Sandbox']);

    expect((await cli.services['profiles.save']({ ...newProfile, name: 'Branch' })).ok).toBe(true);
    expect((await app.services['profiles.save']({ ...newProfile, name: 'Home' })).ok).toBe(true);
    expect(await names(cli.services)).toEqual(['Branch', 'Home', 'Office', 'Sandbox']);

    expect((await cli.services['profiles.remove']({ id: office.ok ? office.value.id : '' })).ok).toBe(true);
    expect((await app.services['profiles.use']({ id: 'sandbox' })).ok).toBe(true);
    expect(await names(app.services)).toEqual(['Branch', 'Home', 'Sandbox']);
    expect(app.secrets.profileIds()).toHaveLength(2);
  });

  it('removes the keychain entry a crash left without its profile, at the next profile change', async () => {
    const { services, secrets, store, dir } = setup();
    // As a save that crashed after writing the keychain, before writing the profile, leaves it.
    await store.update((current) => ({ ...current, keychainPending: ['p-crashed'] }));
    await secrets.set('p-crashed', { apiKey: KEY, apiSecret: SECRET });
    expect((await services['profiles.save']({ ...newProfile, name: 'Next' })).ok).toBe(true);
    expect(secrets.profileIds()).toEqual([(await store.read()).profiles[0]!.id]);
    expect(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8'))).not.toHaveProperty('keychainPending');
  });
});
