import { createHash } from 'node:crypto';
import type { Sandbox } from '../../../../main/sandbox';

/** A tiny signing client of our own, so the sandbox is checked against the spec, not the app's client. */

export const KEY = 'sbTestKey7';
export const SECRET = 'sb-test-secret-never-logged';
export const CREDENTIALS = [{ apiKey: KEY, apiSecret: SECRET }];

export const sign = (apiKey: string, apiSecret: string, timestamp: string) => createHash('md5').update(apiKey + apiSecret + timestamp).digest('hex');

export const timestampNow = (offsetMs = 0) => String(Math.floor((Date.now() + offsetMs) / 1000));

export interface SendOptions {
  key?: string;
  secret?: string;
  timestamp?: string;
  /** Overrides; undefined removes the header. */
  headers?: Record<string, string | undefined>;
  rawBody?: string;
  method?: string;
}

export async function send(sandbox: Pick<Sandbox, 'url'>, path: string, body: unknown, options: SendOptions = {}) {
  const key = options.key ?? KEY;
  const timestamp = options.timestamp ?? timestampNow();
  const merged: Record<string, string | undefined> = {
    'Content-Type': 'application/json;charset=UTF-8',
    'Api-Key': key,
    Timestamp: timestamp,
    Sign: sign(key, options.secret ?? SECRET, timestamp),
    ...options.headers,
  };
  const headers = Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const method = options.method ?? 'POST';
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body: options.rawBody ?? JSON.stringify(body) }),
  });
  return { response, text: await response.text() };
}

export interface Envelope {
  status: string | number;
  reason: string;
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each test knows its endpoint's shape
}

export async function post(sandbox: Pick<Sandbox, 'url'>, path: string, body: unknown, options: SendOptions = {}): Promise<Envelope> {
  const { text } = await send(sandbox, path, body, options);
  return JSON.parse(text) as Envelope;
}

/** Just the status, as a string, for the many "this input answers that code" checks. */
export async function statusOf(sandbox: Pick<Sandbox, 'url'>, path: string, body: unknown, options: SendOptions = {}): Promise<string> {
  return String((await post(sandbox, path, body, options)).status);
}
