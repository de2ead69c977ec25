import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sign } from '../../../../../main/platform/itnio';

describe('sign', () => {
  it("matches the vendor's own test vector", () => {
    expect(sign('bDqJFiq9', '7bz1lzh9', '1630468800')).toBe('05d7a50893e22a5c4bb3216ae3396c7c');
  });

  it('is the lowercase md5 of key + secret + timestamp for any input', () => {
    for (let round = 0; round < 50; round++) {
      const key = randomBytes(6).toString('base64url');
      const secret = randomBytes(9).toString('base64url');
      const timestamp = String(1_600_000_000 + Math.floor(Math.random() * 300_000_000));
      const expected = createHash('md5').update(`${key}${secret}${timestamp}`).digest('hex');
      expect(sign(key, secret, timestamp)).toBe(expected);
      expect(sign(key, secret, timestamp)).toMatch(/^[0-9a-f]{32}$/);
    }
  });
});
