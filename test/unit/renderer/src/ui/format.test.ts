import { describe, expect, it } from 'vitest';
import { ageOf, clockTime, countOf } from '../../../../../renderer/src/ui/format';

describe('countOf', () => {
  it('gives the noun its s for every count but one', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'recent call'))).toEqual(['0 recent calls', '1 recent call', '2 recent calls']);
  });
});

describe('clockTime', () => {
  it('gives the time of day only, not the date', () => {
    const time = clockTime('2025-07-01T10:05:09.000Z');
    expect(time).toMatch(/\d{1,2}:\d{2}:\d{2}/);
    expect(time).not.toContain('2025');
  });
});

describe('ageOf', () => {
  it('says how long ago, in the largest unit that reads naturally', () => {
    const now = Date.parse('2025-07-03T12:00:00.000Z');
    const ago = (ms: number) => ageOf(new Date(now - ms).toISOString(), now);
    expect([0, 59_000, 60_000, 59 * 60_000, 3 * 3_600_000, 47 * 3_600_000, 49 * 3_600_000].map(ago)).toEqual([
      'just now',
      'just now',
      '1 min ago',
      '59 min ago',
      '3 h ago',
      '47 h ago',
      '2 days ago',
    ]);
    // A time ahead of this clock (another machine's) is not "-3 min ago".
    expect(ago(-3 * 60_000)).toBe('just now');
  });
});
