/** The level of a greeting's samples: its peak, bringing the peak to a target, and where the silence ends. */

/** Where the studio puts a greeting's peak: just under full scale, leaving room for the line's own coding. */
export const TARGET_PEAK_DBFS = -1;

/** Quieter than this below the loudest moment counts as silence for "Trim silence". */
export const SILENCE_BELOW_PEAK_DB = 40;

/** Trim points move in steps of 10 ms, as the operator types them. */
export const TRIM_STEP_SECONDS = 0.01;

export const amplitudeOf = (dbfs: number): number => 10 ** (dbfs / 20);
export const dbfsOf = (amplitude: number): number => 20 * Math.log10(amplitude);

/** The largest absolute sample of all the channels; 0 for silence. */
export function peakOf(...channels: Float32Array[]): number {
  let peak = 0;
  for (const samples of channels) for (let index = 0; index < samples.length; index++) peak = Math.max(peak, Math.abs(samples[index]!));
  return peak;
}

/** The samples scaled so their peak is at `targetDbfs`, louder or quieter; silence stays silence. */
export function normalise(samples: Float32Array, targetDbfs = TARGET_PEAK_DBFS): Float32Array {
  const peak = peakOf(samples);
  if (peak === 0) return samples;
  const gain = amplitudeOf(targetDbfs) / peak;
  return samples.map((sample) => sample * gain);
}

export interface Span {
  start: number;
  end: number;
}

/** Seconds to the 10 ms step, as the trim inputs show them. */
export const toStep = (seconds: number): number => Math.round(seconds / TRIM_STEP_SECONDS) * TRIM_STEP_SECONDS;

/**
 * From the first to the last moment louder than the silence threshold (`SILENCE_BELOW_PEAK_DB`
 * under the peak of any channel), widened to whole 10 ms steps so no sound is cut; undefined when
 * the whole file is silent.
 */
export function soundSpan(channels: Float32Array[], sampleRate: number): Span | undefined {
  const peak = peakOf(...channels);
  if (peak === 0) return undefined;
  const threshold = peak * amplitudeOf(-SILENCE_BELOW_PEAK_DB);
  const frames = Math.max(...channels.map((samples) => samples.length));
  const loud = (frame: number) => channels.some((samples) => Math.abs(samples[frame] ?? 0) > threshold);
  let first = 0;
  while (!loud(first)) first++;
  let last = frames - 1;
  while (!loud(last)) last--;
  const duration = frames / sampleRate;
  // The nudge keeps float error (0.25 / 0.01 = 25.000000000000004) from widening a whole step more.
  const start = Math.floor(first / sampleRate / TRIM_STEP_SECONDS + 1e-9) * TRIM_STEP_SECONDS;
  const end = Math.ceil((last + 1) / sampleRate / TRIM_STEP_SECONDS - 1e-9) * TRIM_STEP_SECONDS;
  return { start: Math.max(0, toStep(start)), end: Math.min(duration, toStep(end)) };
}
