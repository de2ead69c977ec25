import { describe, expect, it } from 'vitest';
import { useAccount } from '../../../support/account';
import { KEY, post, SECRET, statusOf } from './client';

const sandbox = useAccount({ apiKey: KEY, apiSecret: SECRET });

const NUMBER = '442079460958';
const edit = (fields: Record<string, unknown> = {}) => ({ number: NUMBER, appId: sandbox.state.appId, enableVoicemail: '0', ...fields });
const stored = (number = NUMBER) => sandbox.state.numbers.find((candidate) => candidate.number === number)!;

// Just the headers each format is recognised by; no recording is needed to test the sniffing.
const ascii = (text: string) => Buffer.from(text, 'latin1');
const AUDIO = {
  mp3: Buffer.concat([ascii('ID3'), Buffer.from([4, 0, 0, 0, 0, 0, 0]), Buffer.alloc(64)]),
  mp3Frame: Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(64)]),
  wav: Buffer.concat([ascii('RIFF'), Buffer.from([36, 0, 0, 0]), ascii('WAVEfmt '), Buffer.alloc(64)]),
  m4a: Buffer.concat([Buffer.from([0, 0, 0, 0x20]), ascii('ftypM4A '), Buffer.alloc(64)]),
  aacAdts: Buffer.concat([Buffer.from([0xff, 0xf1, 0x50, 0x80]), Buffer.alloc(64)]),
  text: ascii('this is not audio at all, only words in a file'),
};
const greeting = (bytes: Buffer, voicemailFileName: string) => ({ voicemailFile: bytes.toString('base64'), voicemailFileName });

describe('/number/edit', () => {
  it('updates routing and keeps what was left out', async () => {
    const answer = await post(sandbox, '/number/edit', edit({ outIp: '198.51.100.7,2001:db8::7', inIp: '203.0.113.9:5080', remark: 'Moved to the new PBX' }));
    expect(answer).toEqual({ status: '0', reason: 'success', data: null });
    expect(stored()).toMatchObject({ outIp: '198.51.100.7,2001:db8::7', inIp: '203.0.113.9:5080', remark: 'Moved to the new PBX', inboundPrefix: '' });
    await post(sandbox, '/number/edit', edit({ inboundPrefix: '0044' }));
    expect(stored()).toMatchObject({ inboundPrefix: '0044', remark: 'Moved to the new PBX' });
    await post(sandbox, '/number/edit', edit({ remark: '' }));
    expect(stored().remark).toBe('');
  });

  it('turns voicemail on with a greeting, keeping its name, size and real format but not its bytes', async () => {
    expect(await statusOf(sandbox, '/number/edit', edit({ enableVoicemail: '1', voicemailMaxHangup: 99, ...greeting(AUDIO.wav, 'Welcome.WAV') }))).toBe('0');
    expect(stored()).toMatchObject({ enableVoicemail: '1', voicemailMaxHangup: 99, greeting: { fileName: 'Welcome.WAV', size: AUDIO.wav.length, format: 'wav' } });
    expect(JSON.stringify(stored())).not.toContain(AUDIO.wav.toString('base64'));
    // Turning it off keeps the greeting for later.
    expect(await statusOf(sandbox, '/number/edit', edit({ enableVoicemail: '0' }))).toBe('0');
    expect(stored()).toMatchObject({ enableVoicemail: '0', greeting: { format: 'wav' } });
  });

  it.each([
    ['an ID3-tagged mp3', AUDIO.mp3, 'greeting.mp3'],
    ['a bare MPEG frame mp3', AUDIO.mp3Frame, 'greeting.mp3'],
    ['an m4a', AUDIO.m4a, 'greeting.m4a'],
  ])('accepts %s', async (_, bytes, name) => {
    expect(await statusOf(sandbox, '/number/edit', edit({ enableVoicemail: '1', voicemailMaxHangup: 30, ...greeting(bytes, name) }))).toBe('0');
  });

  it.each([
    ['text renamed to .mp3', greeting(AUDIO.text, 'greeting.mp3')],
    ['AAC (ADTS) renamed to .mp3', greeting(AUDIO.aacAdts, 'greeting.mp3')],
    ['a wav named .mp3', greeting(AUDIO.wav, 'greeting.mp3')],
    ['an mp3 without an extension', greeting(AUDIO.mp3, 'greeting')],
    ['an empty file', { voicemailFile: '', voicemailFileName: 'greeting.mp3' }],
    ['a file over 5 MB', greeting(Buffer.concat([AUDIO.mp3, Buffer.alloc(5 * 1024 * 1024 - AUDIO.mp3.length + 1)]), 'big.mp3')],
  ])('answers -27 for %s', async (_, upload) => {
    expect(await statusOf(sandbox, '/number/edit', edit({ enableVoicemail: '1', voicemailMaxHangup: 30, ...upload }))).toBe('-27');
    expect(stored().greeting).toBeNull();
  });

  it('accepts a greeting of exactly 5 MB', async () => {
    const fiveMb = Buffer.concat([AUDIO.mp3, Buffer.alloc(5 * 1024 * 1024 - AUDIO.mp3.length)]);
    expect(await statusOf(sandbox, '/number/edit', edit({ enableVoicemail: '1', voicemailMaxHangup: 30, ...greeting(fiveMb, 'max.mp3') }))).toBe('0');
    expect(stored().greeting?.size).toBe(5 * 1024 * 1024);
  });

  it.each([
    ['no number', { number: undefined }],
    ['another appId', { appId: 'nope' }],
    ['an outIp that is not an IP', { outIp: '198.51.100.300' }],
    ['an outIp with spaces after the commas', { outIp: '198.51.100.7, 198.51.100.8' }],
    ['an outIp over 50 characters', { outIp: Array.from({ length: 4 }, (_, i) => `198.51.100.${100 + i}`).join(',') }],
    ['an inIp with a bad port', { inIp: '203.0.113.9:70000' }],
    ['an inIp host name', { inIp: 'pbx.example.com:5060' }],
    ['a valid inIp over 50 characters', { inIp: '[ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255]:65535' }],
    ['an inboundPrefix of 33 characters', { inboundPrefix: '1'.repeat(33) }],
    ['a remark of 51 characters', { remark: 'r'.repeat(51) }],
    ['enableVoicemail as a number', { enableVoicemail: 1 }],
    ['enableVoicemail "2"', { enableVoicemail: '2' }],
    ['voicemail on without voicemailMaxHangup', { enableVoicemail: '1' }],
    ['voicemailMaxHangup as the string "1000"', { enableVoicemail: '1', voicemailMaxHangup: '1000' }],
    ['voicemailMaxHangup 0', { enableVoicemail: '1', voicemailMaxHangup: 0 }],
    ['voicemailMaxHangup 1000', { enableVoicemail: '1', voicemailMaxHangup: 1000 }],
    ['a greeting without a file name', { enableVoicemail: '1', voicemailMaxHangup: 30, voicemailFile: AUDIO.mp3.toString('base64') }],
    ['a greeting that is not base64', { enableVoicemail: '1', voicemailMaxHangup: 30, voicemailFile: 'not base64!', voicemailFileName: 'a.mp3' }],
  ])('answers -22 for %s', async (_, fields) => {
    expect(await statusOf(sandbox, '/number/edit', edit(fields))).toBe('-22');
  });

  it('accepts voicemailMaxHangup as the string "99" of the vendor sample, as the number it is', async () => {
    expect(await statusOf(sandbox, '/number/edit', edit({ enableVoicemail: '1', voicemailMaxHangup: '99' }))).toBe('0');
    expect(sandbox.state.numbers.map((number) => number.voicemailMaxHangup)).toContain(99);
  });

  it('accepts the edges of every field', async () => {
    const fields = {
      outIp: '198.51.100.1,198.51.100.2,198.51.100.3,203.0.113.9',
      inIp: '[2001:db8::1]:5060',
      inboundPrefix: '1'.repeat(32),
      remark: 'r'.repeat(50),
      enableVoicemail: '1',
      voicemailMaxHangup: 999,
    };
    expect(fields.outIp.length).toBe(50);
    expect(await statusOf(sandbox, '/number/edit', edit(fields))).toBe('0');
    expect(await statusOf(sandbox, '/number/edit', edit({ inIp: '203.0.113.9' }))).toBe('0');
  });

  it('answers -24 for a number the account does not have', async () => {
    expect(await statusOf(sandbox, '/number/edit', edit({ number: '447700900999' }))).toBe('-24');
  });

  it('answers -29 when the number’s workspace is disabled', async () => {
    stored().workspaceDisabled = true;
    expect(await statusOf(sandbox, '/number/edit', edit({ remark: 'x' }))).toBe('-29');
    expect(stored().remark).toBe('London office');
  });

  it('answers -31 when the account has a whitelist without this address', async () => {
    sandbox.state.ipWhitelist = ['198.51.100.1'];
    expect(await statusOf(sandbox, '/number/edit', edit())).toBe('-31');
    sandbox.state.ipWhitelist.push('127.0.0.1');
    expect(await statusOf(sandbox, '/number/edit', edit())).toBe('0');
  });
});
