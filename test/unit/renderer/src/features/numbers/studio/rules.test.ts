import { describe, expect, it } from 'vitest';
import { GREETING_MAX_BYTES } from '../../../../../../../contract/schemas/greetings';
import {
  base64Bytes,
  durationProblem,
  inputSizeProblem,
  maxSecondsAt,
  microphoneProblem,
  resultSizeProblem,
  STUDIO_MAX_INPUT_BYTES,
  trimProblems,
  undecodable,
} from '../../../../../../../renderer/src/features/numbers/studio/rules';
import { encodeWav } from '../../../../../../../renderer/src/features/numbers/studio/wav';

describe('sizes against ITNIO’s limit', () => {
  it('counts what the request carries: 4 base64 characters for every 3 bytes, padded', () => {
    expect(base64Bytes(0)).toBe(0);
    expect(base64Bytes(1)).toBe(4);
    expect(base64Bytes(3)).toBe(4);
    expect(base64Bytes(4)).toBe(8);
    expect(base64Bytes(GREETING_MAX_BYTES)).toBe(btoa('x'.repeat(GREETING_MAX_BYTES)).length);
  });

  it('knows the longest greeting that fits at each rate, and it does fit', () => {
    expect(maxSecondsAt(16_000)).toBe(163.83);
    expect(maxSecondsAt(8_000)).toBe(327.67);
    expect(encodeWav(new Float32Array(Math.round(maxSecondsAt(16_000) * 16_000)), 16_000).length).toBeLessThanOrEqual(GREETING_MAX_BYTES);
  });

  it('refuses a greeting over 5 MB and says what would fit: 8 kHz first, then a shorter trim', () => {
    expect(resultSizeProblem(GREETING_MAX_BYTES, 16_000)).toBeUndefined();
    expect(resultSizeProblem(GREETING_MAX_BYTES + 1, 16_000)).toEqual({
      kind: 'file',
      field: 'greeting',
      message: 'This greeting would be 5.0 MB (5,242,881 bytes); ITNIO takes greetings of at most 5 MB (5,242,880 bytes).',
      hint: 'Choose 8 kHz, which halves its size (at most 327.67 s), or trim it to at most 163.83 s.',
    });
    expect(resultSizeProblem(6_000_000, 8_000)?.hint).toBe('Trim it to at most 327.67 s.');
  });
});

describe('what the studio takes in', () => {
  it('takes files up to 50 MB, a phone’s 12 MB recording among them, and names the rule for a larger one', () => {
    expect(inputSizeProblem('phone.m4a', 12 * 1024 * 1024)).toBeUndefined();
    expect(inputSizeProblem('phone.m4a', STUDIO_MAX_INPUT_BYTES)).toBeUndefined();
    expect(inputSizeProblem('concert.flac', STUDIO_MAX_INPUT_BYTES + 1)).toMatchObject({
      message: '"concert.flac" is 50.0 MB; the greeting studio takes files of at most 50 MB.',
      hint: 'Shorten the recording in another app first, or export it at a lower bit rate. Nothing was sent.',
    });
    expect(inputSizeProblem('empty.wav', 0)?.message).toBe('"empty.wav" is empty.');
  });

  it('takes up to 10 minutes', () => {
    expect(durationProblem('long.ogg', 600)).toBeUndefined();
    expect(durationProblem('long.ogg', 1800)?.message).toBe('"long.ogg" lasts 30 minutes; the greeting studio takes recordings of at most 10 minutes.');
  });

  it('says a file it cannot decode is damaged or not audio, naming the formats it reads', () => {
    expect(undecodable('notes.txt')).toEqual({
      kind: 'file',
      field: 'greeting',
      message: '"notes.txt" could not be read as audio: it is damaged, or not in a format this window can decode.',
      hint: 'Choose a wav, mp3, m4a (AAC), ogg or opus, flac or webm file, or export the recording again. Nothing was sent.',
    });
  });

  it('shows a hostile file name with its control characters made visible', () => {
    expect(undecodable('a\u001b[31mred\u202e.ogg').message).toMatch(/^"a␛\[31mred\ufffd\.ogg" could not/);
  });
});

describe('trim points', () => {
  it('accepts any span of at least 0.1 s within the audio', () => {
    expect(trimProblems(0, 1.5, 1.5)).toEqual({});
    expect(trimProblems(0.25, 0.35, 1.5)).toEqual({});
  });

  it('names the rule each point breaks', () => {
    expect(trimProblems('', 1, 1.5)).toEqual({ start: 'must be a number of seconds, 0 or more' });
    expect(trimProblems(-0.01, 1, 1.5)).toEqual({ start: 'must be a number of seconds, 0 or more' });
    expect(trimProblems(0, 1.6, 1.5)).toEqual({ end: 'must be at most 1.50 s, where the audio ends' });
    expect(trimProblems(0, '', 1.5)).toEqual({ end: 'must be a number of seconds after the start' });
    expect(trimProblems(1.45, 1.5, 1.5)).toEqual({ start: 'must be at least 0.10 s before the end' });
  });
});

describe('the microphone', () => {
  it('says what to do when recording cannot start, from the browser’s error', () => {
    expect(microphoneProblem(new DOMException('denied', 'NotAllowedError')).message).toBe('Switchboard was not allowed to use the microphone.');
    expect(microphoneProblem(new DOMException('none', 'NotFoundError')).message).toBe('No microphone was found.');
    expect(microphoneProblem(new DOMException('busy', 'NotReadableError')).message).toBe('The microphone could not be opened: another app may be using it.');
    expect(microphoneProblem(new Error('odd'))).toMatchObject({ message: 'Recording could not start.', hint: 'Record again, or choose a recording’s file instead.' });
  });
});
