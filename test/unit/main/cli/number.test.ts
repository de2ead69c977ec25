import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mp3, text, wav } from '../../../support/audio-fixtures';
import { cliHarness } from './cli-harness';

const KEY = 'numKey42';
const SECRET = 'number-cli-secret-never-printed';
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-number-cli-', credentials: 'environment' });
const { cli } = harness;

beforeEach(() => {
  harness.sandbox.requests.length = 0;
});

const edits = () => harness.sandbox.requests.filter((request) => request.path === '/number/edit');
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(harness.home, name);
  writeFileSync(path, bytes);
  return path;
};

describe('switchboard number edit', () => {
  it('edits routing with only the options given', async () => {
    const result = await cli(['number', 'edit', '442079460958', '--out-ip', '198.51.100.7, 2001:db8::7', '--in-ip', '203.0.113.9:5080', '--remark', 'New PBX', '--voicemail', 'off']);
    expect(result).toMatchObject({ code: 0, stdout: 'saved 442079460958: voicemail off' });
    expect(edits().map((request) => request.body)).toEqual([
      { number: '442079460958', appId: harness.sandbox.state.appId, outIp: '198.51.100.7,2001:db8::7', inIp: '203.0.113.9:5080', remark: 'New PBX', enableVoicemail: '0' },
    ]);
  });

  it('uploads a greeting through the same checks, under its real extension, byte for byte', async () => {
    const bytes = mp3({ seconds: 2 });
    const result = await cli(['number', 'edit', '13105550117', '--voicemail', 'on', '--max-hangup', '90', '--greeting', file('welcome.wav', bytes)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('saved 13105550117: voicemail on, greeting welcome.mp3 (welcome.wav is mp3 audio), 2.0 s');
    const body = edits()[0]!.body as Record<string, unknown>;
    expect(body).toMatchObject({ enableVoicemail: '1', voicemailMaxHangup: 90, voicemailFileName: 'welcome.mp3' });
    expect(Buffer.from(body.voicemailFile as string, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  it('prints JSON with --json, carrying all the line says: the voicemail sent and the greeting file', async () => {
    const result = await cli(['--json', 'number', 'edit', '12025550143', '--voicemail', 'on', '--max-hangup', '30', '--greeting', file('hi.wav', wav({ seconds: 1 }))]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: true,
      value: {
        number: '12025550143',
        greetingFileName: 'hi.wav',
        voicemail: { enableVoicemail: true, voicemailMaxHangup: 30, kept: false },
        greeting: { name: 'hi.wav', fileName: 'hi.wav', format: 'wav', size: expect.any(Number), durationSeconds: 1 },
      },
    });
  });

  it.each([
    [['--voicemail', 'maybe'], '--voicemail: must be on or off'],
    [['--voicemail', 'on'], '--max-hangup: is required when voicemail is on (1–999 seconds)'],
    [['--voicemail', 'on', '--max-hangup', '30s'], '--max-hangup: must be a whole number of seconds, 1–999'],
    [['--voicemail', 'off', '--out-ip', '198.51.100.300'], '--out-ip: "198.51.100.300" is not an IPv4 or IPv6 address'],
    [['--voicemail', 'off', '--inbound-prefix', '9'.repeat(33)], '--inbound-prefix: must be at most 32 characters'],
  ])('exits 2 for %j, naming the option, and sends nothing', async (options, message) => {
    const result = await cli(['number', 'edit', '442079460958', ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^error: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\nhint: `));
    expect(edits()).toHaveLength(0);
  });

  it('exits 2 for a greeting that is not audio, or over 5 MB, and sends nothing', async () => {
    const notAudio = await cli(['number', 'edit', '442079460958', '--voicemail', 'off', '--greeting', file('notes.mp3', text())]);
    expect(notAudio.code).toBe(2);
    expect(notAudio.stderr).toContain('"notes.mp3" is not an audio file Switchboard recognises');

    const big = file('big.wav', '');
    truncateSync(big, 5 * 1024 * 1024 + 1);
    const tooBig = await cli(['number', 'edit', '442079460958', '--voicemail', 'off', '--greeting', big]);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toContain('"big.wav" is 5.0 MB (5,242,881 bytes); a greeting can be at most 5 MB');
    expect(edits()).toHaveLength(0);
  });

  it('exits 3 with the vendor’s message and hint for an unknown number (-24)', async () => {
    const result = await cli(['number', 'edit', '447700900999', '--voicemail', 'off']);
    expect(result).toMatchObject({ code: 3, stderr: "error: This number was not found in the application.\nhint: Check the number and the profile's application id." });
  });

  describe('without --voicemail', () => {
    const reads = () => harness.sandbox.requests.filter((request) => request.path === '/number/queryPage');

    it('keeps the number’s voicemail on, with its max hangup, reading the account’s numbers first', async () => {
      const before = harness.sandbox.state.numbers.find((number) => number.number === '447700900123')!;
      expect(before).toMatchObject({ enableVoicemail: '1', voicemailMaxHangup: 60 });
      const result = await cli(['number', 'edit', '447700900123', '--remark', 'Reception, new desk']);
      expect(result).toMatchObject({ code: 0, stdout: 'saved 447700900123: voicemail on (kept)' });
      // The command reads the numbers for what it keeps; main reads the number again just before sending, for the change journal.
      expect(harness.sandbox.requests.map((request) => request.path)).toEqual(['/number/queryPage', '/number/queryPage', '/number/edit']);
      expect(edits().map((request) => request.body)).toEqual([
        { number: '447700900123', appId: harness.sandbox.state.appId, remark: 'Reception, new desk', enableVoicemail: '1', voicemailMaxHangup: 60 },
      ]);
    });

    it('keeps voicemail off, and takes a new max hangup for a number whose voicemail is on', async () => {
      const off = await cli(['number', 'edit', '493023125042', '--in-ip', '203.0.113.40']);
      expect(off).toMatchObject({ code: 0, stdout: 'saved 493023125042: voicemail off (kept)' });
      const on = await cli(['--json', 'number', 'edit', '447700900123', '--max-hangup', '120']);
      expect(on.code).toBe(0);
      expect(JSON.parse(on.stdout)).toEqual({ ok: true, value: { number: '447700900123', voicemail: { enableVoicemail: true, voicemailMaxHangup: 120, kept: true } } });
      expect(edits().map((request) => request.body)).toEqual([
        { number: '493023125042', appId: harness.sandbox.state.appId, inIp: '203.0.113.40', enableVoicemail: '0' },
        { number: '447700900123', appId: harness.sandbox.state.appId, enableVoicemail: '1', voicemailMaxHangup: 120 },
      ]);
    });

    it('keeps a max hangup the vendor lists as the string "99", sending it as the integer', async () => {
      const number = harness.sandbox.state.numbers.find((candidate) => candidate.number === '447700900123')!;
      // The vendor's own sample writes the seconds as text; the sandbox's state holds what it answers.
      number.voicemailMaxHangup = '99' as unknown as number;
      const result = await cli(['number', 'edit', '447700900123', '--remark', 'Front desk']);
      expect(result).toMatchObject({ code: 0, stdout: 'saved 447700900123: voicemail on (kept)' });
      expect(edits().map((request) => request.body)).toEqual([
        { number: '447700900123', appId: harness.sandbox.state.appId, remark: 'Front desk', enableVoicemail: '1', voicemailMaxHangup: 99 },
      ]);
    });

    it('exits 2 for a number the account does not list, sending no edit', async () => {
      const result = await cli(['number', 'edit', '447700900999', '--remark', 'Nobody']);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        "error: NUMBER: 447700900999 is not among this account's numbers, so there is no voicemail setting to keep\nhint: Check the number (`switchboard numbers list`), or give --voicemail on|off. Nothing was sent.",
      );
      expect(edits()).toHaveLength(0);
    });

    it.each([
      [['+44 20'], 'NUMBER: must be 7–15 digits, country code first (this has 4)'],
      [['442079460958', '--out-ip', '198.51.100.300'], '--out-ip: "198.51.100.300" is not an IPv4 or IPv6 address'],
      [['442079460958', '--max-hangup', '30s'], '--max-hangup: must be a whole number of seconds, 1–999'],
    ])('exits 2 for %j before reading anything', async (args, message) => {
      const result = await cli(['number', 'edit', ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(`error: ${message}`);
      expect(reads()).toHaveLength(0);
      expect(edits()).toHaveLength(0);
    });

    it('exits 4 when the numbers cannot be read, sending no edit', async () => {
      harness.sandbox.faults.inject({ kind: 'html', status: 503, path: '/number/queryPage' });
      const result = await cli(['number', 'edit', '442079460958', '--remark', 'x']);
      harness.sandbox.faults.clear();
      expect(result.code).toBe(4);
      expect(edits()).toHaveLength(0);
    });
  });
});

describe('switchboard number edit N1 N2 …', () => {
  it('checks every number and option before anything is read or sent, naming each bad number', async () => {
    const result = await cli(['number', 'edit', '442079460958', '+44 20', '12025550143', '--voicemail', 'maybe']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('error: NUMBER: "+44 20" must be 7–15 digits, country code first (this has 4); --voicemail: must be on or off');
    expect(harness.sandbox.requests).toEqual([]);
  });

  it('previews each number with --dry-run, sending nothing, and sends one greeting to each of them', async () => {
    const greeting = file('hello.wav', wav({ seconds: 1 }));
    const dry = await cli(['number', 'edit', '442079460958', '12025550143', '--greeting', greeting, '--dry-run']);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.stdout.split('\n')).toEqual([
      'number 442079460958 would change:',
      expect.stringMatching(/^ {2}greeting: .+ → hello\.wav \(new recording\)$/),
      'number 12025550143 would change:',
      expect.stringMatching(/^ {2}greeting: .+ → hello\.wav \(new recording\)$/),
      'dry run: nothing was sent',
    ]);
    expect(edits()).toEqual([]);
    const saved = await cli(['number', 'edit', '442079460958', '12025550143', '--greeting', greeting]);
    expect(saved).toMatchObject({ code: 0 });
    expect(edits().map((request) => (request.body as Record<string, unknown>).voicemailFileName)).toEqual(['hello.wav', 'hello.wav']);
  });
});
