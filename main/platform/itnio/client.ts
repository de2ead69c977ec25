import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, type Dispatcher } from 'undici';
import { fail, ok, type AppError, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { baseUrl as baseUrlRule } from '../../../contract/schemas/rules';
import type { Logger } from '../log';
import { spoken } from '../messages';
import { clockWarningSaid, createClock, timestampSeconds } from './clock';
import { readAnswerBody } from './answer-body';
import { unexpectedShape } from './answer-shape';
import type { Endpoint } from './endpoints';
import { readEnvelope, type Envelope, type Failure } from './envelope';
import { sign } from './sign';
import { vendorError } from './status-codes';
import { joined, transportFailure, unansweredHint, unreadableAnswer } from './transport-errors';

export interface ItnioClientOptions {
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
  logger: Logger;
  /** Default 5 s. */
  connectTimeoutMs?: number;
  /** The whole of one attempt, from connecting to the last byte of the answer. Default 15 s. */
  timeoutMs?: number;
  /** Local time; tests pass a wrong clock. Default Date.now. */
  now?: () => number;
  /** One automatic retry per entry, read-only requests only. Default [300, 900]. */
  retryDelaysMs?: readonly number[];
  /** The built-in sandbox profile's emulator, which a refused connection tells the operator to start again. */
  isSandbox?: boolean;
}

export interface ItnioClient {
  request<Req, Res>(endpoint: Endpoint<Req, Res>, body: Req): Promise<Result<Res>>;
  /** Server time minus local time, as last measured (0 before the first answer). */
  clockOffsetMs(): number;
  close(): Promise<void>;
}

const SUCCESS = '0';
const CLOCK_REJECTED = '-16';

type Attempt = ({ ok: true; envelope: Envelope } | ({ ok: false } & Failure)) & { http?: number };

/** A signed client for one base URL and key, holding one connection pool. */
export function createItnioClient(options: ItnioClientOptions): ItnioClient {
  const { apiKey, apiSecret, logger, connectTimeoutMs = 5_000, timeoutMs = 15_000, retryDelaysMs = [300, 900], isSandbox = false } = options;
  const clock = createClock(options.now ?? Date.now);
  const base = parseBaseUrl(options.baseUrl);
  if (!(base instanceof URL)) {
    const advice: Said = { key: 'itnio.advice.editBaseUrl' };
    return {
      request: async (endpoint) =>
        fail({ kind: 'invalid-input', field: 'baseUrl', ...spoken(base, unansweredHint('no', endpoint.write, advice, false)), reachedItnio: 'no' }),
      clockOffsetMs: clock.offsetMs,
      close: async () => {},
    };
  }

  const { host } = base;
  const basePath = base.pathname.replace(/\/+$/, '');
  // TLS options stay at Node's defaults, so certificates are always verified. A few sockets are
  // plenty for one operator and keep a runaway loop from opening hundreds.
  const pool = new Pool(base.origin, { connect: { timeout: connectTimeoutMs }, connections: 4 });
  // Several owners may close the same client (forgetting a profile, quitting); undici throws on a second close.
  let closed: Promise<void> | undefined;

  async function attempt(endpoint: Endpoint<unknown, unknown>, path: string, body: string | undefined): Promise<Attempt> {
    const timestamp = timestampSeconds(clock.signingTimeMs());
    const deadline = AbortSignal.timeout(timeoutMs);
    const sending = { started: false };
    try {
      const response = await pool.compose(watchSending(sending)).request({
        method: endpoint.method,
        path,
        body,
        signal: deadline,
        headers: {
          'Content-Type': 'application/json;charset=UTF-8',
          'Api-Key': apiKey,
          Timestamp: timestamp,
          Sign: sign(apiKey, apiSecret, timestamp),
        },
      });
      clock.observe(response.headers.date);
      const contentType = response.headers['content-type'];
      const answer = await readAnswerBody(response.body, response.headers['content-length']);
      if (!answer.ok) return { http: response.statusCode, ok: false, ...unreadableAnswer(answer, endpoint.write) };
      const read = readEnvelope(response.statusCode, Array.isArray(contentType) ? contentType[0] : contentType, answer.text);
      return { http: response.statusCode, ...(read.ok ? read : { ok: false, ...unreadableAnswer(read, endpoint.write) }) };
    } catch (cause) {
      const context = { host, write: endpoint.write, sent: sending.started, isSandbox, connectTimeoutMs, timeoutMs, deadlinePassed: deadline.aborted };
      return { ok: false, ...transportFailure(cause, context) };
    }
  }

  function log(endpoint: Endpoint<unknown, unknown>, attemptNumber: number, startedMs: number, outcome: Attempt, result: Result<unknown>) {
    // Names, numbers and codes only: headers and bodies carry the key, the signature and user data.
    const fields = {
      endpoint: endpoint.name,
      attempt: attemptNumber,
      ms: Math.round(performance.now() - startedMs),
      http: outcome.http,
      status: outcome.ok ? outcome.envelope.status : undefined,
    };
    if (result.ok) logger.info('itnio.request', fields);
    else {
      const clockOffsetMs = result.error.kind === 'clock-skew' ? clock.offsetMs() : undefined;
      logger.error('itnio.request', { ...fields, kind: result.error.kind, reachedItnio: result.error.reachedItnio, clockOffsetMs });
    }
  }

  return {
    async request<Req, Res>(endpoint: Endpoint<Req, Res>, input: Req): Promise<Result<Res>> {
      const target = requestTarget(endpoint, basePath, input);
      if (!target.ok) return fail({ ...target.error, reachedItnio: 'no' });
      const { path, body } = target.value;
      let resigned = false;
      let retries = 0;
      for (let attemptNumber = 1; ; attemptNumber++) {
        const startedMs = performance.now();
        const outcome = await attempt(endpoint, path, body);
        const result: Result<Res> = !outcome.ok
          ? fail(outcome.error)
          : outcome.envelope.status === SUCCESS
            ? readAnswer(endpoint, outcome.envelope)
            : fail(vendorError(endpoint.codes, outcome.envelope.status, outcome.envelope.reason));
        log(endpoint, attemptNumber, startedMs, outcome, result);
        if (result.ok) return result;
        if (result.error.code === CLOCK_REJECTED) {
          // A rejected timestamp means the server did nothing, so even a call may be re-signed
          // (with the server's clock, just read from this answer) and sent once more.
          if (!resigned) {
            resigned = true;
            clock.rejectedByServer();
            continue;
          }
          return fail(withClockWarning(result.error, clock.offsetMs()));
        }
        const delayMs = endpoint.retry && !outcome.ok && outcome.retryable ? retryDelaysMs[retries] : undefined;
        if (delayMs === undefined) return result;
        retries++;
        await sleep(delayMs);
      }
    },
    clockOffsetMs: clock.offsetMs,
    close: () => (closed ??= pool.close()),
  };
}

function readAnswer<Res>(endpoint: Endpoint<unknown, Res>, envelope: Envelope): Result<Res> {
  const parsed = endpoint.answer.safeParse(endpoint.fieldsAtTopLevel ? envelope.fields : envelope.data);
  if (parsed.success) return ok(parsed.data);
  // The status said success, so a write did act; the answer saying how cannot be read.
  return fail(unreadableAnswer({ retryable: false, error: unexpectedShape(endpoint.name, parsed.error) }, endpoint.write).error);
}

/**
 * Notes when undici writes the request onto an open connection: before that, nothing of it can
 * have reached the server (a refused or unresolved connection, one that never opened in time).
 */
function watchSending(sending: { started: boolean }): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (options, handler) =>
    dispatch(
      options,
      new Proxy(handler, {
        get(target, key) {
          const value: unknown = Reflect.get(target, key);
          if (key === 'onRequestStart') {
            return (controller: Dispatcher.DispatchController, context: unknown) => {
              target.onRequestStart?.(controller, context);
              // A request aborted here (its deadline passed while it waited) is never written.
              if (!controller.aborted) sending.started = true;
            };
          }
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    );
}

/** The URL, or what is wrong with it. */
function parseBaseUrl(value: string): URL | Said {
  const parsed = baseUrlRule.safeParse(value);
  if (parsed.success) return new URL(parsed.data);
  const rule = parsed.error.issues[0]?.message;
  return { key: 'itnio.request.baseUrl', values: { rule: rule ?? { key: 'itnio.request.baseUrlInvalid' } } };
}

/**
 * `{name}` in the path takes that input field, URL-encoded; the other fields go in the JSON body
 * (POST) or, as a flat object, in the query string (GET).
 */
function requestTarget(endpoint: Endpoint<unknown, unknown>, basePath: string, input: unknown): Result<{ path: string; body?: string }> {
  const fields: Record<string, unknown> = { ...(input ?? {}) };
  let missing: string | undefined;
  const filled = endpoint.path.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = fields[name];
    delete fields[name];
    // A dot segment would be resolved away by the server and reach another path.
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '' || value === '.' || value === '..') missing ??= name;
    return encodeURIComponent(String(value));
  });
  if (missing) return fail({ kind: 'internal', ...spoken({ key: 'itnio.request.pathValue', values: { endpoint: endpoint.name, field: missing } }) });
  const path = basePath + filled;
  if (endpoint.method === 'POST') return ok({ path, body: JSON.stringify(fields) });
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') {
      return fail({ kind: 'internal', ...spoken({ key: 'itnio.request.flatValues', values: { endpoint: endpoint.name, field: name } }) });
    }
    query.append(name, String(value));
  }
  return ok({ path: query.size > 0 ? `${path}?${query}` : path });
}

/** The status table's -16 error, with how far off this computer's clock is. */
function withClockWarning(error: AppError, offsetMs: number): AppError {
  const warning = clockWarningSaid(offsetMs);
  if (!warning || !error.say) return error;
  return { ...error, ...spoken(joined(error.say.message, warning), error.say.hint) };
}
