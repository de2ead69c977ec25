/**
 * Audio files built byte by byte for the greeting tests: real headers and silent content, so no
 * recording (and no copyright) is involved, and every size is exact.
 */

/** Bytes in a plain ArrayBuffer, as the contract's greeting input takes them. */
type Bytes = Uint8Array<ArrayBuffer>;

const ascii = (text: string): Bytes => new Uint8Array([...text].map((char) => char.charCodeAt(0)));

function concat(parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const u32be = (value: number) => new Uint8Array([(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
const u16be = (value: number) => new Uint8Array([(value >>> 8) & 0xff, value & 0xff]);
const u32le = (value: number) => new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]);
const u16le = (value: number) => new Uint8Array([value & 0xff, (value >>> 8) & 0xff]);

const WAV_HEADER_BYTES = 44;
const WAV_RATE = 8000;
/** 16-bit mono at 8 kHz. */
const WAV_BYTES_PER_SECOND = WAV_RATE * 2;

/** A PCM wav of silence; `totalBytes` (even) fixes the whole file's size instead of the duration. */
export function wav(options: { seconds?: number; totalBytes?: number } = {}): Bytes {
  const dataBytes = options.totalBytes !== undefined ? options.totalBytes - WAV_HEADER_BYTES : Math.round((options.seconds ?? 1) * WAV_BYTES_PER_SECOND);
  return concat([
    ascii('RIFF'),
    u32le(36 + dataBytes),
    ascii('WAVEfmt '),
    u32le(16),
    u16le(1), // PCM
    u16le(1), // mono
    u32le(WAV_RATE),
    u32le(WAV_BYTES_PER_SECOND),
    u16le(2), // block align
    u16le(16), // bits per sample
    ascii('data'),
    u32le(dataBytes),
    new Uint8Array(dataBytes),
  ]);
}

/** MPEG-1 Layer III, 32 kbit/s, 32 kHz, mono: 144-byte frames of 1152 samples (36 ms). */
const MP3_FRAME_HEADER = new Uint8Array([0xff, 0xfb, 0x18, 0xc4]);
const MP3_FRAME_BYTES = 144;
const MP3_FRAME_SECONDS = 1152 / 32_000;

/** An mp3 of silent frames, optionally behind an ID3v2 tag. */
export function mp3(options: { seconds?: number; id3?: boolean } = {}): Bytes {
  const frames = Math.max(1, Math.round((options.seconds ?? 1) / MP3_FRAME_SECONDS));
  const frame = concat([MP3_FRAME_HEADER, new Uint8Array(MP3_FRAME_BYTES - MP3_FRAME_HEADER.length)]);
  const tag = options.id3 ? concat([ascii('ID3'), new Uint8Array([4, 0, 0, 0, 0, 0, 0])]) : new Uint8Array(0);
  return concat([tag, ...Array.from({ length: frames }, () => frame)]);
}

const box = (type: string, ...content: Uint8Array[]) => {
  const body = concat(content);
  return concat([u32be(8 + body.length), ascii(type), body]);
};
const fullBox = (type: string, ...content: Uint8Array[]) => box(type, new Uint8Array(4), ...content);

/** An m4a (MPEG-4 audio, AAC) whose movie header gives its duration; no samples are needed for that. */
export function m4a(options: { seconds?: number } = {}): Bytes {
  const timescale = 1000;
  const duration = Math.round((options.seconds ?? 1) * timescale);
  const mvhd = fullBox('mvhd', u32be(0), u32be(0), u32be(timescale), u32be(duration), u32be(0x00010000), u16be(0x0100), new Uint8Array(10), new Uint8Array(36), new Uint8Array(24), u32be(2));
  const mdhd = fullBox('mdhd', u32be(0), u32be(0), u32be(44_100), u32be(Math.round((options.seconds ?? 1) * 44_100)), u16be(0x55c4), u16be(0));
  const hdlr = fullBox('hdlr', u32be(0), ascii('soun'), new Uint8Array(12), ascii('SoundHandler\0'));
  const mp4a = box('mp4a', new Uint8Array(6), u16be(1), new Uint8Array(8), u16be(1), u16be(16), u16be(0), u16be(0), u32be(44_100 << 16));
  const stsd = fullBox('stsd', u32be(1), mp4a);
  const tkhd = fullBox('tkhd', u32be(0), u32be(0), u32be(1), u32be(0), u32be(duration), new Uint8Array(8), u16be(0), u16be(0), u16be(0x0100), u16be(0), new Uint8Array(36), u32be(0), u32be(0));
  const trak = box('trak', tkhd, box('mdia', mdhd, hdlr, box('minf', box('stbl', stsd))));
  return concat([box('ftyp', ascii('M4A '), u32be(0), ascii('M4A '), ascii('mp42'), ascii('isom')), box('moov', mvhd, trak)]);
}

/** The first `bytes` bytes: a download or copy that stopped early. */
export const truncated = (file: Uint8Array, bytes: number): Bytes => file.slice(0, bytes);

/** Audio, but not a format ITNIO takes: a FLAC stream marker and an empty STREAMINFO block. */
export const flac = (): Bytes => concat([ascii('fLaC'), new Uint8Array([0x80, 0, 0, 34]), new Uint8Array(34), new Uint8Array(64)]);

/** Not audio: a PNG signature and a text file. */
const pngChunk = (type: string, data: Uint8Array) => concat([u32be(data.length), ascii(type), data, new Uint8Array(4)]);
export const png = (): Bytes =>
  concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', new Uint8Array(13)), pngChunk('IDAT', new Uint8Array(16)), pngChunk('IEND', new Uint8Array(0))]);
export const text = (): Bytes => ascii('Hello, this is not a greeting but a note about one.\n'.repeat(8));
