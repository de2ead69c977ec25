import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SECRET_BYTES, readSecret } from '../../../../main/cli/secret-input';
import { cliHarness } from './cli-harness';

const streams: Readable[] = [];
afterEach(() => {
  for (const stream of streams.splice(0)) stream.destroy();
});

/** Piped stdin: what `--secret-stdin` reads. */
const fromStdin = (stream: Readable) => {
  streams.push(stream);
  return readSecret('API secret: ', { fromStdin: true, stdin: stream });
};

/** A stream that never ends, counting what it handed out; `line` is what it starts with. */
function endless(fill: string, line = '') {
  const served = { bytes: 0 };
  let first = true;
  const stream = new Readable({
    read() {
      const chunk = Buffer.concat([first ? Buffer.from(line) : Buffer.alloc(0), Buffer.alloc(64 * 1024, fill)]);
      first = false;
      served.bytes += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, served };
}

function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms: stdin is read without end`)), ms).unref())]);
}

const tooLong = { ok: false, error: { kind: 'invalid-input', message: expect.stringContaining(`longer than ${MAX_SECRET_BYTES.toLocaleString('en')} bytes`) } };

describe('readSecret from stdin', () => {
  it.each([
    ['with a trailing newline', 's3cret-Value\n'],
    ['without one', 's3cret-Value'],
    ['with a Windows line end', 's3cret-Value\r\n'],
    ['followed by more lines', 's3cret-Value\nnot the secret\n'],
  ])('takes the first line, %s', async (_, input) => {
    expect(await fromStdin(Readable.from([input]))).toEqual({ ok: true, value: 's3cret-Value' });
  });

  it('decodes a character split between two reads', async () => {
    const e = Buffer.from('é');
    expect(await fromStdin(Readable.from([Buffer.from('caf'), e.subarray(0, 1), Buffer.concat([e.subarray(1), Buffer.from('\n')])]))).toEqual({ ok: true, value: 'café' });
  });

  it(`takes a line of exactly ${MAX_SECRET_BYTES} bytes and refuses one byte more`, async () => {
    const longest = 'k'.repeat(MAX_SECRET_BYTES);
    expect(await fromStdin(Readable.from([`${longest}\n`]))).toEqual({ ok: true, value: longest });
    expect(await fromStdin(Readable.from([`${longest}k\n`]))).toMatchObject(tooLong);
    expect(await fromStdin(Readable.from([`${longest}k`]))).toMatchObject(tooLong);
  });

  it('refuses an endless stdin without a line end at once, having read next to nothing, and stops reading it', async () => {
    const { stream, served } = endless('\0');
    expect(await within(2000, fromStdin(stream))).toMatchObject(tooLong);
    // One chunk of the stream's and the stream's own read-ahead at most, not the gigabytes it would give.
    expect(served.bytes).toBeLessThan(1024 * 1024);
    expect(stream.destroyed).toBe(true);
  });

  it('stops reading an endless stdin after its first line', async () => {
    const { stream, served } = endless('x', 'line-one\n');
    expect(await within(2000, fromStdin(stream))).toEqual({ ok: true, value: 'line-one' });
    expect(served.bytes).toBeLessThan(1024 * 1024);
    expect(stream.destroyed).toBe(true);
  });

  it('refuses /dev/zero as stdin at once', async () => {
    expect(await within(2000, fromStdin(createReadStream('/dev/zero')))).toMatchObject(tooLong);
  });
});

describe('an over-long secret on the command line', () => {
  const harness = cliHarness({ key: 'secretKey42', secret: 'secret-input-secret-never-printed', homePrefix: 'sb-cli-secret-', credentials: 'keychain' });
  const long = 'S'.repeat(5000);

  it('`profile add --secret-stdin` exits 2 and saves nothing', async () => {
    const result = await harness.cli(['profile', 'add', 'Huge', '--base-url', harness.sandbox.url, '--api-key', 'secretKey42', '--app-id', harness.sandbox.state.appId, '--secret-stdin'], {
      stdin: long,
    });
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(`longer than ${MAX_SECRET_BYTES.toLocaleString('en')} bytes`) });
    expect(result.stderr).toContain('Nothing was saved or sent.');
    expect(result.stderr + result.stdout).not.toContain(long.slice(0, 100));
    expect((await harness.cli(['--json', 'profile', 'list'])).stdout).not.toContain('Huge');
  });

  it('`trunks update --sip-password-stdin` exits 2 and sends nothing', async () => {
    harness.sandbox.requests.length = 0;
    const result = await harness.cli(['trunks', 'update', '2004', '--registration', 'on', '--sip-account', 'fraout01', '--sip-password-stdin'], {
      stdin: `${long}\n`,
      credentials: 'environment',
    });
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(`longer than ${MAX_SECRET_BYTES.toLocaleString('en')} bytes`) });
    expect(harness.sandbox.requests.filter((request) => request.path === '/v3/cc/sipTrunk/update')).toHaveLength(0);
  });
});
