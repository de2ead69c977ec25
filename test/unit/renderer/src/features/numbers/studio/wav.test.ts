import { describe, expect, it } from 'vitest';
import { encodeWav, WAV_HEADER_BYTES } from '../../../../../../../renderer/src/features/numbers/studio/wav';

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));

describe('the telephony wav writer', () => {
  it('writes a canonical 44-byte header for mono 16-bit PCM at the rate given', () => {
    const wav = encodeWav(new Float32Array(3), 16_000);
    const header = view(wav);
    expect(wav.length).toBe(WAV_HEADER_BYTES + 6);
    expect(ascii(wav, 0, 4)).toBe('RIFF');
    expect(header.getUint32(4, true)).toBe(wav.length - 8);
    expect(ascii(wav, 8, 16)).toBe('WAVEfmt ');
    expect(header.getUint32(16, true)).toBe(16);
    expect(header.getUint16(20, true)).toBe(1); // PCM
    expect(header.getUint16(22, true)).toBe(1); // mono
    expect(header.getUint32(24, true)).toBe(16_000);
    expect(header.getUint32(28, true)).toBe(32_000); // bytes a second
    expect(header.getUint16(32, true)).toBe(2); // block align
    expect(header.getUint16(34, true)).toBe(16);
    expect(ascii(wav, 36, 40)).toBe('data');
    expect(header.getUint32(40, true)).toBe(6);
  });

  it('says 8 kHz and 16 000 bytes a second for narrowband', () => {
    const header = view(encodeWav(new Float32Array(1), 8_000));
    expect(header.getUint32(24, true)).toBe(8_000);
    expect(header.getUint32(28, true)).toBe(16_000);
  });

  it('writes samples little-endian at full 16-bit scale, and clamps what is beyond it instead of wrapping round', () => {
    const wav = encodeWav(Float32Array.from([0, 0.5, -0.5, 1, -1, 1.7, -3]), 8_000);
    const samples = Array.from({ length: 7 }, (_, index) => view(wav).getInt16(WAV_HEADER_BYTES + index * 2, true));
    expect(samples).toEqual([0, 16_384, -16_384, 32_767, -32_768, 32_767, -32_768]);
    expect(wav[WAV_HEADER_BYTES + 2]).toBe(0x00); // 16 384 = 0x4000, low byte first
    expect(wav[WAV_HEADER_BYTES + 3]).toBe(0x40);
  });
});
