import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Credential } from './state';

export type Verdict = { kind: 'accepted' } | { kind: 'disabled' } | { kind: 'refused'; code: string };

function signatureFor(apiKey: string, apiSecret: string, timestamp: string): string {
  return createHash('md5').update(apiKey + apiSecret + timestamp).digest('hex');
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The vendor compares the media type loosely: any case, a space after the `;` or not. */
const isVendorContentType = (value: string | undefined): boolean =>
  value?.toLowerCase().replace(/;\s*/g, ';') === 'application/json;charset=utf-8';

/**
 * The header checks every endpoint runs before looking at the body, in the vendor's order. The
 * disabled-key code depends on the endpoint, so it is reported apart from the plain refusals.
 */
export function authenticate(headers: IncomingHttpHeaders, credentials: Credential[], nowSeconds: number, windowSeconds: number): Verdict {
  if (!isVendorContentType(header(headers, 'content-type'))) return { kind: 'refused', code: '-22' };
  const apiKey = header(headers, 'api-key');
  const timestamp = header(headers, 'timestamp');
  const sign = header(headers, 'sign');
  if (!apiKey || !timestamp || !sign || !/^\d{10}$/.test(timestamp)) return { kind: 'refused', code: '-1' };
  const credential = credentials.find((candidate) => candidate.apiKey === apiKey);
  // The vendor calls the hex case-insensitive; every client sends lowercase.
  if (!credential || signatureFor(apiKey, credential.apiSecret, timestamp) !== sign.toLowerCase()) return { kind: 'refused', code: '-1' };
  if (credential.disabled) return { kind: 'disabled' };
  if (Math.abs(nowSeconds - Number(timestamp)) > windowSeconds) return { kind: 'refused', code: '-16' };
  return { kind: 'accepted' };
}
