import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../../../contract/result';
import { createProfileServices } from '../../../../../main/features/profiles';
import type { Target } from '../../../../../main/platform/connections/connections';
import { openProfileStore } from '../../../../../main/platform/connections/profile-store';
import { createMemoryStore } from '../../../../../main/platform/secrets';
import { useTempDirs } from '../../../../support/temp-dirs';

const freshDir = useTempDirs('sb-profiles-');

const KEY = 'bDqJFiq9';
const SECRET = 'not-for-anyone-7bz1lzh9';

function setup() {
  const dir = freshDir();
  const secrets = createMemoryStore();
  const store = openProfileStore(dir);
  const probe = vi.fn(async (_target: Target) => ok({ phones: 6, clockOffsetMs: 0 }));
  const forget = vi.fn();
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
    clockWarning: (offset) => (Math.abs(offset) > 60_000 ? 'Your clock is off' : undefined),
  });
  return { dir, secrets, store, services, probe, forget };
}

const newProfile = { name: 'Live', baseUrl: 'https://api.itniotech.com', appId: '4luaKsL2', apiKey: KEY, apiSecret: SECRET };

describe('profile services', () => {
  it('starts with the built-in sandbox active', async () => {
    const { services } = setup();
    const list = await services['profiles.list'](undefined);
    expect(list).toEqual({ ok: true, value: { activeId: 'sandbox', profiles: [expect.objectContaining({ id: 'sandbox', name: 'Sandbox', sandbox: true })] } });
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

  it('refuses to remove the sandbox or unknown profiles', async () => {
    const { services } = setup();
    expect((await services['profiles.remove']({ id: 'sandbox' })).ok).toBe(false);
    expect(await services['profiles.use']({ id: 'p-nope' })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid-input', field: 'id' }) });
  });

  it('tests a connection and reports a clock warning', async () => {
    const { services, probe } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error('save failed');
    probe.mockResolvedValueOnce(ok({ phones: 3, clockOffsetMs: 125_000 }));
    const report = await services['profiles.test']({ id: saved.value.id });
    expect(report).toEqual({
      ok: true,
      value: expect.objectContaining({ profileId: saved.value.id, phones: 3, clockOffsetSeconds: 125, clockWarning: 'Your clock is off' }),
    });
    expect(probe).toHaveBeenCalledWith(expect.objectContaining({ apiKey: KEY, apiSecret: SECRET, appId: '4luaKsL2' }));
  });

  it('passes a failed probe through unchanged', async () => {
    const { services, probe } = setup();
    const saved = await services['profiles.save'](newProfile);
    if (!saved.ok) throw new Error('save failed');
    probe.mockResolvedValueOnce(fail({ kind: 'auth', code: '-1', message: 'ITNIO refused the API key or secret.' }));
    expect(await services['profiles.test']({ id: saved.value.id })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'auth', code: '-1' }) });
  });
});
