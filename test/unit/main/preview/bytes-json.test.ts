import { describe, expect, it } from 'vitest';
import { parseWithBytes, stringifyWithBytes } from '../../../../main/preview/bytes-json';

describe("the browser preview's JSON with bytes", () => {
  it('round-trips Uint8Array and Buffer values at any depth, byte for byte', () => {
    const bytes = new Uint8Array([0, 1, 127, 128, 254, 255]);
    const answer = { ok: true, value: { audio: bytes, nested: [{ raw: Buffer.from('RIFF') }], name: 'x' } };
    const back = parseWithBytes(stringifyWithBytes(answer)) as typeof answer;
    expect(back.value.audio).toBeInstanceOf(Uint8Array);
    expect([...back.value.audio]).toEqual([...bytes]);
    expect(Buffer.from(back.value.nested[0]!.raw).toString()).toBe('RIFF');
    expect(back.value.name).toBe('x');
  });

  it('leaves look-alike objects alone', () => {
    expect(parseWithBytes('{"$bytes":"AA==","other":1}')).toEqual({ $bytes: 'AA==', other: 1 });
    expect(parseWithBytes('{"$bytes":5}')).toEqual({ $bytes: 5 });
  });
});
