import type { AppError } from '../../../contract/result';
import { neutralise } from '../../../contract/text';

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

/** Anything short of a vendor answer; `retryable` when another try of a read-only request could well succeed. */
export interface Failure {
  error: AppError;
  retryable: boolean;
}

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
    const message = `The server answered HTTP ${httpStatus}${looksLikePage ? ' with an error page' : ''} instead of a result.`;
    if (httpStatus >= 500) return serverFailure(true, message, 'The service may be having trouble: try again in a few minutes.');
    return serverFailure(false, message, httpStatus === 404 ? BASE_URL_HINT : BLOCKED_HINT);
  }
  if (looksLikePage) {
    return serverFailure(false, `The server answered with a web page (HTTP ${httpStatus}) instead of an API result.`, BASE_URL_HINT);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // A cut-off answer is the usual cause, and that is worth one more try on a read-only request.
    return serverFailure(
      true,
      `The server's answer (HTTP ${httpStatus}) is not valid JSON; it may have been cut off.`,
      'Try again. If it keeps happening, check the base URL and any proxy between this computer and the server.',
    );
  }
  if (!isObject(parsed) || (typeof parsed.status !== 'string' && typeof parsed.status !== 'number')) {
    return serverFailure(false, `The server's answer (HTTP ${httpStatus}) is not an ITNIO result: it has no status.`, BASE_URL_HINT);
  }
  const { status, reason, ...fields } = parsed;
  if (!STATUS.test(String(status))) {
    return serverFailure(false, `The server's answer (HTTP ${httpStatus}) is not an ITNIO result: its status is not a status code.`, BASE_URL_HINT);
  }
  const said = typeof reason === 'string' ? neutralise(reason.slice(0, MAX_REASON)) : '';
  return { ok: true, envelope: { status: String(status), reason: said, data: fields.data ?? null, fields } };
}

const BASE_URL_HINT = "Check the profile's base URL: it should be the API address, such as https://api.itniotech.com.";
const BLOCKED_HINT = "Check the profile's base URL, and whether a proxy or firewall on this network blocks the request.";

const serverFailure = (retryable: boolean, message: string, hint: string) =>
  ({ ok: false, retryable, error: { kind: 'server', message, hint } }) as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
