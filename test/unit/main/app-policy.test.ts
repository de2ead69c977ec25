/**
 * The machine's policy as the app applies it, through the router as the window calls it: the one
 * address, the presets' fields, the hidden Sandbox. Nothing it forbids reaches any server.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPolicy } from '../../../main/platform/policy';
import { createMemoryStore } from '../../../main/platform/secrets';
import type { Sandbox } from '../../../main/sandbox';
import { startAccount } from '../../support/account';
import { openTestApp, type TestApp } from '../../support/app';
import { useTempDirs } from '../../support/temp-dirs';

const KEY = 'policyKey01';
const SECRET = 'policy-secret-never-shown-93ab';
const freshDir = useTempDirs('switchboard-app-policy-');
let account: Sandbox;
let other: Sandbox;
let app: TestApp | undefined;

beforeAll(async () => {
  account = await startAccount({ apiKey: KEY, apiSecret: SECRET });
  other = await startAccount({ apiKey: KEY, apiSecret: SECRET });
});
afterAll(async () => {
  await account.close();
  await other.close();
});
beforeEach(() => {
  account.requests.length = 0;
  other.requests.length = 0;
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The app on a fresh data folder under a policy written as an administrator would. */
async function underPolicy(policy: Record<string, unknown>, home = freshDir(), secrets = createMemoryStore()) {
  const path = join(freshDir(), 'policy.json');
  writeFileSync(path, JSON.stringify({ version: 1, ...policy }));
  app = await openTestApp({ home, secrets, policy: readPolicy(path) });
  return app;
}

const profile = (fields: Record<string, unknown> = {}) => ({ name: 'Office', baseUrl: account.url, appId: account.state.appId, apiKey: KEY, apiSecret: SECRET, ...fields });

describe('a fixed API address', () => {
  it('saves and tries profiles only at that address, naming the field, and sends nothing elsewhere', async () => {
    const { call } = await underPolicy({ baseUrl: account.url });
    expect(await call('app.policy')).toMatchObject({ ok: true, value: { state: 'applied', baseUrl: account.url, hideSandbox: false } });
    const refused = await call('profiles.save', profile({ baseUrl: other.url }));
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'invalid-input', field: 'baseUrl', message: `baseUrl: must be ${account.url}, the address your organisation's policy allows` }),
    });
    expect(await call('profiles.testUnsaved', { baseUrl: other.url, appId: 'App1', apiKey: KEY, apiSecret: SECRET })).toMatchObject({ ok: false, error: { field: 'baseUrl' } });
    expect(other.requests).toEqual([]);
    const listed = await call('profiles.list');
    expect(listed.ok && listed.value.profiles.map((p) => p.name)).toEqual(['Sandbox']);
    expect(await call('profiles.save', profile())).toMatchObject({ ok: true, value: { name: 'Office', baseUrl: account.url } });
  });

  it('sends nothing for a profile saved at another address before the policy came', async () => {
    const home = freshDir();
    const keychain = createMemoryStore();
    const before = await openTestApp({ home, secrets: keychain });
    const saved = await before.call('profiles.save', profile({ baseUrl: other.url }));
    await before.close();
    const { call } = await underPolicy({ baseUrl: account.url }, home, keychain);
    expect(await call('profiles.use', { id: saved.ok ? saved.value.id : '' })).toMatchObject({ ok: true });
    expect(await call('account.balance')).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'invalid-input', field: 'baseUrl', message: `This profile's API address ${other.url} is not the one your organisation's policy allows (${account.url}). Nothing was sent.` }),
    });
    expect(other.requests).toEqual([]);
  });
});

describe('preset profiles', () => {
  const preset = () => ({ name: 'Head office', baseUrl: account.url, appId: account.state.appId, defaultCallerId: '+44 20 7946 0958' });

  it('lists the presets, saves one with the operator’s key and secret, and keeps the fields the preset sets', async () => {
    const { call } = await underPolicy({ profiles: [preset()] });
    expect(await call('app.policy')).toMatchObject({ ok: true, value: { presets: [{ ...preset(), defaultCallerId: '442079460958' }] } });
    expect(await call('profiles.save', profile({ ...preset(), appId: 'OtherApp' }))).toMatchObject({
      ok: false,
      error: { field: 'appId', message: 'appId: is set by your organisation\'s policy for "Head office"' },
    });
    // Case and spaces do not make it another profile.
    expect(await call('profiles.save', profile({ ...preset(), name: ' head OFFICE', defaultCallerId: '' }))).toMatchObject({ ok: false, error: { field: 'defaultCallerId' } });
    const saved = await call('profiles.save', profile({ ...preset(), defaultAccount: '80010001' }));
    expect(saved).toMatchObject({ ok: true, value: { name: 'Head office', defaultCallerId: '442079460958', defaultAccount: '80010001' } });
    const id = saved.ok ? saved.value.id : '';
    // What the preset leaves open is the operator's; its name stays, so the preset keeps holding it.
    expect(await call('profiles.save', { ...preset(), id, defaultAccount: '80010002' })).toMatchObject({ ok: true, value: { defaultAccount: '80010002' } });
    expect(await call('profiles.save', { ...preset(), id, name: 'My office' })).toMatchObject({ ok: false, error: { field: 'name', message: 'name: must stay "Head office": the profile is one your organisation\'s policy sets up' } });
    expect(await call('profiles.use', { id })).toMatchObject({ ok: true });
    expect(await call('account.balance')).toMatchObject({ ok: true, value: { profileId: id } });
  });
});

describe('a hidden Sandbox', () => {
  it('is neither listed nor usable, and its requests are refused with what to do', async () => {
    const { call } = await underPolicy({ hideSandbox: true });
    expect(await call('profiles.list')).toEqual({ ok: true, value: { activeId: 'sandbox', profiles: [] } });
    const hidden = { kind: 'invalid-input', field: 'profile', message: "Your organisation's policy hides the built-in Sandbox." };
    expect(await call('account.balance')).toMatchObject({ ok: false, error: hidden });
    expect(await call('profiles.use', { id: 'sandbox' })).toMatchObject({ ok: false, error: hidden });
    expect(await call('profiles.save', { id: 'sandbox', name: 'Sandbox', baseUrl: 'http://127.0.0.1:1', appId: 'x', defaultAccount: '80010001' })).toMatchObject({ ok: false, error: hidden });
    // The first profile set up is the one in use, with no switch to make; removing it leaves the next one in use.
    const saved = await call('profiles.save', profile());
    const office = saved.ok ? saved.value.id : '';
    expect(await call('profiles.list')).toMatchObject({ ok: true, value: { activeId: office, profiles: [{ name: 'Office' }] } });
    expect(await call('account.balance')).toMatchObject({ ok: true, value: { profileId: office, balance: expect.any(String) } });
    const second = await call('profiles.save', profile({ name: 'Night desk' }));
    expect(await call('profiles.list')).toMatchObject({ ok: true, value: { activeId: office } });
    expect(await call('profiles.remove', { id: office })).toMatchObject({ ok: true, value: { activeId: second.ok ? second.value.id : '', profiles: [{ name: 'Night desk' }] } });
    expect(await call('profiles.remove', { id: second.ok ? second.value.id : '' })).toMatchObject({ ok: true, value: { activeId: 'sandbox', profiles: [] } });
  });

  it('puts the first saved profile in use where the Sandbox was in use before the policy came', async () => {
    const home = freshDir();
    const keychain = createMemoryStore();
    const before = await openTestApp({ home, secrets: keychain });
    const saved = await before.call('profiles.save', profile());
    await before.close();
    const { call } = await underPolicy({ hideSandbox: true }, home, keychain);
    const office = saved.ok ? saved.value.id : '';
    expect(await call('profiles.list')).toMatchObject({ ok: true, value: { activeId: office, profiles: [{ name: 'Office' }] } });
    expect(await call('account.balance')).toMatchObject({ ok: true, value: { profileId: office } });
  });
});

describe('a broken policy', () => {
  it('applies nothing, says why in app.policy and logs it', async () => {
    const { call, logLines } = await underPolicy({ hideSandbox: 'yes' });
    expect(await call('app.policy')).toMatchObject({ ok: true, value: { state: 'invalid', problem: 'hideSandbox: Invalid input: expected boolean, received string', hideSandbox: false } });
    expect(logLines.some((line) => line.includes('policy not applied'))).toBe(true);
  });
});

describe('the update feed', () => {
  const FEED = 'https://updates.example.com/switchboard/';
  /** The app's updater, as electron-updater would be made for a feed: it records the feed and offers 0.2.0. */
  const updaterFor = (feeds: string[]) => (feed: string) => {
    feeds.push(feed);
    return { check: async () => ({ version: '0.2.0' }), download: async () => undefined, install: () => undefined };
  };

  it('is looked at only where the policy names it, and the window is told as a check goes', async () => {
    const feeds: string[] = [];
    const told: string[] = [];
    const path = join(freshDir(), 'policy.json');
    writeFileSync(path, JSON.stringify({ version: 1, updates: { feed: FEED } }));
    app = await openTestApp({ policy: readPolicy(path), app: { updater: updaterFor(feeds), onUpdates: (status) => void told.push(status.progress.step) } });
    expect(await app.call('app.updates')).toMatchObject({ ok: true, value: { feed: FEED, available: true, checks: 'daily', lastCheckedAt: null, progress: { step: 'idle' } } });
    expect(await app.call('app.checkForUpdate')).toMatchObject({ ok: true, value: { progress: { step: 'available', version: '0.2.0' } } });
    expect(feeds).toEqual([FEED]);
    await vi.waitFor(() => expect(told).toEqual(['checking', 'available']));
  });

  it('is not looked for, nor an updater made, without one', async () => {
    const feeds: string[] = [];
    app = await openTestApp({ app: { updater: updaterFor(feeds) } });
    expect(await app.call('app.checkForUpdate')).toMatchObject({ ok: true, value: { feed: null, available: false, progress: { step: 'idle' } } });
    expect(feeds).toEqual([]);
  });
});
