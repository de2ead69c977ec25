import { fileTypeFromBuffer } from 'file-type';
import { request } from 'undici';
import { fail, ok, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { isLoopbackHost } from '../../../contract/schemas/rules';
import { readBounded } from '../../platform/itnio/answer-body';
import { transportFailure } from '../../platform/itnio/transport-errors';
import { spoken } from '../../platform/messages';

export interface DownloadedAudio {
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: string;
  /** The real type's extension, e.g. wav. */
  extension: string;
}

export interface DownloadOptions {
  maxBytes: number;
  /** The whole download, from connecting to the last byte. */
  timeoutMs: number;
}

const FRESH_LINK_HINT: Said = { key: 'calls.recording.freshLinkHint' };
const SUPPORT_HINT: Said = { key: 'calls.supportHint' };

const refuse = (message: Said, hint = FRESH_LINK_HINT): Result<never> => fail({ kind: 'server', ...spoken(message, hint) });

/** https, or plain http to this machine only (the sandbox serves its recordings that way). */
function linkProblem(link: string): Said | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { key: 'calls.recording.notAnAddress' };
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return undefined;
  return { key: 'calls.recording.refusedLink', values: { scheme: url.protocol.replace(':', ''), host: url.hostname } };
}

/** Plain text (an error page, a JSON message) is never audio, whatever the server calls it. */
const looksLikeText = (bytes: Uint8Array): boolean => bytes.subarray(0, 512).every((byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127));

/** The audio type from the bytes; the server's Content-Type only when the bytes do not say. */
async function audioType(bytes: Uint8Array, declared: string | undefined): Promise<{ mimeType: string; extension: string } | undefined> {
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed) return sniffed.mime.startsWith('audio/') ? { mimeType: sniffed.mime, extension: sniffed.ext } : undefined;
  if (looksLikeText(bytes)) return undefined;
  const mime = declared?.split(';')[0]?.trim().toLowerCase();
  return mime?.startsWith('audio/') ? { mimeType: mime, extension: mime.slice('audio/'.length).replace(/^x-/, '') } : undefined;
}

/**
 * Fetches a recording from its short-lived, pre-signed link into memory: no signature headers (the
 * link is its own credential, so it is never logged), at most `maxBytes`, and audio only.
 */
export async function downloadAudio(link: string, options: DownloadOptions): Promise<Result<DownloadedAudio>> {
  const problem = linkProblem(link);
  if (problem) return refuse(problem, SUPPORT_HINT);
  const url = new URL(link);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let declared: string | undefined;
  let read: Awaited<ReturnType<typeof readBounded>>;
  try {
    const response = await request(url, { method: 'GET', signal: deadline });
    if (response.statusCode !== 200) {
      await response.body.dump();
      return response.statusCode === 403 || response.statusCode === 404 || response.statusCode === 410
        ? refuse({ key: 'calls.recording.expired', values: { status: response.statusCode } })
        : refuse({ key: 'calls.recording.serverStatus', values: { status: response.statusCode } });
    }
    const type = response.headers['content-type'];
    declared = Array.isArray(type) ? type[0] : type;
    read = await readBounded(response.body, response.headers['content-length'], options.maxBytes);
  } catch (cause) {
    return fail(transportFailure(cause, { host: url.host, connectTimeoutMs: options.timeoutMs, timeoutMs: options.timeoutMs, deadlinePassed: deadline.aborted }).error);
  }
  if (!read.ok) return tooLarge(read.size, options.maxBytes);
  const bytes = new Uint8Array(read.bytes);
  if (bytes.length === 0) return refuse({ key: 'calls.recording.empty' });
  const audio = await audioType(bytes, declared);
  if (!audio) return refuse({ key: 'calls.recording.notAudio' }, SUPPORT_HINT);
  return ok({ bytes, ...audio });
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const tooLarge = (size: number, maxBytes: number): Result<never> =>
  refuse({ key: 'calls.recording.tooLarge', values: { size: megabytes(size), max: megabytes(maxBytes) } }, { key: 'calls.recording.consoleHint' });
