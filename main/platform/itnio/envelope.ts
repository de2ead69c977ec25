import type { AppError } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { neutralise } from '../../../contract/text';
import { inEnglish } from '../messages';

/** The vendor's codes are short integers ("0", "-16"); anything else is not a status. */
const STATUS = /^-?\d{1,6}$/;
/** The server's own words, quoted in some messages: more than a sentence is not a reason. */
const MAX_REASON = 500;

/** The vendor's answer, with the status normalised: pages document a string, some send a number. */
export interface Envelope {
  status: string;
  reason: string;
  data: unknown;
  /** Every top-level field but status and reason, for the endpoints that answer without `data` (getBalance). */
  fields: Record<string, unknown>;
}

/**
 * Anything short of a vendor answer; `retryable` when another try of a read-only request could well
 * succeed. Its hint is always said: a write's own words are put before it (unansweredHint).
 */
export interface Failure {
  error: AppError & { say: Advised['say'] };
  retryable: boolean;
}

export interface Advised {
  message: string;
  hint: string;
  say: { message: Said; hint: Said };
}

/** An error's message and what to do about it, in English and as keys. */
export const advised = (message: Said, hint: Said): Advised => ({ message: inEnglish(message), hint: inEnglish(hint), say: { message, hint } });

/**
 * Reads an HTTP answer as the vendor's envelope. The body never goes into an error: it could echo
 * anything, and a toast is no place for a page of HTML.
 */
export function readEnvelope(
  httpStatus: number,
  contentType: string | undefined,
  body: string,
): { ok: true; envelope: Envelope } | ({ ok: false } & Failure) {
  const looksLikePage = /html/i.test(contentType ?? '') || /^\s*</.test(body);
  if (httpStatus < 200 || httpStatus > 299) {
    const message: Said = { key: looksLikePage ? 'itnio.answer.httpPage' : 'itnio.answer.http', values: { status: httpStatus } };
    if (httpStatus >= 500) return serverFailure(true, message, { key: 'itnio.advice.serverTrouble' });
    return serverFailure(false, message, httpStatus === 404 ? BASE_URL_HINT : BLOCKED_HINT);
  }
  if (looksLikePage) {
    return serverFailure(false, { key: 'itnio.answer.webPage', values: { status: httpStatus } }, BASE_URL_HINT);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // A cut-off answer is the usual cause, and that is worth one more try on a read-only request.
    return serverFailure(true, { key: 'itnio.answer.notJson', values: { status: httpStatus } }, { key: 'itnio.advice.cutOff' });
  }
  if (!isObject(parsed) || (typeof parsed.status !== 'string' && typeof parsed.status !== 'number')) {
    return serverFailure(false, { key: 'itnio.answer.noStatus', values: { status: httpStatus } }, BASE_URL_HINT);
  }
  const { status, reason, ...fields } = parsed;
  if (!STATUS.test(String(status))) {
    return serverFailure(false, { key: 'itnio.answer.badStatus', values: { status: httpStatus } }, BASE_URL_HINT);
  }
  const said = typeof reason === 'string' ? neutralise(reason.slice(0, MAX_REASON)) : '';
  return { ok: true, envelope: { status: String(status), reason: said, data: fields.data ?? null, fields } };
}

const BASE_URL_HINT: Said = { key: 'itnio.advice.baseUrl' };
const BLOCKED_HINT: Said = { key: 'itnio.advice.blocked' };

const serverFailure = (retryable: boolean, message: Said, hint: Said) => ({ ok: false, retryable, error: { kind: 'server', ...advised(message, hint) } }) as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
