/**
 * The studio's rules and what it tells the operator when one is broken: what it takes in, what it
 * makes, and what ITNIO then receives (the wav, base64-encoded in the request).
 */
import type { AppError } from '../../../../../contract/result';
import { GREETING_MAX_BYTES } from '../../../../../contract/schemas/greetings';
import { neutralise } from '../../../../../contract/text';
import { currentLocale, i18n } from '../../../i18n';
import { numeral } from '../../../ui/format';
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

/** The size of `bytes` once base64-encoded, as the request to ITNIO carries the greeting: 4 characters for every 3 bytes. */
export const base64Bytes = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/** Exactly `digits` decimals and no grouping, as a file manager and a trim field write them. */
const fixed = (value: number, digits: number): string =>
  new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);

/** "1.2 MB", "48 KB": the way a file manager shows a size. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return i18n.t('numbers:studio.megabytes', { size: fixed(bytes / (1024 * 1024), 1) });
  return i18n.t('numbers:studio.kilobytes', { size: fixed(Math.max(1, Math.round(bytes / 1024)), 0) });
}

/** "1.50 s": seconds to the trim's 10 ms. */
export const formatSeconds = (seconds: number): string => i18n.t('numbers:studio.seconds', { seconds: fixed(seconds, 2) });

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
  if (size === 0) return problem(i18n.t('numbers:studio.problem.empty', { name: shownName(name) }), i18n.t('numbers:studio.problem.emptyHint'));
  if (size <= STUDIO_MAX_INPUT_BYTES) return undefined;
  return problem(i18n.t('numbers:studio.problem.tooLarge', { name: shownName(name), size: formatSize(size) }), i18n.t('numbers:studio.problem.tooLargeHint'));
}

export function durationProblem(name: string, seconds: number): AppError | undefined {
  if (seconds <= STUDIO_MAX_SECONDS) return undefined;
  return problem(i18n.t('numbers:studio.problem.tooLong', { name: shownName(name), minutes: Math.round(seconds / 60) }), i18n.t('numbers:studio.problem.tooLongHint'));
}

export const undecodable = (name: string): AppError =>
  problem(
    i18n.t('numbers:studio.problem.undecodable', { name: shownName(name) }),
    i18n.t('numbers:studio.problem.undecodableHint', { formats: i18n.t('numbers:studio.formats') }),
  );

export const silentSource = (name: string): AppError =>
  problem(i18n.t('numbers:studio.problem.silent', { name: shownName(name) }), i18n.t('numbers:studio.problem.silentHint'));

/** The made greeting over ITNIO's limit: it cannot be used, and the operator is told what would fit. */
export function resultSizeProblem(bytes: number, rate: TelephonyRate): AppError | undefined {
  if (bytes <= GREETING_MAX_BYTES) return undefined;
  const longest = formatSeconds(maxSecondsAt(rate));
  return problem(
    i18n.t('numbers:studio.problem.resultTooBig', { size: formatSize(bytes), bytes: numeral(bytes), maxBytes: numeral(GREETING_MAX_BYTES) }),
    rate === 16_000
      ? i18n.t('numbers:studio.problem.halveOrTrim', { narrowband: formatSeconds(maxSecondsAt(8_000)), longest })
      : i18n.t('numbers:studio.problem.trimTo', { longest }),
  );
}

/** Why recording did not start, from the browser's own error names (getUserMedia, MediaRecorder). */
export function microphoneProblem(error: unknown): AppError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return problem(i18n.t('numbers:studio.problem.notAllowed'), i18n.t('numbers:studio.problem.notAllowedHint'));
    case 'NotFoundError':
    case 'OverconstrainedError':
      return problem(i18n.t('numbers:studio.problem.noMicrophone'), i18n.t('numbers:studio.problem.noMicrophoneHint'));
    case 'NotReadableError':
      return problem(i18n.t('numbers:studio.problem.microphoneBusy'), i18n.t('numbers:studio.problem.microphoneBusyHint'));
    default:
      return problem(i18n.t('numbers:studio.problem.notStarted'), i18n.t('numbers:studio.problem.notStartedHint'));
  }
}

/** The shortest greeting the studio makes: less is a click, not a greeting. */
export const MIN_GREETING_SECONDS = 0.1;

/** What is wrong with the trim points typed, field by field (the rule without the field's name). */
export function trimProblems(start: number | string, end: number | string, duration: number): { start?: string; end?: string } {
  const problems: { start?: string; end?: string } = {};
  const length = formatSeconds(Math.floor(duration * 100) / 100);
  if (typeof start !== 'number' || !Number.isFinite(start) || start < 0) problems.start = i18n.t('numbers:studio.problem.startNotSeconds');
  if (typeof end !== 'number' || !Number.isFinite(end) || end <= 0) problems.end = i18n.t('numbers:studio.problem.endNotSeconds');
  else if (end > duration + 0.005) problems.end = i18n.t('numbers:studio.problem.endAfterAudio', { length });
  if (!problems.start && !problems.end && (end as number) - (start as number) < MIN_GREETING_SECONDS - 0.005)
    problems.start = i18n.t('numbers:studio.problem.tooShort', { shortest: formatSeconds(MIN_GREETING_SECONDS) });
  return problems;
}
