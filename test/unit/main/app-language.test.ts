import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('app.language and app.setLanguage', () => {
  it("follows the system's languages until the operator picks one, kept in settings.json for the next start", async () => {
    // One data folder for both starts, as the app's own.
    const home = await mkdtemp(join(tmpdir(), 'switchboard-language-'));
    onTestFinished(() => rm(home, { recursive: true, force: true }));
    app = await openTestApp({ home, app: { systemLanguages: () => ['zh-Hans-CN', 'en-GB'] } });
    expect(await app.router.dispatch('app.language', undefined)).toEqual({ ok: true, value: { choice: 'system', system: ['zh-Hans-CN', 'en-GB'] } });
    expect(await app.router.dispatch('app.setLanguage', { choice: 'en' })).toEqual({ ok: true, value: { choice: 'en', system: ['zh-Hans-CN', 'en-GB'] } });
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toMatchObject({ language: 'en' });

    await app.close();
    app = await openTestApp({ home, app: { systemLanguages: () => ['zh-Hans-CN'] } });
    expect(await app.router.dispatch('app.language', undefined)).toEqual({ ok: true, value: { choice: 'en', system: ['zh-Hans-CN'] } });
  });

  it('belongs to the computer, not to a profile: switching profile keeps it', async () => {
    app = await openTestApp();
    await app.router.dispatch('app.setLanguage', { choice: 'zh-CN' });
    const saved = await app.call('profiles.save', { name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'app-1', apiKey: 'officeKey123', apiSecret: 'office-secret-123' });
    if (!saved.ok) expect.fail(saved.error.message);
    expect(await app.call('profiles.use', { id: saved.value.id })).toMatchObject({ ok: true });
    expect(await app.router.dispatch('app.language', undefined)).toMatchObject({ ok: true, value: { choice: 'zh-CN' } });
    expect(await app.call('profiles.use', { id: 'sandbox' })).toMatchObject({ ok: true });
    expect(await app.router.dispatch('app.language', undefined)).toMatchObject({ ok: true, value: { choice: 'zh-CN' } });
  });

  it('says no system languages where the host has none to tell (the CLI, the preview): the window asks its browser', async () => {
    app = await openTestApp();
    expect(await app.router.dispatch('app.language', undefined)).toEqual({ ok: true, value: { choice: 'system', system: [] } });
  });

  it('refuses a language Switchboard does not speak, naming the field, and keeps the choice it had', async () => {
    app = await openTestApp();
    expect(await app.router.dispatch('app.setLanguage', { choice: 'fr' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'choice' } });
    expect(await app.router.dispatch('app.language', undefined)).toMatchObject({ ok: true, value: { choice: 'system' } });
  });
});
