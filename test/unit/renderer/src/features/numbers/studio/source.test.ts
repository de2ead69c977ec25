import { describe, expect, it, vi } from 'vitest';
import { readSource, type AudioReaders } from '../../../../../../../renderer/src/features/numbers/studio/source';
import { STUDIO_MAX_INPUT_BYTES } from '../../../../../../../renderer/src/features/numbers/studio/rules';

const decoded = (seconds: number) => ({ length: Math.round(seconds * 48_000), duration: seconds }) as AudioBuffer;

function readers(answers: { seconds?: number; decode?: () => Promise<AudioBuffer> }): AudioReaders {
  return { probeSeconds: vi.fn(async () => answers.seconds), decode: vi.fn(answers.decode ?? (async () => decoded(1.5))) };
}

/** A file that says it is `size` bytes without holding them. */
const fileOfSize = (name: string, size: number) => Object.defineProperty(new File(['x'], name), 'size', { value: size });

describe('reading a file into the studio', () => {
  it('decodes a file of a phone’s size', async () => {
    const audio = decoded(1.5);
    expect(await readSource(new File([new Uint8Array(64)], 'phone.m4a'), readers({ seconds: 1.5, decode: async () => audio }))).toEqual({ ok: true, value: { name: 'phone.m4a', audio } });
  });

  it('refuses a file over 50 MB before reading a byte of it', async () => {
    const audio = readers({});
    const result = await readSource(fileOfSize('huge.wav', STUDIO_MAX_INPUT_BYTES + 1), audio);
    expect(result).toMatchObject({ ok: false, error: { message: '"huge.wav" is 50.0 MB; the greeting studio takes files of at most 50 MB.' } });
    expect(audio.probeSeconds).not.toHaveBeenCalled();
    expect(audio.decode).not.toHaveBeenCalled();
  });

  it('refuses a file its header says is over 10 minutes before decoding it', async () => {
    const audio = readers({ seconds: 3600 });
    expect(await readSource(new File(['x'], 'night.ogg'), audio)).toMatchObject({ ok: false, error: { message: '"night.ogg" lasts 60 minutes; the greeting studio takes recordings of at most 10 minutes.' } });
    expect(audio.decode).not.toHaveBeenCalled();
  });

  it('measures a file whose header tells no length once decoded', async () => {
    expect(await readSource(new File(['x'], 'memo.webm'), readers({ decode: async () => decoded(900) }))).toMatchObject({ ok: false, error: { message: expect.stringContaining('at most 10 minutes') } });
  });

  it('says a file that will not decode, or decodes to nothing, could not be read as audio', async () => {
    const message = '"notes.ogg" could not be read as audio: it is damaged, or not in a format this window can decode.';
    const refused = readers({ decode: () => Promise.reject(new DOMException('Unable to decode audio data', 'EncodingError')) });
    expect(await readSource(new File(['not audio'], 'notes.ogg'), refused)).toMatchObject({ ok: false, error: { kind: 'file', field: 'greeting', message } });
    expect(await readSource(new File(['x'], 'notes.ogg'), readers({ decode: async () => decoded(0) }))).toMatchObject({ ok: false, error: { message } });
  });
});
