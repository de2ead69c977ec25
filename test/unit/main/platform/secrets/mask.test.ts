import { describe, expect, it } from 'vitest';
import { FULLY_MASKED, maskApiKey } from '../../../../../main/platform/secrets';

describe('maskApiKey', () => {
  it('shows the first 3 and last 2 characters', () => {
    expect(maskApiKey('bDqJFiq9')).toBe('bDq…q9');
    expect(maskApiKey('abcdef')).toBe('abc…ef');
    expect(maskApiKey('0123456789abcdefghijklmnopqrstuv')).toBe('012…uv');
  });

  it('never shows the middle of the key', () => {
    const key = 'AKxxxxxxMIDDLExxxxxxZZ';
    expect(maskApiKey(key)).not.toContain('MIDDLE');
    expect(maskApiKey(key)).toHaveLength(6);
  });

  it('fully masks keys shorter than 6 characters, without giving their length away', () => {
    for (const key of ['a', 'ab', 'abc', 'abcd', 'abcde']) {
      expect(maskApiKey(key)).toBe(FULLY_MASKED);
      for (const char of key) expect(maskApiKey(key)).not.toContain(char);
    }
  });

  it('keeps an empty key empty', () => {
    expect(maskApiKey('')).toBe('');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(maskApiKey('🔑🔑🔑xyz🎧🎧')).toBe('🔑🔑🔑…🎧🎧');
    expect(maskApiKey('🔑🔑🔑🔑🔑')).toBe(FULLY_MASKED);
  });
});
