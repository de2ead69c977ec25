import { describe, expect, it } from 'vitest';
import { dbfsOf, normalise, peakOf, soundSpan } from '../../../../../../../renderer/src/features/numbers/studio/level';

const RATE = 1000;

/** `seconds` of a signal: silence, then `amplitude` between `from` and `to`, then silence. */
function burst(seconds: number, from: number, to: number, amplitude: number): Float32Array {
  return Float32Array.from({ length: seconds * RATE }, (_, frame) => (frame >= from * RATE && frame < to * RATE ? (frame % 2 ? amplitude : -amplitude) : 0));
}

describe('normalising the level', () => {
  it('brings a quiet peak up to -1 dBFS, keeping the shape', () => {
    const loud = normalise(Float32Array.from([0.05, -0.1, 0.025]), -1);
    expect(dbfsOf(peakOf(loud))).toBeCloseTo(-1, 6);
    expect(loud[0]! / loud[1]!).toBeCloseTo(-0.5, 6);
    expect(loud[2]! / loud[1]!).toBeCloseTo(-0.25, 6);
  });

  it('brings a clipping peak down to the target too', () => {
    expect(dbfsOf(peakOf(normalise(Float32Array.from([1.4, -0.2]), -1)))).toBeCloseTo(-1, 6);
  });

  it('leaves silence silent instead of dividing by nothing', () => {
    expect(Array.from(normalise(new Float32Array(4)))).toEqual([0, 0, 0, 0]);
  });
});

describe('trimming silence', () => {
  it('keeps from the first to the last sound, to whole 10 ms steps', () => {
    expect(soundSpan([burst(2, 0.25, 1.25, 0.1)], RATE)).toEqual({ start: 0.25, end: 1.25 });
    // Sound from 0.253 s to 1.2449 s: widened outward, never cut into.
    expect(soundSpan([burst(2, 0.253, 1.245, 0.1)], RATE)).toEqual({ start: 0.25, end: 1.25 });
  });

  it('counts sound on any channel', () => {
    expect(soundSpan([burst(2, 0.5, 1, 0.1), burst(2, 0.3, 0.6, 0.1)], RATE)).toEqual({ start: 0.3, end: 1 });
  });

  it('treats noise 40 dB under the peak as silence, and anything louder as sound', () => {
    const signal = burst(2, 0.5, 1.5, 0.5);
    signal[100] = 0.5 * 10 ** (-41 / 20); // a hiss at 0.1 s: under the threshold
    expect(soundSpan([signal], RATE)).toEqual({ start: 0.5, end: 1.5 });
    signal[100] = 0.5 * 10 ** (-39 / 20); // a breath at 0.1 s: kept
    expect(soundSpan([signal], RATE)).toEqual({ start: 0.1, end: 1.5 });
  });

  it('keeps sound that runs to either end of the file', () => {
    expect(soundSpan([burst(1, 0, 1, 0.1)], RATE)).toEqual({ start: 0, end: 1 });
  });

  it('finds nothing to keep in silence', () => {
    expect(soundSpan([new Float32Array(RATE)], RATE)).toBeUndefined();
  });
});
