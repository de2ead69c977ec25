import type { Failure } from './envelope';

export interface TransportContext {
  /** host[:port], for the operator to recognise the address. */
  host: string;
  /** The request is not read-only, so a failure after sending leaves its effect unknown. */
  mayHaveTakenEffect: boolean;
  connectTimeoutMs: number;
  timeoutMs: number;
  /** Our own deadline for the attempt fired (undici then reports the abort, not a timeout). */
  deadlinePassed: boolean;
}

const DNS_GONE = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const CUT = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const UNREACHABLE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN']);
const TLS = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|HOSTNAME_MISMATCH$|EPROTO$)/;

export const CHECK_BEFORE_RESENDING =
  "The request may still have been carried out: check before sending it again (for a call, the phone's call history).";
const TRY_AGAIN = 'Check the internet connection and try again.';

/**
 * Turns what undici or Node threw into an operator's error. Only the error code is read: Node's
 * messages are for developers. Timeouts are not retryable: after a full wait, waiting the same
 * time again (twice) would block the operator for most of a minute; they can retry themselves.
 */
export function transportFailure(cause: unknown, context: TransportContext): Failure {
  const { host } = context;
  const code = errorCode(cause);
  const afterSending = context.mayHaveTakenEffect ? CHECK_BEFORE_RESENDING : TRY_AGAIN;
  if (context.deadlinePassed || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return failure(false, 'timeout', `${host} did not answer within ${duration(context.timeoutMs)}.`, afterSending);
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return failure(
      false,
      'timeout',
      `Connecting to ${host} took longer than ${duration(context.connectTimeoutMs)}.`,
      'Check the internet connection and the base URL; the server may be down.',
    );
  }
  if (code === 'EAI_AGAIN' || (code && DNS_GONE.has(code))) {
    return failure(
      code === 'EAI_AGAIN',
      'network',
      `Could not find the server ${host} (the name lookup failed).`,
      "Check the profile's base URL and this computer's internet connection.",
    );
  }
  if (code === 'ECONNREFUSED') {
    return failure(false, 'network', `${host} refused the connection.`, "Check the profile's base URL and port; if it is the sandbox, start it again.");
  }
  if (code && CUT.has(code)) return failure(true, 'network', `The connection to ${host} was cut before the answer arrived.`, afterSending);
  if (code && UNREACHABLE.has(code)) {
    return failure(true, 'network', `${host} cannot be reached from this network.`, 'Check the internet connection (Wi-Fi, cable, VPN) and try again.');
  }
  if (code && TLS.test(code)) {
    return failure(
      false,
      'network',
      `The secure connection to ${host} could not be verified (${code}).`,
      "Check the profile's base URL. A proxy or antivirus that inspects HTTPS, or a wrong system date, can also cause this.",
    );
  }
  if (code === 'UND_ERR_CLOSED' || code === 'UND_ERR_DESTROYED') {
    return failure(false, 'internal', 'This connection to the server was already closed.', 'Try again.');
  }
  return failure(false, 'network', `The request to ${host} failed${code ? ` (${code})` : ''}.`, TRY_AGAIN);
}

const failure = (retryable: boolean, kind: 'network' | 'timeout' | 'internal', message: string, hint: string): Failure => ({
  retryable,
  error: { kind, message, hint },
});

/** The code may sit on a wrapper: `cause` (undici) or the first of an AggregateError (happy eyeballs). */
function errorCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') return code;
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return undefined;
}

const duration = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);
