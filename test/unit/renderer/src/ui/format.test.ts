import { describe, expect, it } from 'vitest';
import { clockTime, countOf } from '../../../../../renderer/src/ui/format';

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
