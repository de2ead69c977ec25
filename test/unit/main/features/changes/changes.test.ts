import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateInputFrom } from '../../../../../contract/schemas/trunks';
import { CHANGES_FILE } from '../../../../../main/features/changes/journal';
import { inEnglish } from '../../../../../main/platform/messages';
import { useTestApp } from '../../../../support/app';
import { wav } from '../../../../support/audio-fixtures';

const app = useTestApp();
const NUMBER = '442079460958';
const TRUNK_PASSWORD = 'Typed-Trunk-Pass-71';

const journal = async () => (await app.value('changes.list')).entries;
const stored = (number = NUMBER) => app.sandbox.state.numbers.find((candidate) => candidate.number === number)!;
const trunk = async (keyId: number) => (await app.value('trunks.list', { all: true })).records.find((record) => record.keyId === keyId)!;

describe('the change journal of writes to ITNIO', () => {
  it('journals every write with the values read just before, the values sent and the result, never a secret', async () => {
    const greeting = await app.value('numbers.stageGreeting', { name: 'welcome.wav', bytes: wav({ seconds: 1 }) });
    await app.value('numbers.edit', { number: NUMBER, remark: 'Front desk', enableVoicemail: true, voicemailMaxHangup: 30, greetingId: greeting.greetingId });
    await app.value('trunks.update', { ...updateInputFrom(await trunk(2001)), sipTrunkName: 'LON-Out-Main', sipPassword: TRUNK_PASSWORD });
    const phone = app.sandbox.state.phones[0]!;
    await app.value('phones.resetPassword', { account: phone.account });
    const batch = await app.value('phones.create', { groupName: 'Journal Check', phoneName: 'jcheck', quantity: 2, displayNum: '447700900123' });

    const entries = await journal();
    expect(entries.map(({ action, object, result, via, profileName }) => ({ action, object, result, via, profileName }))).toEqual([
      { action: 'phones.create', object: 'group Journal Check', result: { ok: true }, via: 'app', profileName: 'Sandbox' },
      { action: 'phones.resetPassword', object: phone.account, result: { ok: true }, via: 'app', profileName: 'Sandbox' },
      { action: 'trunks.update', object: 'trunk 2001 · LON-Out-Primary', result: { ok: true }, via: 'app', profileName: 'Sandbox' },
      { action: 'numbers.edit', object: NUMBER, result: { ok: true }, via: 'app', profileName: 'Sandbox' },
    ]);
    const [created, reset, updated, edited] = entries;
    const accounts = batch.phones.map((added) => added.account).sort();
    expect(created!.changes).toEqual([{ field: 'phones', current: '', next: `2 new (accounts ${accounts[0]}–${accounts[1]})` }]);
    expect(reset!.changes).toEqual([{ field: 'SIP password', current: '(set)', next: 'changed' }]);
    expect(updated!.changes).toEqual([
      { field: 'name', current: 'LON-Out-Primary', next: 'LON-Out-Main' },
      { field: 'SIP password', current: '(set)', next: 'changed' },
    ]);
    expect(edited!.changes).toEqual([
      { field: 'remark', current: 'London office', next: 'Front desk' },
      { field: 'voicemail', current: 'off', next: 'on' },
      { field: 'max hangup', current: '', next: '30 s' },
      { field: 'greeting', current: '', next: 'welcome.wav (new recording)' },
    ]);
    // Put back is offered for numbers and trunks only, with the values before and no password.
    expect(edited!.revert).toEqual({ method: 'numbers.edit', input: { number: NUMBER, outIp: '', inIp: '203.0.113.21', inboundPrefix: '', remark: 'London office', enableVoicemail: false } });
    expect(updated!.revert).toMatchObject({ method: 'trunks.update', input: { keyId: 2001, sipTrunkName: 'LON-Out-Primary', sipPassword: '' } });
    expect([created!.revert, reset!.revert]).toEqual([undefined, undefined]);

    // The raw file: no SIP password (typed, reset or seeded), no greeting bytes.
    const raw = readFileSync(join(app.home, CHANGES_FILE), 'utf8');
    const base64 = (app.sandbox.requests.find((request) => request.path === '/number/edit')!.body as Record<string, unknown>).voicemailFile as string;
    expect(raw).not.toContain(base64.slice(100, 160));
    for (const password of [TRUNK_PASSWORD, ...app.sandbox.state.phones.map((added) => added.password), ...app.sandbox.state.trunks.map((seeded) => seeded.sipPassword ?? '').filter(Boolean)]) {
      expect(raw).not.toContain(password);
    }
  });

  it('journals a write ITNIO refused, with its error and nothing to put back', async () => {
    stored().workspaceDisabled = true;
    const refused = await app.failure('numbers.edit', { number: NUMBER, remark: 'Closed', enableVoicemail: false });
    expect(refused).toMatchObject({ kind: 'vendor', code: '-29' });
    const [entry] = await journal();
    expect(entry).toMatchObject({ action: 'numbers.edit', result: { ok: false, error: { kind: 'vendor', code: '-29' } }, changes: [{ field: 'remark', current: 'London office', next: 'Closed' }] });
    expect(entry!.revert).toBeUndefined();
    expect(await app.failure('changes.previewRevert', { id: entry!.id })).toMatchObject({ kind: 'invalid-input', message: expect.stringMatching(/was not saved \(.*\), so there is nothing to put back/) });
  });

  it('answers a saved write as saved when the journal cannot be written, logging that it was not journalled', async () => {
    mkdirSync(join(app.home, CHANGES_FILE));
    expect(await app.value('numbers.edit', { number: NUMBER, remark: 'Unjournalled', enableVoicemail: false })).toEqual({ number: NUMBER });
    expect(stored().remark).toBe('Unjournalled');
    expect(app.logLines.join('\n')).toContain('changes not journalled');
  });

  it('lists by kind, day and text', async () => {
    await app.value('numbers.edit', { number: NUMBER, remark: 'Searchable', enableVoicemail: false });
    await app.value('trunks.update', { ...updateInputFrom(await trunk(2004)), sipPrefix: '0033' });
    expect((await app.value('changes.list', { kind: 'trunk' })).entries.map((entry) => entry.object)).toEqual(['trunk 2004 · FRA-Out-Primary']);
    expect((await app.value('changes.list', { search: 'searchABLE' })).entries.map((entry) => entry.object)).toEqual([NUMBER]);
    expect((await app.value('changes.list', { since: '2999-01-01' })).entries).toEqual([]);
    expect(await app.value('changes.list', { since: '2000-01-01', profileId: 'sandbox' })).toEqual(await app.value('changes.list'));
  });
});

describe('put back', () => {
  it('previews a number now → before, names what cannot be put back, and sends it as a change of its own', async () => {
    const greeting = await app.value('numbers.stageGreeting', { name: 'welcome.wav', bytes: wav({ seconds: 1 }) });
    await app.value('numbers.edit', { number: NUMBER, outIp: '198.51.100.7', remark: 'Moved', enableVoicemail: true, voicemailMaxHangup: 45, greetingId: greeting.greetingId });
    const [edit] = await journal();

    const preview = await app.value('changes.previewRevert', { id: edit!.id });
    expect(preview).toEqual({
      id: edit!.id,
      object: NUMBER,
      changes: [
        { field: 'remark', current: 'Moved', next: 'London office' },
        { field: 'voicemail', current: 'on', next: 'off' },
        { field: 'max hangup', current: '45 s', next: '' },
      ],
      cannot: [
        {
          field: 'outbound IPs',
          reason: 'was empty before, and ITNIO keeps a value an edit leaves out, so it cannot be emptied from here',
          say: { field: { key: 'changes.putBack.fields.outIp' }, reason: { key: 'changes.putBack.emptyBefore' } },
        },
        {
          field: 'greeting',
          reason: "the greeting's sound is never kept on this computer, so the one before cannot be sent again",
          say: { field: { key: 'changes.putBack.fields.greeting' }, reason: { key: 'changes.putBack.greetingGone' } },
        },
      ],
    });
    for (const { field, reason, say } of preview.cannot) expect([inEnglish(say!.field), inEnglish(say!.reason)]).toEqual([field, reason]);

    const { entry } = await app.value('changes.revert', { id: edit!.id });
    expect(entry).toMatchObject({ action: 'numbers.edit', revertOf: edit!.id, result: { ok: true }, changes: preview.changes });
    expect(stored()).toMatchObject({ remark: 'London office', enableVoicemail: '0', outIp: '198.51.100.7' });
    expect((await journal()).map((listed) => listed.id)).toEqual([entry.id, edit!.id]);
  });

  it('puts a trunk back, its password named as kept', async () => {
    await app.value('trunks.update', { ...updateInputFrom(await trunk(2001)), sipTrunkName: 'LON-Out-Main', sipGatewayIp: '198.51.100.12', sipPassword: TRUNK_PASSWORD });
    const [update] = await journal();
    const preview = await app.value('changes.previewRevert', { id: update!.id });
    expect(preview.changes).toEqual([
      { field: 'name', current: 'LON-Out-Main', next: 'LON-Out-Primary' },
      { field: 'gateway IP', current: '198.51.100.12', next: '198.51.100.10' },
    ]);
    expect(preview.cannot).toEqual([
      {
        field: 'SIP password',
        reason: 'passwords are never kept in the change journal, so the trunk keeps its current one',
        say: { field: { key: 'changes.putBack.fields.sipPassword' }, reason: { key: 'changes.putBack.passwordGone' } },
      },
    ]);
    expect(inEnglish(preview.cannot[0]!.say!.reason)).toBe(preview.cannot[0]!.reason);
    const { entry } = await app.value('changes.revert', { id: update!.id });
    expect(entry).toMatchObject({ revertOf: update!.id, object: 'trunk 2001 · LON-Out-Main', changes: preview.changes });
    expect(app.sandbox.state.trunks.find((seeded) => seeded.keyId === 2001)).toMatchObject({ sipTrunkName: 'LON-Out-Primary', sipGatewayIp: '198.51.100.10', sipPassword: TRUNK_PASSWORD });
    // Once back, there is nothing left to put back, and nothing is sent.
    const sent = app.sandbox.requests.length;
    const nothing = await app.failure('changes.revert', { id: update!.id });
    expect(nothing).toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining('Nothing to put back'),
      say: { message: { key: 'changes.nothingToPutBack.apartFrom', values: { object: 'trunk 2001 · LON-Out-Primary', id: update!.id } }, hint: { key: 'changes.nothingToPutBack.hint' } },
    });
    expect([inEnglish(nothing.say!.message), inEnglish(nothing.say!.hint!)]).toEqual([nothing.message, nothing.hint]);
    expect(app.sandbox.requests.slice(sent).map((request) => request.path)).not.toContain('/v3/cc/sipTrunk/update');
  });

  it("refuses another profile's change, a phone's, and an unknown id, sending nothing", async () => {
    await app.value('numbers.edit', { number: NUMBER, remark: 'Elsewhere', enableVoicemail: false });
    await app.value('phones.resetPassword', { account: app.sandbox.state.phones[0]!.account });
    const [reset, edit] = await journal();
    const phone = await app.failure('changes.previewRevert', { id: reset!.id });
    expect(phone).toMatchObject({
      message: expect.stringContaining("only saved changes to a number's settings or a trunk"),
      say: { message: { key: 'changes.refused.message', values: { reason: { key: 'changes.refused.notRevertible', values: { id: reset!.id } } } }, hint: { key: 'changes.refused.hint' } },
    });
    expect([inEnglish(phone.say!.message), inEnglish(phone.say!.hint!)]).toEqual([phone.message, phone.hint]);
    expect(await app.failure('changes.revert', { id: 'nope' })).toMatchObject({ field: 'id', message: expect.stringContaining('there is no change nope') });

    const [credentials] = app.sandbox.state.credentials;
    const other = await app.value('profiles.save', { name: 'Other', baseUrl: app.sandbox.url, appId: app.sandbox.state.appId, apiKey: credentials!.apiKey, apiSecret: credentials!.apiSecret });
    await app.value('profiles.use', { id: other.id });
    const sent = app.sandbox.requests.length;
    const elsewhere = await app.failure('changes.revert', { id: edit!.id });
    expect(elsewhere).toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining('was made under profile "Sandbox", not the active one'),
      hint: expect.stringContaining('Switch to profile Sandbox'),
      say: { message: { key: 'changes.otherProfile.message', values: { id: edit!.id, name: 'Sandbox' } }, hint: { key: 'changes.otherProfile.hint', values: { name: 'Sandbox' } } },
    });
    expect([inEnglish(elsewhere.say!.message), inEnglish(elsewhere.say!.hint!)]).toEqual([elsewhere.message, elsewhere.hint]);
    expect(app.sandbox.requests.length).toBe(sent);
  });
});
