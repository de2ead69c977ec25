/**
 * The studio's rules and what it tells the operator when one is broken: what it takes in, what it
 * makes, and what ITNIO then receives (the wav, base64-encoded in the request).
 */
import type { AppError } from '../../../../../contract/result';
import { GREETING_MAX_BYTES } from '../../../../../contract/schemas/greetings';
import { neutralise } from '../../../../../contract/text';
import { WAV_HEADER_BYTES } from './wav';

/** A file the studio reads whole and decodes in the window: a phone's recording is far below this. */
export const STUDIO_MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Decoded audio takes about 400 KB a second in memory; a greeting is well under this. */
export const STUDIO_MAX_SECONDS = 10 * 60;
/** A recording stops by itself here, before main closes the microphone (main/desktop/microphone.ts). */
export const MAX_RECORDING_SECONDS = 5 * 60;

/** What ITNIO's lines carry: wideband (16 kHz) by default, narrowband (8 kHz) for a smaller file. */
export const TELEPHONY_RATES = [16_000, 8_000] as const;
export type TelephonyRate = (typeof TELEPHONY_RATES)[number];
export const DEFAULT_RATE: TelephonyRate = 16_000;

/** What the studio decodes, in the words an operator knows them by. */
export const STUDIO_FORMATS = 'wav, mp3, m4a (AAC), ogg or opus, flac or webm';

/** The size of `bytes` once base64-encoded, as the request to ITNIO carries the greeting: 4 characters for every 3 bytes. */
export const base64Bytes = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/** "1.2 MB", "48 KB": the way a file manager shows a size. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "1.50 s": seconds to the trim's 10 ms. */
export const formatSeconds = (seconds: number): string => `${seconds.toFixed(2)} s`;

/** The longest telephony wav at `rate` that stays within ITNIO's 5 MB, to the 10 ms below. */
export const maxSecondsAt = (rate: TelephonyRate): number => Math.floor(((GREETING_MAX_BYTES - WAV_HEADER_BYTES) / 2 / rate) * 100) / 100;

/** A file's name as the studio shows it: what acts instead of showing is made visible, and a long name shortened. */
export function shownName(name: string): string {
  const safe = neutralise(name);
  return safe.length > 80 ? `${safe.slice(0, 79)}…` : safe;
}

const problem = (message: string, hint: string): AppError => ({ kind: 'file', field: 'greeting', message, hint });

/** Before anything reads the file: the studio reads it whole into the window. */
export function inputSizeProblem(name: string, size: number): AppError | undefined {
  if (size === 0) return problem(`"${shownName(name)}" is empty.`, 'Choose the recording’s file again.');
  if (size <= STUDIO_MAX_INPUT_BYTES) return undefined;
  return problem(
    `"${shownName(name)}" is ${formatSize(size)}; the greeting studio takes files of at most 50 MB.`,
    'Shorten the recording in another app first, or export it at a lower bit rate. Nothing was sent.',
  );
}

export function durationProblem(name: string, seconds: number): AppError | undefined {
  if (seconds <= STUDIO_MAX_SECONDS) return undefined;
  return problem(
    `"${shownName(name)}" lasts ${Math.round(seconds / 60)} minutes; the greeting studio takes recordings of at most 10 minutes.`,
    'Cut the part you need in another app first. Nothing was sent.',
  );
}

export const undecodable = (name: string): AppError =>
  problem(`"${shownName(name)}" could not be read as audio: it is damaged, or not in a format this window can decode.`, `Choose a ${STUDIO_FORMATS} file, or export the recording again. Nothing was sent.`);

export const silentSource = (name: string): AppError => problem(`"${shownName(name)}" is silent: there is nothing above the silence threshold to keep.`, 'Choose another recording, or record again.');

/** The made greeting over ITNIO's limit: it cannot be used, and the operator is told what would fit. */
export function resultSizeProblem(bytes: number, rate: TelephonyRate): AppError | undefined {
  if (bytes <= GREETING_MAX_BYTES) return undefined;
  const trim = `trim it to at most ${formatSeconds(maxSecondsAt(rate))}`;
  return problem(
    `This greeting would be ${formatSize(bytes)} (${bytes.toLocaleString('en')} bytes); ITNIO takes greetings of at most 5 MB (${GREETING_MAX_BYTES.toLocaleString('en')} bytes).`,
    rate === 16_000 ? `Choose 8 kHz, which halves its size (at most ${formatSeconds(maxSecondsAt(8_000))}), or ${trim}.` : `Trim it to at most ${formatSeconds(maxSecondsAt(rate))}.`,
  );
}

/** Why recording did not start, from the browser's own error names (getUserMedia, MediaRecorder). */
export function microphoneProblem(error: unknown): AppError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return problem('Switchboard was not allowed to use the microphone.', 'Allow Switchboard to use the microphone in the system’s privacy settings, then record again.');
    case 'NotFoundError':
    case 'OverconstrainedError':
      return problem('No microphone was found.', 'Connect a microphone and record again, or choose a recording’s file instead.');
    case 'NotReadableError':
      return problem('The microphone could not be opened: another app may be using it.', 'Close the other app’s call or recording, then record again.');
    default:
      return problem('Recording could not start.', 'Record again, or choose a recording’s file instead.');
  }
}

/** The shortest greeting the studio makes: less is a click, not a greeting. */
export const MIN_GREETING_SECONDS = 0.1;

/** What is wrong with the trim points typed, field by field (the rule without the field's name). */
export function trimProblems(start: number | string, end: number | string, duration: number): { start?: string; end?: string } {
  const problems: { start?: string; end?: string } = {};
  const length = formatSeconds(Math.floor(duration * 100) / 100);
  if (typeof start !== 'number' || !Number.isFinite(start) || start < 0) problems.start = 'must be a number of seconds, 0 or more';
  if (typeof end !== 'number' || !Number.isFinite(end) || end <= 0) problems.end = 'must be a number of seconds after the start';
  else if (end > duration + 0.005) problems.end = `must be at most ${length}, where the audio ends`;
  if (!problems.start && !problems.end && (end as number) - (start as number) < MIN_GREETING_SECONDS - 0.005)
    problems.start = `must be at least ${formatSeconds(MIN_GREETING_SECONDS)} before the end`;
  return problems;
}
