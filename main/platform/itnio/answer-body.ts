import type { Readable } from 'node:stream';
import { advised, type Failure } from './envelope';

/**
 * The largest answer read. The largest real one is a page of 100 call records, about 70 KB (a page
 * of 100 trunks is about 60 KB, of 100 phones 20 KB); 1 MiB leaves fourteen times that for
 * longer fields, and keeps a hostile or broken server from filling the main process's memory.
 */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/**
 * A body read no further than `maxBytes`: a declared length over it is refused before reading, and
 * a body that grows past it (an endless one) is cut off at once. Refused, it says how far it got.
 */
export async function readBounded(body: Readable, declaredLength: string | string[] | undefined, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; size: number }> {
  const declared = Number(declaredLength);
  if (declared > maxBytes) {
    body.destroy();
    return { ok: false, size: declared };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      return { ok: false, size };
    }
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks, size) };
}

/** The answer's text, read no further than `maxBytes` (see `readBounded`). */
export async function readAnswerBody(
  body: Readable,
  declaredLength: string | string[] | undefined,
  maxBytes = MAX_ANSWER_BYTES,
): Promise<{ ok: true; text: string } | ({ ok: false } & Failure)> {
  const read = await readBounded(body, declaredLength, maxBytes);
  return read.ok ? { ok: true, text: read.bytes.toString('utf8') } : tooLarge(maxBytes);
}

const tooLarge = (maxBytes: number) =>
  ({
    ok: false,
    // The same server would send the same answer again.
    retryable: false,
    error: { kind: 'server', ...advised({ key: 'itnio.answer.tooLarge', values: { size: maxBytes / 1024 / 1024 } }, { key: 'itnio.answer.tooLargeHint' }) },
  }) as const;
