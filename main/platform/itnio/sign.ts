import { createHash } from 'node:crypto';

/**
 * The vendor's request signature: md5 of key + secret + timestamp, plain concatenation, lowercase
 * hex. It does not cover the body, so the result is as sensitive as the secret while it is fresh.
 */
export function sign(apiKey: string, apiSecret: string, timestampSeconds: string): string {
  return createHash('md5').update(apiKey + apiSecret + timestampSeconds, 'utf8').digest('hex');
}
