import { describe, expect, it } from 'vitest';
import { GREETING_MAX_BYTES, greetingSizeProblem } from '../../../../../contract/schemas/greetings';
import { checkGreetingSize, fileNameFor, inspectGreeting } from '../../../../../main/features/numbers/greeting';
import { inEnglish } from '../../../../../main/platform/messages';
import { flac, m4a, mp3, png, text, truncated, wav } from '../../../../support/audio-fixtures';

const refusal = async (name: string, bytes: Uint8Array) => {
  const result = await inspectGreeting(name, bytes);
  expect(result.ok, `${name} should be refused`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error).toMatchObject({ kind: 'file', field: 'greeting' });
  expect(result.error.hint).toBeTruthy();
  // The window's keys say in English what the CLI prints.
  expect([inEnglish(result.error.say!.message), inEnglish(result.error.say!.hint!)]).toEqual([result.error.message, result.error.hint]);
  return result.error.message;
};

describe('inspectGreeting: accepted', () => {
  it.each([
    ['a PCM wav', 'welcome.wav', wav({ seconds: 2 }), 'wav', 'PCM', 2],
    ['an mp3 of bare frames', 'welcome.mp3', mp3({ seconds: 2 }), 'mp3', 'MPEG 1 Layer 3', 2],
    ['an mp3 behind an ID3 tag', 'welcome.mp3', mp3({ seconds: 2, id3: true }), 'mp3', 'MPEG 1 Layer 3', 2],
    ['an AAC m4a', 'welcome.m4a', m4a({ seconds: 3 }), 'm4a', 'MPEG-4/AAC', 3],
  ])('%s, with its format, codec and duration', async (_, name, bytes, format, codec, seconds) => {
    const result = await inspectGreeting(name, bytes);
    expect(result).toEqual({ ok: true, value: { name, fileName: name, size: bytes.length, format, codec, durationSeconds: expect.closeTo(seconds, 1) } });
  });

  it('reports an mp3 renamed .wav as the mp3 it is, and sends it under an .mp3 name', async () => {
    const result = await inspectGreeting('Welcome.wav', mp3({ seconds: 1 }));
    expect(result).toMatchObject({ ok: true, value: { name: 'Welcome.wav', fileName: 'Welcome.mp3', format: 'mp3' } });
  });

  it('accepts exactly 5 MB', async () => {
    const fiveMb = wav({ totalBytes: GREETING_MAX_BYTES });
    expect(fiveMb.length).toBe(5 * 1024 * 1024);
    expect(await inspectGreeting('long.wav', fiveMb)).toMatchObject({ ok: true, value: { size: GREETING_MAX_BYTES, format: 'wav' } });
  });
});

describe('inspectGreeting: refused, with what is wrong', () => {
  it('one byte over 5 MB, by its size alone', async () => {
    expect(await refusal('long.wav', wav({ totalBytes: GREETING_MAX_BYTES + 2 }).subarray(0, GREETING_MAX_BYTES + 1))).toBe(
      '"long.wav" is 5.0 MB (5,242,881 bytes); a greeting can be at most 5 MB (5,242,880 bytes).',
    );
  });

  it('in the words the window uses before it sends a file (greetingSizeProblem)', () => {
    for (const size of [0, GREETING_MAX_BYTES + 1, 4 * 1024 ** 3]) {
      const checked = checkGreetingSize('a.wav', size);
      expect(!checked.ok && checked.error.message).toBe(greetingSizeProblem('a.wav', size));
    }
    expect(checkGreetingSize('a.wav', GREETING_MAX_BYTES + 1)).toEqual({
      ok: false,
      error: {
        kind: 'file',
        field: 'greeting',
        message: '"a.wav" is 5.0 MB (5,242,881 bytes); a greeting can be at most 5 MB (5,242,880 bytes).',
        hint: 'Shorten the recording or save it at a lower bit rate, then add it again.',
        say: {
          message: { key: 'numbers.greeting.tooLarge', values: { name: 'a.wav', size: '5.0 MB', bytes: '5,242,881', max: '5,242,880' } },
          hint: { key: 'numbers.greeting.tooLargeHint' },
        },
      },
    });
  });

  it('an empty file', async () => {
    expect(await refusal('silence.mp3', new Uint8Array(0))).toBe('"silence.mp3" is empty.');
  });

  it.each([
    ['a PNG named .mp3', 'greeting.mp3', png(), '"greeting.mp3" is a png file, not audio; a greeting must be an mp3, wav or m4a file.'],
    ['text named .wav', 'greeting.wav', text(), '"greeting.wav" is not an audio file Switchboard recognises; a greeting must be an mp3, wav or m4a file.'],
    ['FLAC audio', 'greeting.flac', flac(), '"greeting.flac" is flac audio; ITNIO accepts only mp3, wav or m4a greetings.'],
  ])('%s', async (_, name, bytes, message) => {
    expect(await refusal(name, bytes)).toBe(message);
  });

  it.each([
    ['a wav cut inside its header', 'cut.wav', truncated(wav({ seconds: 2 }), 30), 'wav'],
    ['a wav cut in its audio', 'cut.wav', truncated(wav({ seconds: 2 }), 1000), 'wav'],
    ['an m4a cut inside its movie header', 'cut.m4a', truncated(m4a({ seconds: 2 }), 40), 'm4a'],
    ['an mp3 cut after its first bytes', 'cut.mp3', truncated(mp3({ seconds: 2 }), 3), 'mp3'],
  ])('%s', async (_, name, bytes, format) => {
    expect(await refusal(name, bytes)).toBe(`"${name}" is damaged or cut short: its ${format} audio could not be read to the end.`);
  });
});

describe('fileNameFor', () => {
  it.each([
    ['greeting.mp3', 'mp3', 'greeting.mp3'],
    ['Greeting.WAV', 'wav', 'Greeting.WAV'],
    ['greeting.wav', 'mp3', 'greeting.mp3'],
    ['greeting', 'm4a', 'greeting.m4a'],
    ['.hidden', 'wav', '.hidden.wav'],
    ['two.dots.here.mp3', 'wav', 'two.dots.here.wav'],
  ] as const)('%s as %s → %s', (name, format, expected) => {
    expect(fileNameFor(name, format)).toBe(expected);
  });
});
