import { fileTypeFromBuffer } from 'file-type';
import { parseBuffer } from 'music-metadata';
import { fail, ok, type AppError, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { GREETING_FORMATS, GREETING_MAX_BYTES, greetingSizeProblem, type GreetingFormat } from '../../../contract/schemas/greetings';
import { spoken } from '../../platform/messages';

/** A greeting file as its bytes show it, whatever it is called. */
export interface InspectedGreeting {
  name: string;
  /** `name` with the extension of the real format, as ITNIO wants it. */
  fileName: string;
  size: number;
  format: GreetingFormat;
  codec?: string;
  durationSeconds: number;
}

const EXPORT_HINT: Said = { key: 'numbers.greeting.exportHint' };

const refuse = (message: Said, hint = EXPORT_HINT): Result<never> => fail(greetingError(message, hint));

export const greetingError = (message: Said, hint = EXPORT_HINT): AppError => ({ kind: 'file', field: 'greeting', ...spoken(message, hint) });

/**
 * The size rule alone, for callers that know a size before they hold the bytes (a file on disk):
 * `greetingSizeProblem`'s words, as keys.
 */
export function checkGreetingSize(name: string, size: number): Result<void> {
  if (!greetingSizeProblem(name, size)) return ok(undefined);
  if (size === 0) return refuse({ key: 'numbers.greeting.empty', values: { name } });
  const values = { name, size: `${(size / (1024 * 1024)).toFixed(1)} MB`, bytes: size.toLocaleString('en'), max: GREETING_MAX_BYTES.toLocaleString('en') };
  return refuse({ key: 'numbers.greeting.tooLarge', values }, { key: 'numbers.greeting.tooLargeHint' });
}

const isGreetingFormat = (ext: string): ext is GreetingFormat => (GREETING_FORMATS as readonly string[]).includes(ext);

/** `greeting.WAV` stays as it is for a wav; an mp3 called `greeting.wav` goes out as `greeting.mp3`. */
export function fileNameFor(name: string, format: GreetingFormat): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return extension === format ? name : `${stem}.${format}`;
}

/** A RIFF file announces its own length; fewer bytes than that means a copy or download stopped early. */
function riffCutShort(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return true;
  const announced = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true) + 8;
  return bytes.length < announced;
}

/**
 * Checks a greeting the way ITNIO will, before anything is sent: the size first (nothing else is
 * read from an oversized file), then the real type from the bytes, then the audio itself (format
 * and duration), so a renamed, damaged or cut-short file is refused with what is wrong with it.
 */
export async function inspectGreeting(name: string, bytes: Uint8Array): Promise<Result<InspectedGreeting>> {
  const size = checkGreetingSize(name, bytes.length);
  if (!size.ok) return size;

  const type = await fileTypeFromBuffer(bytes);
  if (!type) return refuse({ key: 'numbers.greeting.notRecognised', values: { name } });
  if (!isGreetingFormat(type.ext)) {
    return type.mime.startsWith('audio/')
      ? refuse({ key: 'numbers.greeting.otherAudio', values: { name, format: type.ext } })
      : refuse({ key: 'numbers.greeting.notAudio', values: { name, format: type.ext } });
  }
  const format = type.ext;
  const cutShort = refuse({ key: 'numbers.greeting.cutShort', values: { name, format } }, { key: 'numbers.greeting.cutShortHint' });
  if (format === 'wav' && riffCutShort(bytes)) return cutShort;

  let duration: number | undefined;
  let codec: string | undefined;
  try {
    const metadata = await parseBuffer(bytes, { size: bytes.length, mimeType: type.mime }, { duration: true, skipCovers: true });
    duration = metadata.format.duration;
    codec = metadata.format.codec;
  } catch {
    return cutShort;
  }
  // Without a duration there is no audio a caller would hear.
  if (duration === undefined || !Number.isFinite(duration) || duration <= 0) return cutShort;

  return ok({ name, fileName: fileNameFor(name, format), size: bytes.length, format, ...(codec ? { codec } : {}), durationSeconds: duration });
}
