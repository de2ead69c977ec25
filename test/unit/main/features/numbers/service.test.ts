import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSAFE_TEXT_RULE } from '../../../../../contract/text';
import { openTestApp, useTestApp } from '../../../../support/app';
import { failureForRawInput } from '../../../../support/router';
import { m4a, mp3, png, wav } from '../../../../support/audio-fixtures';

const NUMBER = '442079460958';

const app = useTestApp();
const edits = () => app.sandbox.requests.filter((request) => request.path === '/number/edit');
const lastEdit = () => edits().at(-1)?.body as Record<string, unknown>;
const stored = (number = NUMBER) => app.sandbox.state.numbers.find((candidate) => candidate.number === number)!;

const stage = (name: string, bytes: Uint8Array<ArrayBuffer>) => app.value('numbers.stageGreeting', { name, bytes });

describe('numbers.edit', () => {
  it('sends only the documented fields that were filled in: voicemail as "1", the hangup as an integer', async () => {
    const result = await app.call('numbers.edit', {
      number: NUMBER,
      appId: '',
      outIp: '198.51.100.7, 2001:db8::7',
      inIp: '',
      inboundPrefix: '0044',
      remark: '  ',
      enableVoicemail: true,
      voicemailMaxHangup: 45,
    });
    expect(result).toEqual({ ok: true, value: { number: NUMBER } });
    expect(lastEdit()).toEqual({
      number: NUMBER,
      appId: app.sandbox.state.appId,
      outIp: '198.51.100.7,2001:db8::7',
      inboundPrefix: '0044',
      enableVoicemail: '1',
      voicemailMaxHangup: 45,
    });
    // Left out means kept: the number's inbound address and remark are what they were.
    expect(stored()).toMatchObject({ outIp: '198.51.100.7,2001:db8::7', inIp: '203.0.113.21', remark: 'London office', enableVoicemail: '1', voicemailMaxHangup: 45 });
  });

  it('turns voicemail off with "0" and no hangup', async () => {
    expect(await app.call('numbers.edit', { number: '447700900123', enableVoicemail: false, voicemailMaxHangup: '' })).toMatchObject({ ok: true });
    expect(lastEdit()).toEqual({ number: '447700900123', appId: app.sandbox.state.appId, enableVoicemail: '0' });
  });

  it('sends a staged greeting base64-encoded, decoding to the exact original bytes, then forgets it', async () => {
    const bytes = wav({ seconds: 1.5 });
    bytes.set([1, 2, 3, 250, 251, 252], 1000); // not all silence: any byte change would show
    const greeting = await stage('Welcome.wav', bytes);
    expect(greeting).toMatchObject({ name: 'Welcome.wav', fileName: 'Welcome.wav', size: bytes.length, format: 'wav', durationSeconds: 1.5 });

    const result = await app.call('numbers.edit', { number: NUMBER, enableVoicemail: true, voicemailMaxHangup: 30, greetingId: greeting.greetingId });
    expect(result).toEqual({ ok: true, value: { number: NUMBER, greetingFileName: 'Welcome.wav' } });
    const sent = lastEdit();
    expect(sent.voicemailFileName).toBe('Welcome.wav');
    expect(Buffer.from(sent.voicemailFile as string, 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(stored().greeting).toEqual({ fileName: 'Welcome.wav', size: bytes.length, format: 'wav' });

    const again = await app.call('numbers.edit', { number: NUMBER, enableVoicemail: true, voicemailMaxHangup: 30, greetingId: greeting.greetingId });
    expect(again).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'greeting' } });
    expect(edits()).toHaveLength(1);
  });

  it('sends an mp3 called .wav under its real extension, which the vendor accepts', async () => {
    const greeting = await stage('hello.wav', mp3({ seconds: 1, id3: true }));
    expect(greeting).toMatchObject({ format: 'mp3', fileName: 'hello.mp3' });
    expect(await app.call('numbers.edit', { number: NUMBER, enableVoicemail: true, voicemailMaxHangup: 20, greetingId: greeting.greetingId })).toMatchObject({ ok: true });
    expect(lastEdit().voicemailFileName).toBe('hello.mp3');
    expect(stored().greeting).toMatchObject({ fileName: 'hello.mp3', format: 'mp3' });
  });

  it('refuses invalid input with the field and the rule, and sends nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ outIp: '198.51.100.300' }, 'outIp: "198.51.100.300" is not an IPv4 or IPv6 address'],
      [{ inIp: 'pbx.example.com:5060' }, 'inIp: must be an IP address, or IP:port (IPv6 as [address]:port), port 1–65535'],
      [{ remark: 'r'.repeat(51) }, 'remark: must be at most 50 characters'],
      [{ enableVoicemail: true }, 'voicemailMaxHangup: is required when voicemail is on (1–999 seconds)'],
      [{ number: '+44 20' }, 'number: must be 7–15 digits, country code first (this has 4)'],
    ];
    for (const [fields, message] of cases) {
      const result = await app.call('numbers.edit', { number: NUMBER, enableVoicemail: false, ...fields });
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', message } });
    }
    expect(edits()).toHaveLength(0);
  });

  describe('values read from ITNIO against our stricter rules', () => {
    // The vendor's own sample gateway and a host name: neither an IP address, yet values ITNIO may hold.
    const READ = { outIp: '12.325.353.2', inIp: 'sbc.example.net:5060' };

    it('sends stored addresses our rules would refuse back as read when the operator changed only the remark', async () => {
      Object.assign(stored(), READ);
      const result = await app.call('numbers.edit', { number: NUMBER, ...READ, inboundPrefix: '', remark: 'New desk', enableVoicemail: false });
      expect(result).toEqual({ ok: true, value: { number: NUMBER } });
      expect(lastEdit()).toEqual({ number: NUMBER, appId: app.sandbox.state.appId, ...READ, remark: 'New desk', enableVoicemail: '0' });
    });

    it('holds addresses that differ from what ITNIO holds to the rules, and sends nothing', async () => {
      expect(await app.call('numbers.edit', { number: NUMBER, outIp: READ.outIp, enableVoicemail: false })).toMatchObject({
        ok: false,
        error: { kind: 'invalid-input', field: 'outIp', message: 'outIp: "12.325.353.2" is not an IPv4 or IPv6 address' },
      });
      expect(await app.call('numbers.edit', { number: NUMBER, inIp: READ.inIp, enableVoicemail: false })).toMatchObject({
        ok: false,
        error: { kind: 'invalid-input', field: 'inIp', message: 'inIp: must be an IP address, or IP:port (IPv6 as [address]:port), port 1–65535' },
      });
      expect(edits()).toHaveLength(0);
    });

    it('shows control characters ITNIO holds as visible stand-ins, and sends them back as read when they were left alone', async () => {
      Object.assign(stored(), { remark: 'London\u202eoffice', inboundPrefix: '00\u001b44' });
      const shown = (await app.value('numbers.list', undefined)).numbers.find((listed) => listed.number === NUMBER)!;
      expect(shown).toMatchObject({ remark: 'London\ufffdoffice', inboundPrefix: '00\u241b44' });
      const { remark, inboundPrefix, outIp, inIp } = shown;
      expect(await app.call('numbers.edit', { number: NUMBER, outIp, inIp, inboundPrefix, remark, enableVoicemail: true, voicemailMaxHangup: 30 })).toMatchObject({ ok: true });
      expect(lastEdit()).toMatchObject({ remark: 'London\u202eoffice', inboundPrefix: '00\u001b44', enableVoicemail: '1' });
    });

    it.each([
      ['remark', 'London\u202eoffice'],
      ['inboundPrefix', '00\u001b44'],
    ])('refuses control and direction characters typed into %s, and sends nothing', async (field, typed) => {
      const result = await app.call('numbers.edit', { number: NUMBER, [field]: typed, enableVoicemail: false });
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field, message: `${field}: ${UNSAFE_TEXT_RULE}` } });
      expect(edits()).toHaveLength(0);
    });
  });

  it('refuses a greeting id main does not hold, before sending', async () => {
    const result = await app.call('numbers.edit', { number: NUMBER, enableVoicemail: false, greetingId: 'not-staged' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'greeting', message: 'greeting: the file is no longer held for sending' } });
    expect(edits()).toHaveLength(0);
  });
});

describe('vendor answers', () => {
  it('-24: a number the account does not have', async () => {
    const result = await app.call('numbers.edit', { number: '447700900999', enableVoicemail: false });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'vendor',
        code: '-24',
        field: 'number',
        message: 'This number was not found in the application.',
        hint: "Check the number and the profile's application id.",
        say: { message: { key: 'status.numberNotFound.message' }, hint: { key: 'status.numberNotFound.hint' } },
      },
    });
  });

  it('-31: this computer is not in the whitelist', async () => {
    app.sandbox.state.ipWhitelist = ['10.0.0.1'];
    const result = await app.call('numbers.edit', { number: NUMBER, enableVoicemail: false });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'vendor',
        code: '-31',
        message: "This computer's IP address is not in the whitelist.",
        hint: "Add this computer's public IP address to the whitelist in the ITNIO console.",
        say: { message: { key: 'status.ipNotWhitelisted.message' }, hint: { key: 'status.ipNotWhitelisted.hint' } },
      },
    });
  });

  it('-27: a greeting the vendor rejects stays staged, so the save can be retried', async () => {
    const greeting = await stage('welcome.m4a', m4a({ seconds: 2 }));
    app.sandbox.faults.inject({ kind: 'status', code: '-27', path: '/number/edit', times: 1 });
    const edit = { number: NUMBER, enableVoicemail: true, voicemailMaxHangup: 30, greetingId: greeting.greetingId };
    expect(await app.call('numbers.edit', edit)).toEqual({
      ok: false,
      error: {
        kind: 'vendor',
        code: '-27',
        field: 'voicemailFile',
        message: 'The voicemail greeting was rejected: the file format is not accepted.',
        hint: 'Choose an mp3, wav or m4a file of at most 5 MB.',
        say: { message: { key: 'status.greetingFormat.message' }, hint: { key: 'status.greetingFormat.hint' } },
      },
    });
    expect(await app.call('numbers.edit', edit)).toMatchObject({ ok: true, value: { greetingFileName: 'welcome.m4a' } });
  });
});

describe('greetings', () => {
  it('refuses what is not a greeting, saying what it is', async () => {
    expect(await app.call('numbers.stageGreeting', { name: 'photo.mp3', bytes: png() })).toMatchObject({
      ok: false,
      error: { kind: 'file', field: 'greeting', message: '"photo.mp3" is a png file, not audio; a greeting must be an mp3, wav or m4a file.' },
    });
    expect(await failureForRawInput(app.router, 'numbers.stageGreeting', { name: 'a.mp3', bytes: 'aGVsbG8=' })).toMatchObject({ kind: 'invalid-input', field: 'bytes' });
  });

  it('picks a greeting in the open dialog, returning its bytes for the preview; cancelling picks nothing', async () => {
    const bytes = mp3({ seconds: 2 });
    const path = join(app.home, 'picked.mp3');
    writeFileSync(path, bytes);
    app.dialogs.queueOpen(path);
    const picked = await app.call('numbers.pickGreeting');
    expect(picked).toMatchObject({ ok: true, value: { greeting: { name: 'picked.mp3', format: 'mp3', size: bytes.length } } });
    expect(picked.ok && picked.value !== null && Buffer.from(picked.value.bytes).equals(Buffer.from(bytes))).toBe(true);

    expect(await app.call('numbers.pickGreeting')).toEqual({ ok: true, value: null });
  });

  it('refuses a picked file over 5 MB by its size', async () => {
    const path = join(app.home, 'long.wav');
    writeFileSync(path, '');
    truncateSync(path, 5 * 1024 * 1024 + 1);
    app.dialogs.queueOpen(path);
    expect(await app.call('numbers.pickGreeting')).toMatchObject({ ok: false, error: { kind: 'file', message: expect.stringContaining('"long.wav" is 5.0 MB (5,242,881 bytes)') } });
  });

  it('discards a staged greeting', async () => {
    const greeting = await stage('welcome.wav', wav());
    expect(await app.call('numbers.discardGreeting', { greetingId: greeting.greetingId })).toEqual({ ok: true, value: undefined });
    expect(await app.call('numbers.edit', { number: NUMBER, enableVoicemail: false, greetingId: greeting.greetingId })).toMatchObject({ ok: false, error: { field: 'greeting' } });
  });
});

describe('numbers.recent', () => {
  it('remembers successful edits per profile, newest first, across restarts', async () => {
    expect(await app.call('numbers.recent')).toEqual({ ok: true, value: { profileId: 'sandbox', numbers: [] } });
    await app.call('numbers.edit', { number: NUMBER, enableVoicemail: false, remark: 'London office' });
    await app.call('numbers.edit', { number: '12025550143', enableVoicemail: false });
    await app.call('numbers.edit', { number: '447700900999', enableVoicemail: false }); // -24: not remembered
    await app.call('numbers.edit', { number: NUMBER, enableVoicemail: false });

    // The app quits (its data folder stays) and starts again.
    await app.context.close();
    const again = await openTestApp({ home: app.home });
    try {
      const recent = await again.call('numbers.recent');
      expect(recent).toMatchObject({ ok: true, value: { profileId: 'sandbox', numbers: [{ number: NUMBER, remark: 'London office' }, { number: '12025550143' }] } });
      expect(recent.ok && recent.value.numbers).toHaveLength(2);
    } finally {
      await again.close();
    }
  });
});

it('keeps greetings and credentials out of the log', async () => {
  const bytes = wav({ seconds: 1 });
  const greeting = await stage('welcome.wav', bytes);
  await app.call('numbers.edit', { number: NUMBER, enableVoicemail: true, voicemailMaxHangup: 30, greetingId: greeting.greetingId });
  const log = app.logLines.join('\n');
  expect(log).toContain('numberEdit');
  expect(log).not.toContain(Buffer.from(bytes).toString('base64').slice(0, 64));
  expect(log).not.toMatch(/Sign|Api-Key/i);
});
