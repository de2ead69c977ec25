import type { AppError } from '../../../contract/result';
import type { WriteWords } from './endpoints';
import type { Failure } from './envelope';

export type Reached = NonNullable<AppError['reachedItnio']>;

export interface TransportContext {
  /** host[:port], for the operator to recognise the address. */
  host: string;
  /** The request's own words when it is not read-only; absent for a read. */
  write?: WriteWords | undefined;
  /**
   * Whether the request was handed to an open connection, so some of it may have reached the
   * server. Undefined when nobody watched: then the error's code decides.
   */
  sent?: boolean | undefined;
  /** The built-in sandbox profile's emulator: a refusal means it stopped, not that an address is wrong. */
  isSandbox?: boolean | undefined;
  connectTimeoutMs: number;
  timeoutMs: number;
  /** Our own deadline for the attempt fired (undici then reports the abort, not a timeout). */
  deadlinePassed: boolean;
}

const DNS_GONE = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const CUT = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const UNREACHABLE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN']);
const TLS = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|HOSTNAME_MISMATCH$|EPROTO$)/;

const TRY_AGAIN = 'Check the internet connection and try again.';
const SERVER_DOWN = 'Check the internet connection and the base URL; the server may be down.';
const SANDBOX_STOPPED = 'The built-in sandbox has stopped: restart Switchboard (or run the command again) to start it.';

/**
 * The hint of a failure that left no readable answer: first whether the request can have acted, in
 * its own words, then `advice`. A write that may have acted is never told to simply try again, so
 * `advice` follows it only when it is not about trying again (`transient` false).
 */
export function unansweredHint(reached: Reached, write: WriteWords | undefined, advice: string, transient: boolean): string {
  if (reached === 'no') return `${write?.notSent ?? 'Nothing was sent.'} ${advice}`;
  if (!write) return `Nothing was changed. ${advice}`;
  return transient ? write.mayHaveActed : `${write.mayHaveActed} ${advice}`;
}

/**
 * An answer came but could not be read (an error page, cut-off or misshapen JSON): the request
 * reached a server, so a write may have acted. `retryable` marks the transient kinds here.
 */
export function unreadableAnswer(failure: Failure, write: WriteWords | undefined): Failure {
  const hint = unansweredHint('maybe', write, failure.error.hint ?? '', failure.retryable);
  return { ...failure, error: { ...failure.error, hint, reachedItnio: 'maybe' } };
}

interface Cause {
  retryable: boolean;
  kind: 'network' | 'timeout' | 'internal';
  message: string;
  advice: string;
  /** The advice is to try again. */
  transient: boolean;
  /** Only a connection that never opened fails this way. */
  beforeSending: boolean;
}

/**
 * Turns what undici or Node threw into an operator's error that says whether the request can have
 * reached ITNIO. Only the error code is read: Node's messages are for developers. Timeouts are not
 * retryable: after a full wait, waiting the same time again (twice) would block the operator for
 * most of a minute; they can retry themselves.
 */
export function transportFailure(cause: unknown, context: TransportContext): Failure {
  const found = classify(errorCode(cause), context);
  const reached: Reached = (context.sent ?? !found.beforeSending) ? 'maybe' : 'no';
  return {
    retryable: found.retryable,
    error: { kind: found.kind, message: found.message, hint: unansweredHint(reached, context.write, found.advice, found.transient), reachedItnio: reached },
  };
}

function classify(code: string | undefined, context: TransportContext): Cause {
  const { host } = context;
  // Kinds whose advice is to try again, told apart from those that never reached an open connection.
  const lost = { transient: true, beforeSending: false };
  const unopened = { transient: false, beforeSending: true };
  if (context.deadlinePassed && context.sent === false) {
    return { ...unopened, retryable: false, kind: 'timeout', message: `No connection to ${host} opened within ${duration(context.timeoutMs)}.`, advice: SERVER_DOWN };
  }
  if (context.deadlinePassed || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return { ...lost, retryable: false, kind: 'timeout', message: `${host} did not answer within ${duration(context.timeoutMs)}.`, advice: TRY_AGAIN };
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { ...unopened, retryable: false, kind: 'timeout', message: `Connecting to ${host} took longer than ${duration(context.connectTimeoutMs)}.`, advice: SERVER_DOWN };
  }
  if (code === 'EAI_AGAIN' || (code && DNS_GONE.has(code))) {
    return {
      ...unopened,
      retryable: code === 'EAI_AGAIN',
      kind: 'network',
      message: `Could not find the server ${host} (the name lookup failed).`,
      advice: "Check the profile's base URL and this computer's internet connection.",
    };
  }
  if (code === 'ECONNREFUSED') {
    const advice = context.isSandbox ? SANDBOX_STOPPED : "Check the profile's base URL and port.";
    return { ...unopened, retryable: false, kind: 'network', message: `${host} refused the connection.`, advice };
  }
  if (code && CUT.has(code)) {
    return { ...lost, retryable: true, kind: 'network', message: `The connection to ${host} was cut before the answer arrived.`, advice: TRY_AGAIN };
  }
  if (code && UNREACHABLE.has(code)) {
    // Said while connecting, as a rule; when a watched request was already out, `sent` overrules.
    const advice = 'Check the internet connection (Wi-Fi, cable, VPN) and try again.';
    return { transient: true, beforeSending: true, retryable: true, kind: 'network', message: `${host} cannot be reached from this network.`, advice };
  }
  if (code && TLS.test(code)) {
    return {
      ...unopened,
      retryable: false,
      kind: 'network',
      message: `The secure connection to ${host} could not be verified (${code}).`,
      advice: "Check the profile's base URL. A proxy or antivirus that inspects HTTPS, or a wrong system date, can also cause this.",
    };
  }
  if (code === 'UND_ERR_CLOSED' || code === 'UND_ERR_DESTROYED') {
    return { ...unopened, retryable: false, kind: 'internal', message: 'This connection to the server was already closed.', advice: 'Try again.' };
  }
  return { ...lost, retryable: false, kind: 'network', message: `The request to ${host} failed${code ? ` (${code})` : ''}.`, advice: TRY_AGAIN };
}

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
