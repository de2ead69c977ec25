import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inEnglish } from '../../../../../main/platform/messages';
import { openTestApp, type TestApp } from '../../../../support/app';

const SECRET = 'file-exchange-secret-9q';
const KEY = 'exchKey771';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function withProfile() {
  app = await openTestApp();
  const saved = await app.value('profiles.save', {
    name: 'Head office',
    baseUrl: 'https://api.itniotech.com',
    appId: 'app-4b2d91',
    apiKey: KEY,
    apiSecret: SECRET,
    defaultCallerId: '+44 20 7946 0958',
    registrar: { host: 'sip.example.com', port: 5061, transport: 'tls' },
  });
  return { app, saved };
}

describe("the app's Export profile… and Import profile…", () => {
  it('saves a profile file where the operator chose, with no key or secret, and reads it back into the Add form', async () => {
    const { app, saved } = await withProfile();
    const exported = await app.value('profiles.exportFile', { id: saved.id });
    expect(exported).toEqual({ saved: true, path: join(app.home, 'exports', 'Head-office.json') });
    const text = readFileSync(join(app.home, 'exports', 'Head-office.json'), 'utf8');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(SECRET);
    expect(statSync(join(app.home, 'exports', 'Head-office.json')).mode & 0o077).toBe(0);

    app.dialogs.queueOpen(join(app.home, 'exports', 'Head-office.json'));
    expect(await app.value('profiles.importFile', undefined)).toEqual({
      chosen: true,
      fileName: 'Head-office.json',
      profile: { name: 'Head office', baseUrl: 'https://api.itniotech.com', appId: 'app-4b2d91', defaultCallerId: '442079460958', registrar: { host: 'sip.example.com', port: 5061, transport: 'tls' } },
    });
    // Cancelled: nothing chosen, nothing said.
    expect(await app.value('profiles.importFile', undefined)).toEqual({ chosen: false });
  });

  it('refuses to export the built-in Sandbox, which every computer has', async () => {
    app = await openTestApp();
    const refused = await app.router.dispatch('profiles.exportFile', { id: 'sandbox' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid-input', message: 'The built-in Sandbox is on every computer already; it cannot be exported.' } });
    expect(!refused.ok && inEnglish(refused.error.say!.message)).toBe(!refused.ok && refused.error.message);
    const unknown = await app.router.dispatch('profiles.exportFile', { id: 'p-nope' });
    expect(unknown).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'id',
        message: 'There is no profile "p-nope".',
        hint: 'Reload the profile list and pick one of them.',
        say: { message: { key: 'profiles.notFound.message', values: { id: 'p-nope' } }, hint: { key: 'profiles.notFound.hint' } },
      },
    });
  });

  it('names the field of a file whose profile breaks a rule, and refuses a file with a credential', async () => {
    app = await openTestApp();
    const file = join(app.home, 'team.json');
    writeFileSync(file, JSON.stringify({ kind: 'switchboard-profile', version: 1, profile: { name: 'Team', baseUrl: 'ftp://example.com', appId: 'a' } }));
    app.dialogs.queueOpen(file);
    const broken = await app.router.dispatch('profiles.importFile', undefined);
    expect(broken).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'profile.baseUrl' } });
    expect(!broken.ok && broken.error.message).toMatch(/^profile\.baseUrl in team\.json: /);
    expect(!broken.ok && [inEnglish(broken.error.say!.message), inEnglish(broken.error.say!.hint!)]).toEqual(!broken.ok && [broken.error.message, broken.error.hint]);
    // The profile's own rule, said by the rule catalog's key.
    expect(!broken.ok && broken.error.say?.rule?.key).toMatch(/^rules\.rule\./);
    expect(!broken.ok && inEnglish(broken.error.say!.rule!)).toBe(!broken.ok && broken.error.rule);

    writeFileSync(file, JSON.stringify({ kind: 'switchboard-profile', version: 1, profile: { name: 'Team', baseUrl: 'https://api.itniotech.com', appId: 'a', apiSecret: SECRET } }));
    app.dialogs.queueOpen(file);
    const carrying = await app.router.dispatch('profiles.importFile', undefined);
    expect(carrying).toMatchObject({ ok: false, error: { field: 'profile.apiSecret' } });
    expect(JSON.stringify(carrying)).not.toContain(SECRET);
  });

  it('says a file that cannot be read could not be, with its code', async () => {
    app = await openTestApp();
    app.dialogs.queueOpen(join(app.home, 'gone.json'));
    expect(await app.router.dispatch('profiles.importFile', undefined)).toMatchObject({ ok: false, error: { kind: 'file', message: 'gone.json could not be read (ENOENT).' } });
  });
});
