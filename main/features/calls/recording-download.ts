import { fileTypeFromBuffer } from 'file-type';
import { request } from 'undici';
import { fail, ok, type Result } from '../../../contract/result';
import { isLoopbackHost } from '../../../contract/schemas/rules';
import { readBounded } from '../../platform/itnio/answer-body';
import { transportFailure } from '../../platform/itnio/transport-errors';

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

const FRESH_LINK_HINT = 'Try again: each attempt asks ITNIO for a fresh link.';

const refuse = (message: string, hint = FRESH_LINK_HINT): Result<never> => fail({ kind: 'server', message, hint });

/** https, or plain http to this machine only (the sandbox serves its recordings that way). */
function linkProblem(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return 'ITNIO answered a recording link that is not an address.';
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return undefined;
  return `ITNIO answered a recording link Switchboard will not open (${url.protocol.replace(':', '')} to ${url.hostname}).`;
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
  if (problem) return refuse(problem, 'Contact ITNIO support if this keeps happening.');
  const url = new URL(link);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let declared: string | undefined;
  let read: Awaited<ReturnType<typeof readBounded>>;
  try {
    const response = await request(url, { method: 'GET', signal: deadline });
    if (response.statusCode !== 200) {
      await response.body.dump();
      return response.statusCode === 403 || response.statusCode === 404 || response.statusCode === 410
        ? refuse(`The recording link was refused (HTTP ${response.statusCode}): it has probably expired.`)
        : refuse(`The recording server answered HTTP ${response.statusCode} instead of the audio.`);
    }
    const type = response.headers['content-type'];
    declared = Array.isArray(type) ? type[0] : type;
    read = await readBounded(response.body, response.headers['content-length'], options.maxBytes);
  } catch (cause) {
    return fail(transportFailure(cause, { host: url.host, connectTimeoutMs: options.timeoutMs, timeoutMs: options.timeoutMs, deadlinePassed: deadline.aborted }).error);
  }
  if (!read.ok) return tooLarge(read.size, options.maxBytes);
  const bytes = new Uint8Array(read.bytes);
  if (bytes.length === 0) return refuse('The recording ITNIO sent is empty.');
  const audio = await audioType(bytes, declared);
  if (!audio) return refuse('What the recording link sent is not audio.', 'Contact ITNIO support if this keeps happening.');
  return ok({ bytes, ...audio });
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const tooLarge = (size: number, maxBytes: number): Result<never> =>
  refuse(`The recording is larger than Switchboard plays (${megabytes(size)} or more; at most ${megabytes(maxBytes)}).`, 'Download it from the ITNIO console instead.');
