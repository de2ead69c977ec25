import { isIP } from 'node:net';
import { check } from './codes';
import type { AudioFormat } from './state';

/** Field checks shared by the endpoints; each mirrors a rule from the vendor's tables. */

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The vendor's Java side reads a JSON null like a missing field. */
export const isAbsent = (value: unknown): value is null | undefined => value === undefined || value === null;

export const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

export const isDigits = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max && /^\d+$/.test(value);

export const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export const isIpAddress = (value: string): boolean => isIP(value) !== 0;

/** `IP` or `IP:port`, with IPv6 bracketed when a port follows (`[2001:db8::1]:5060`). */
export function isIpWithOptionalPort(value: string): boolean {
  if (isIpAddress(value)) return true;
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value);
  if (!match) return false;
  const host = match[1] ?? match[2] ?? '';
  const port = Number(match[3]);
  return (match[1] ? isIP(host) === 6 : isIP(host) === 4) && port >= 1 && port <= 65535;
}

export interface PageRequest {
  current: number;
  size: number;
}

export function readPage(body: Record<string, unknown>): PageRequest {
  const { current, size } = body;
  check(isIntegerIn(current, 1, Number.MAX_SAFE_INTEGER), '-22', 'current must be an integer ≥ 1');
  check(isIntegerIn(size, 1, 100), '-22', 'size must be an integer 1–100');
  return { current, size };
}

/** MyBatis-Plus paging as the vendor returns it: a page past the end is empty, not an error. */
export function page<T, R>(items: readonly T[], request: PageRequest, toRecord: (item: T) => R) {
  const start = (request.current - 1) * request.size;
  return {
    total: items.length,
    size: request.size,
    current: request.current,
    pages: Math.ceil(items.length / request.size),
    records: items.slice(start, start + request.size).map(toRecord),
  };
}

/** The real type from the first bytes, so a renamed file cannot pass as audio. */
export function sniffAudio(bytes: Uint8Array): AudioFormat | undefined {
  const ascii = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
  if (ascii(0, 3) === 'ID3') return 'mp3';
  const [first = 0, second = 0] = bytes;
  // MPEG audio frame sync; a zero layer field is AAC (ADTS), not mp3.
  if (first === 0xff && (second & 0xe0) === 0xe0 && ((second >> 1) & 3) !== 0 && ((second >> 3) & 3) !== 1) return 'mp3';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (ascii(4, 8) === 'ftyp') return 'm4a';
  return undefined;
}

export const isBase64 = (value: string): boolean => value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value);

export function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

export const roundMoney = (amount: number): number => Math.round(amount * 10_000) / 10_000;
