/** The studio's use of Web Audio: decoding anything Chromium reads, and mixing down and resampling. */
import type { Span } from './level';
import type { AudioReaders } from './source';

/** Decoded at one rate whatever the file's own: every later step (trim, waveform, render) works on it. */
const DECODE_RATE = 48_000;

export const browserAudio: AudioReaders = {
  probeSeconds: (file) =>
    new Promise((resolve) => {
      const url = URL.createObjectURL(file);
      const audio = new Audio();
      const done = (seconds: number | undefined) => {
        audio.removeAttribute('src');
        URL.revokeObjectURL(url);
        resolve(seconds);
      };
      audio.preload = 'metadata';
      audio.onloadedmetadata = () => done(Number.isFinite(audio.duration) ? audio.duration : undefined);
      // Not readable as media here: decoding will say so, with its own message.
      audio.onerror = () => done(undefined);
      audio.src = url;
    }),
  decode: (bytes) => new OfflineAudioContext(1, 1, DECODE_RATE).decodeAudioData(bytes),
};

/**
 * The span of the audio as one channel at `rate`: Web Audio mixes the channels down (the mean of
 * left and right) and resamples as it renders.
 */
export async function renderMono(audio: AudioBuffer, span: Span, rate: number): Promise<Float32Array> {
  const seconds = span.end - span.start;
  const context = new OfflineAudioContext(1, Math.max(1, Math.round(seconds * rate)), rate);
  const player = context.createBufferSource();
  player.buffer = audio;
  player.connect(context.destination);
  player.start(0, span.start, seconds);
  return (await context.startRendering()).getChannelData(0);
}
