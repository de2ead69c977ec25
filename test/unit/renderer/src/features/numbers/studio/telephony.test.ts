import { describe, expect, it } from 'vitest';
import { GREETING_MAX_BYTES } from '../../../../../../../contract/schemas/greetings';
import { telephonyGreeting } from '../../../../../../../renderer/src/features/numbers/studio/telephony';

const tone = (frames: number, amplitude: number) => Float32Array.from({ length: frames }, (_, frame) => amplitude * Math.sin(frame / 3));

describe('the telephony greeting', () => {
  it('is a wav of the samples at the rate, its peak at -1 dBFS when normalised, with its sizes', () => {
    const greeting = telephonyGreeting(tone(16_000, 0.1), 16_000, true);
    expect(greeting.wav.length).toBe(44 + 32_000);
    expect(greeting.seconds).toBe(1);
    expect(greeting.base64Bytes).toBe(42_728);
    expect(greeting.peakDbfs).toBeCloseTo(-1, 5);
    expect(greeting.tooBig).toBeUndefined();
  });

  it('keeps the level as it is when not normalised', () => {
    expect(telephonyGreeting(tone(8_000, 0.1), 8_000, false).peakDbfs).toBeCloseTo(-20, 1);
  });

  it('is refused when over ITNIO’s 5 MB', () => {
    const frames = (GREETING_MAX_BYTES - 44) / 2 + 1;
    expect(telephonyGreeting(new Float32Array(frames), 16_000, true).tooBig?.message).toMatch(/^This greeting would be 5\.0 MB \(5,242,882 bytes\)/);
  });
});
