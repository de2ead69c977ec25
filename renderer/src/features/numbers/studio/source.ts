import { fail, ok, type Result } from '../../../../../contract/result';
import { durationProblem, inputSizeProblem, undecodable } from './rules';

/** What the greeting is made from: a file's or a recording's audio, decoded. */
export interface Source {
  name: string;
  audio: AudioBuffer;
}

/** The browser's audio reading, injected so the rules around it are tested without a browser. */
export interface AudioReaders {
  /** The file's duration from its header alone, when it tells one; nothing is decoded. */
  probeSeconds(file: Blob): Promise<number | undefined>;
  /** Every sample, in whatever of Chromium's formats the bytes are; rejects what it cannot decode. */
  decode(bytes: ArrayBuffer): Promise<AudioBuffer>;
}

/**
 * Reads a file into the studio: its size first (nothing is read from a file too big), then its
 * length from its header where it has one (a long file is refused before it fills the memory),
 * then the audio itself.
 */
export async function readSource(file: File, readers: AudioReaders): Promise<Result<Source>> {
  const tooBig = inputSizeProblem(file.name, file.size);
  if (tooBig) return fail(tooBig);
  const announced = await readers.probeSeconds(file);
  const tooLongAnnounced = announced === undefined ? undefined : durationProblem(file.name, announced);
  if (tooLongAnnounced) return fail(tooLongAnnounced);
  let audio: AudioBuffer;
  try {
    audio = await readers.decode(await file.arrayBuffer());
  } catch {
    return fail(undecodable(file.name));
  }
  if (audio.length === 0) return fail(undecodable(file.name));
  // A file whose header tells no length (a browser's own webm) is measured once decoded.
  const tooLong = durationProblem(file.name, audio.duration);
  return tooLong ? fail(tooLong) : ok({ name: file.name, audio });
}
