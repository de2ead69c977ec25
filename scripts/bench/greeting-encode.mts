/**
 * A 5 MB greeting through the app's own path (main/features/numbers: the size rule, the type sniffed from
 * the bytes, the audio read for its duration, then staged as base64 once) against bare
 * `Buffer.from(bytes).toString('base64')` of the same bytes: p50 per greeting, interleaved in one run.
 */
import { GREETING_MAX_BYTES } from '../../contract/schemas/greetings';
import { inspectGreeting } from '../../main/features/numbers/greeting';
import { createStagedGreetings } from '../../main/features/numbers/staged-greetings';
import { mp3, wav } from '../../test/support/audio-fixtures';
import { pairedP50, type Figure } from './stats.mts';

// Silent mp3 frames of 144 bytes per 36 ms: this many seconds fill just under 5 MB.
const MP3_SECONDS = Math.floor(GREETING_MAX_BYTES / 144) * 0.036;

async function greeting(name: string, bytes: Uint8Array, rounds: number): Promise<Figure> {
  const staged = createStagedGreetings(1);
  const app = async () => {
    const inspected = await inspectGreeting(name, bytes);
    if (!inspected.ok) throw new Error(`the greeting benchmark's file was refused: ${inspected.error.message}`);
    staged.stage(inspected.value, bytes);
  };
  const bare = () => Buffer.from(bytes).toString('base64');
  const p50 = await pairedP50(app, bare, rounds, 3);
  return {
    name: `${(bytes.length / 1024 / 1024).toFixed(1)} MB ${name} greeting, p50 of ${rounds}`,
    subject: 'size check + sniff + audio read + base64 (main/features/numbers)',
    baseline: 'bare Buffer base64',
    subjectValue: p50.subject,
    baselineValue: p50.baseline,
    unit: 'ms',
  };
}

export const greetingEncodeWav = (): Promise<Figure> => greeting('wav', wav({ totalBytes: GREETING_MAX_BYTES }), 30);
export const greetingEncodeMp3 = (): Promise<Figure> => greeting('mp3', mp3({ seconds: MP3_SECONDS }), 30);
