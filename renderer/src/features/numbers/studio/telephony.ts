import type { AppError } from '../../../../../contract/result';
import { dbfsOf, normalise, peakOf, TARGET_PEAK_DBFS } from './level';
import { base64Bytes, resultSizeProblem, type TelephonyRate } from './rules';
import { encodeWav } from './wav';

/** A greeting as ITNIO's lines take it: mono, 16-bit PCM, 8 or 16 kHz. */
export interface TelephonyGreeting {
  wav: Uint8Array<ArrayBuffer>;
  rate: TelephonyRate;
  seconds: number;
  /** What the request carries once the wav is base64-encoded. */
  base64Bytes: number;
  /** The loudest sample, in dB below full scale; -Infinity for silence. */
  peakDbfs: number;
  /** Set when it is over ITNIO's 5 MB: it cannot be used. */
  tooBig: AppError | undefined;
}

/** The mixed-down samples made into the greeting's file, the level first brought to the target peak if asked. */
export function telephonyGreeting(mono: Float32Array, rate: TelephonyRate, normaliseLevel: boolean): TelephonyGreeting {
  const samples = normaliseLevel ? normalise(mono, TARGET_PEAK_DBFS) : mono;
  const wav = encodeWav(samples, rate);
  return { wav, rate, seconds: samples.length / rate, base64Bytes: base64Bytes(wav.length), peakDbfs: dbfsOf(peakOf(samples)), tooBig: resultSizeProblem(wav.length, rate) };
}
