import { describe, expect, it } from 'vitest';
import { saveProfileInput } from '../../../../../contract/schemas/profiles';
import { profileFileOf, profileFileText, readProfileFile } from '../../../../../main/features/profiles/profile-file';
import { inEnglish } from '../../../../../main/platform/messages';

const SUMMARY = {
  id: 'p-1',
  name: 'Head office',
  baseUrl: 'https://api.itniotech.com',
  appId: 'app-4b2d91',
  defaultCallerId: '442079460958',
  apiKeyMasked: 'bDq…q9',
  sandbox: false,
  registrar: { host: 'sip.example.com', port: 5061, transport: 'tls' as const },
};

const fileWith = (profile: Record<string, unknown>, frame: Record<string, unknown> = {}) => JSON.stringify({ kind: 'switchboard-profile', version: 1, profile, ...frame });

describe('a profile file', () => {
  it('holds the address and settings of a profile, not its id or any form of its key, and reads back as them', () => {
    const text = profileFileText(profileFileOf(SUMMARY));
    expect(text).not.toMatch(/p-1|bDq|apiKey|secret/i);
    const read = readProfileFile(text, 'head-office.json');
    expect(read).toEqual({ ok: true, value: { name: 'Head office', baseUrl: 'https://api.itniotech.com', appId: 'app-4b2d91', defaultCallerId: '442079460958', registrar: SUMMARY.registrar } });
    // With credentials given on import, it is a profile main saves as it is.
    expect(saveProfileInput.safeParse({ ...(read.ok ? read.value : {}), apiKey: 'k', apiSecret: 's' }).success).toBe(true);
  });

  it('reads a file an editor saved with a byte-order mark', () => {
    expect(readProfileFile(`\uFEFF${fileWith({ name: 'A', baseUrl: 'https://api.itniotech.com', appId: 'a' })}`, 'a.json').ok).toBe(true);
  });

  it.each([
    ['not JSON', 'name: Head office', 'file', 'x.json is not a profile file: it is not JSON.'],
    ['another kind of file', JSON.stringify({ kind: 'switchboard-history', version: 1, profile: {} }), 'invalid-input', 'kind in x.json: must be "switchboard-profile": this is not a Switchboard profile file'],
    ['a newer version', fileWith({ name: 'A' }, { version: 2 }), 'invalid-input', 'version in x.json: must be 1; a newer Switchboard may have written this file'],
    ['a field a profile does not have', fileWith({ name: 'A', colour: 'red' }), 'invalid-input', 'profile.colour in x.json: is not a field of a profile'],
    ['an own __proto__ key', '{"kind":"switchboard-profile","version":1,"profile":{"name":"A","__proto__":{"admin":true}}}', 'invalid-input', 'profile.__proto__ in x.json: is not a field of a profile'],
    ['a profile that is a list', fileWith({}, { profile: ['A'] }), 'invalid-input', 'profile in x.json:'],
    ['more besides the profile', fileWith({ name: 'A' }, { policy: {} }), 'invalid-input', 'x.json: has "policy", which a profile file does not'],
  ])('refuses %s, naming the file and the field', (_what, text, kind, message) => {
    const read = readProfileFile(text, 'x.json');
    expect(read).toMatchObject({ ok: false, error: { kind } });
    expect(!read.ok && read.error.message).toContain(message);
    // The window's keys say in English what the CLI prints.
    if (!read.ok) expect([inEnglish(read.error.say!.message), inEnglish(read.error.say!.hint!)]).toEqual([read.error.message, read.error.hint]);
  });

  it('says a rule of its own by key, beside the rule as text', () => {
    expect(readProfileFile(fileWith({ name: 'A' }, { policy: {}, extra: 1 }), 'x.json')).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'file',
        rule: 'has "policy", "extra", which a profile file does not',
        message: 'file in x.json: has "policy", "extra", which a profile file does not',
        hint: 'Correct the file, or export the profile again.',
        say: {
          message: { key: 'profiles.file.broken', values: { field: 'file', source: 'x.json', rule: { key: 'rules.rule.profileFileKeys', values: { keys: '"policy", "extra"' } } } },
          hint: { key: 'rules.hints.correctFile' },
          rule: { key: 'rules.rule.profileFileKeys', values: { keys: '"policy", "extra"' } },
        },
      },
    });
  });

  it("says a rule of the file's schema by the rule catalog's key, the English as the schema words it", () => {
    const read = readProfileFile(fileWith({ name: 'A' }, { version: 2 }), 'x.json');
    const rule = { key: 'rules.rule.profileFileVersion', values: { version: '1' } };
    expect(read).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'version',
        rule: 'must be 1; a newer Switchboard may have written this file',
        message: 'version in x.json: must be 1; a newer Switchboard may have written this file',
        hint: 'Correct the file, or export the profile again.',
        say: { message: { key: 'profiles.file.broken', values: { field: 'version', source: 'x.json', rule } }, hint: { key: 'rules.hints.correctFile' }, rule },
      },
    });
    if (!read.ok) expect(inEnglish(read.error.say!.rule!)).toBe(read.error.rule);
    expect(readProfileFile(JSON.stringify({ kind: 'switchboard-history', version: 1, profile: {} }), 'x.json')).toMatchObject({
      error: { say: { rule: { key: 'rules.rule.profileFileKind', values: { kind: 'switchboard-profile' } } } },
    });
  });

  it('keeps a rule the catalog has no template of in English inside its keyed message, with no rule key', () => {
    const read = readProfileFile(fileWith({}, { profile: ['A'] }), 'x.json');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.say).toEqual({ message: { key: 'profiles.file.broken', values: { field: 'profile', source: 'x.json', rule: read.error.rule! } }, hint: { key: 'rules.hints.correctFile' } });
    expect(inEnglish(read.error.say!.message)).toBe(read.error.message);
  });

  it.each([
    ['the secret', { apiSecret: 'hunter2' }, 'profile.apiSecret'],
    ['the key', { apiKey: 'bDq7x' }, 'profile.apiKey'],
    ['a password under any case, however deep', { registrar: { host: 'h', extra: { SipPassword: 'pw1' } } }, 'profile.registrar.extra.SipPassword'],
  ])('refuses a file holding %s as a whole, without repeating it', (_what, extra, path) => {
    const read = readProfileFile(fileWith({ name: 'A', baseUrl: 'https://api.itniotech.com', appId: 'a', ...extra }), 'x.json');
    expect(read).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: path, message: `x.json holds a credential (${path}); a profile file never carries one, so nothing was imported.` } });
    expect(JSON.stringify(read)).not.toMatch(/hunter2|bDq7x|pw1/);
  });

  it('refuses a file larger than any profile file before parsing it', () => {
    expect(readProfileFile(fileWith({ name: 'A', remark: 'x'.repeat(70_000) }), 'big.json')).toMatchObject({ ok: false, error: { kind: 'file', message: 'big.json is larger than 64 KB, so it is not a profile file.' } });
  });
});
