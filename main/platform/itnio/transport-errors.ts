import type { AppError } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import type { WriteWords } from './endpoints';
import { advised, type Failure } from './envelope';

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

const TRY_AGAIN: Said = { key: 'itnio.advice.tryAgain' };
const SERVER_DOWN: Said = { key: 'itnio.advice.serverDown' };
const SANDBOX_STOPPED: Said = { key: 'itnio.advice.sandboxStopped' };

/** Two sentences said one after the other: the English joins them with a space. */
export const joined = (first: Said, second: Said): Said => ({ key: 'itnio.joined', values: { first, second } });

/**
 * The hint of a failure that left no readable answer: first whether the request can have acted, in
 * its own words, then `advice`. A write that may have acted is never told to simply try again, so
 * `advice` follows it only when it is not about trying again (`transient` false).
 */
export function unansweredHint(reached: Reached, write: WriteWords | undefined, advice: Said, transient: boolean): Said {
  if (reached === 'no') return joined(write?.notSent ?? { key: 'itnio.unanswered.nothingSent' }, advice);
  if (!write) return joined({ key: 'itnio.unanswered.nothingChanged' }, advice);
  return transient ? write.mayHaveActed : joined(write.mayHaveActed, advice);
}

/**
 * An answer came but could not be read (an error page, cut-off or misshapen JSON): the request
 * reached a server, so a write may have acted. `retryable` marks the transient kinds here.
 */
export function unreadableAnswer(failure: Failure, write: WriteWords | undefined): Failure {
  const { say } = failure.error;
  return { ...failure, error: { ...failure.error, ...advised(say.message, unansweredHint('maybe', write, say.hint, failure.retryable)), reachedItnio: 'maybe' } };
}

interface Cause {
  retryable: boolean;
  kind: 'network' | 'timeout' | 'internal';
  message: Said;
  advice: Said;
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
    error: { kind: found.kind, ...advised(found.message, unansweredHint(reached, context.write, found.advice, found.transient)), reachedItnio: reached },
  };
}

function classify(code: string | undefined, context: TransportContext): Cause {
  const { host } = context;
  // Kinds whose advice is to try again, told apart from those that never reached an open connection.
  const lost = { transient: true, beforeSending: false };
  const unopened = { transient: false, beforeSending: true };
  if (context.deadlinePassed && context.sent === false) {
    return { ...unopened, retryable: false, kind: 'timeout', message: { key: 'itnio.transport.noConnection', values: { host, duration: duration(context.timeoutMs) } }, advice: SERVER_DOWN };
  }
  if (context.deadlinePassed || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return { ...lost, retryable: false, kind: 'timeout', message: { key: 'itnio.transport.noAnswer', values: { host, duration: duration(context.timeoutMs) } }, advice: TRY_AGAIN };
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { ...unopened, retryable: false, kind: 'timeout', message: { key: 'itnio.transport.slowConnect', values: { host, duration: duration(context.connectTimeoutMs) } }, advice: SERVER_DOWN };
  }
  if (code === 'EAI_AGAIN' || (code && DNS_GONE.has(code))) {
    return {
      ...unopened,
      retryable: code === 'EAI_AGAIN',
      kind: 'network',
      message: { key: 'itnio.transport.nameLookup', values: { host } },
      advice: { key: 'itnio.advice.nameLookup' },
    };
  }
  if (code === 'ECONNREFUSED') {
    const advice: Said = context.isSandbox ? SANDBOX_STOPPED : { key: 'itnio.advice.refused' };
    return { ...unopened, retryable: false, kind: 'network', message: { key: 'itnio.transport.refused', values: { host } }, advice };
  }
  if (code && CUT.has(code)) {
    return { ...lost, retryable: true, kind: 'network', message: { key: 'itnio.transport.cut', values: { host } }, advice: TRY_AGAIN };
  }
  if (code && UNREACHABLE.has(code)) {
    // Said while connecting, as a rule; when a watched request was already out, `sent` overrules.
    const advice: Said = { key: 'itnio.advice.unreachable' };
    return { transient: true, beforeSending: true, retryable: true, kind: 'network', message: { key: 'itnio.transport.unreachable', values: { host } }, advice };
  }
  if (code && TLS.test(code)) {
    return {
      ...unopened,
      retryable: false,
      kind: 'network',
      message: { key: 'itnio.transport.unverified', values: { host, code } },
      advice: { key: 'itnio.advice.unverified' },
    };
  }
  if (code === 'UND_ERR_CLOSED' || code === 'UND_ERR_DESTROYED') {
    return { ...unopened, retryable: false, kind: 'internal', message: { key: 'itnio.transport.closed' }, advice: { key: 'itnio.advice.justTryAgain' } };
  }
  return { ...lost, retryable: false, kind: 'network', message: code ? { key: 'itnio.transport.failedWithCode', values: { host, code } } : { key: 'itnio.transport.failed', values: { host } }, advice: TRY_AGAIN };
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
