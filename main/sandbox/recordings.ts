import { randomBytes } from 'node:crypto';
import type { RecordingLink, SandboxState } from './state';

const SAMPLE_RATE = 8000;
const SECONDS = 2;
const TONE_HZ = 440;
const FADE_SAMPLES = 400;

/**
 * The audio every sandbox recording plays: two seconds of a 440 Hz tone, 8 kHz 16-bit mono PCM in
 * a WAV file, made here so no real recording is ever shipped. Faded in and out so it does not click.
 */
export function toneWav(): Buffer {
  const samples = SAMPLE_RATE * SECONDS;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'latin1');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVE', 8, 'latin1');
  wav.write('fmt ', 12, 'latin1');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per sample frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'latin1');
  wav.writeUInt32LE(samples * 2, 40);
  for (let index = 0; index < samples; index++) {
    const fade = Math.min(1, index / FADE_SAMPLES, (samples - 1 - index) / FADE_SAMPLES);
    wav.writeInt16LE(Math.round(Math.sin((2 * Math.PI * TONE_HZ * index) / SAMPLE_RATE) * 0.3 * 32767 * fade), 44 + index * 2);
  }
  return wav;
}

export const RECORDINGS_PATH = '/recordings/';

/** A short-lived link to one recording, like the vendor's pre-signed URL; expired links are dropped. */
export function createRecordingLink(state: SandboxState, recordingFileId: string, now: number, origin: string): { url: string; expireTime: number } {
  state.recordingLinks = state.recordingLinks.filter((link) => link.expiresAt > now);
  const link: RecordingLink = { token: randomBytes(12).toString('hex'), recordingFileId, expiresAt: now + state.recordingLinkTtlMs };
  state.recordingLinks.push(link);
  return { url: `${origin}${RECORDINGS_PATH}${link.token}.wav`, expireTime: link.expiresAt };
}

/** The live link a `/recordings/<token>.wav` path names, if any. */
export function findRecordingLink(state: SandboxState, path: string, now: number): RecordingLink | undefined {
  const token = /^\/recordings\/([0-9a-f]+)\.wav$/.exec(path)?.[1];
  return state.recordingLinks.find((link) => link.token === token && link.expiresAt > now);
}
