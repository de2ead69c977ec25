/** The recording download on its own, against a fake file server on loopback. */
import { afterEach, describe, expect, it } from 'vitest';
import { downloadAudio } from '../../../../../main/features/calls/recording-download';
import { inEnglish } from '../../../../../main/platform/messages';
import { toneWav } from '../../../../../main/sandbox/recordings';
import { startServer, type FakeServer, type Handler } from '../../platform/itnio/fake-server';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function files(handler: Handler): Promise<FakeServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

const OPTIONS = { maxBytes: 64 * 1024, timeoutMs: 5_000 };

describe('downloadAudio', () => {
  it('reads the audio into memory and takes its type from the bytes, not the header', async () => {
    const wav = toneWav();
    const server = await files((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      response.end(wav);
    });
    const result = await downloadAudio(`${server.url}/r/1.wav?X-Amz-Signature=abc`, OPTIONS);
    expect(result).toMatchObject({ ok: true, value: { mimeType: 'audio/wav', extension: 'wav' } });
    expect(result.ok && Buffer.from(result.value.bytes).equals(wav)).toBe(true);
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/r/1.wav?X-Amz-Signature=abc' });
    // A pre-signed link carries its own credential: none of the API's signing headers go along.
    expect(Object.keys(server.requests[0]!.headers)).not.toContain('sign');
  });

  it('refuses a recording over the size cap, by its announced length or as it streams', async () => {
    const big = Buffer.concat([toneWav(), toneWav(), toneWav()]);
    const announced = await files((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'audio/wav', 'Content-Length': big.length });
      response.end(big);
    });
    const tooLarge = await downloadAudio(announced.url, OPTIONS);
    expect(tooLarge).toMatchObject({
      ok: false,
      error: {
        kind: 'server',
        message: 'The recording is larger than Switchboard plays (0.1 MB or more; at most 0.1 MB).',
        hint: 'Download it from the ITNIO console instead.',
        say: { message: { key: 'calls.recording.tooLarge', values: { size: '0.1 MB', max: '0.1 MB' } }, hint: { key: 'calls.recording.consoleHint' } },
      },
    });
    if (!tooLarge.ok) expect([inEnglish(tooLarge.error.say!.message), inEnglish(tooLarge.error.say!.hint!)]).toEqual([tooLarge.error.message, tooLarge.error.hint]);
    const streamed = await files((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'audio/wav' });
      response.write(big.subarray(0, 40_000));
      response.end(big.subarray(40_000));
    });
    expect(await downloadAudio(streamed.url, OPTIONS)).toMatchObject({ ok: false, error: { message: expect.stringContaining('at most 0.1 MB') } });
  });

  it('refuses what is not audio, whatever the header says', async () => {
    const server = await files((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'audio/wav' });
      response.end('<html><body>Access denied</body></html>');
    });
    expect(await downloadAudio(server.url, OPTIONS)).toMatchObject({ ok: false, error: { kind: 'server', message: 'What the recording link sent is not audio.' } });
  });

  it('trusts an audio Content-Type when the bytes do not say', async () => {
    const server = await files((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'audio/x-custom; codec=raw' });
      response.end(Buffer.alloc(100, 7));
    });
    expect(await downloadAudio(server.url, OPTIONS)).toMatchObject({ ok: true, value: { mimeType: 'audio/x-custom', extension: 'custom' } });
  });

  it('reports an expired link and a failing server by their HTTP status', async () => {
    const server = await files((_request, response, count) => {
      response.writeHead(count === 1 ? 403 : 502);
      response.end('nope');
    });
    const expired = await downloadAudio(server.url, OPTIONS);
    expect(expired).toMatchObject({
      ok: false,
      error: {
        message: 'The recording link was refused (HTTP 403): it has probably expired.',
        say: { message: { key: 'calls.recording.expired', values: { status: 403 } }, hint: { key: 'calls.recording.freshLinkHint' } },
      },
    });
    if (!expired.ok) expect([inEnglish(expired.error.say!.message), inEnglish(expired.error.say!.hint!)]).toEqual([expired.error.message, expired.error.hint]);
    expect(await downloadAudio(server.url, OPTIONS)).toMatchObject({ ok: false, error: { message: 'The recording server answered HTTP 502 instead of the audio.' } });
  });

  it('opens only https links, or plain http on this machine', async () => {
    for (const link of ['http://files.example.com/1.wav', 'ftp://127.0.0.1/1.wav', 'file:///etc/passwd', 'not a link']) {
      expect(await downloadAudio(link, OPTIONS)).toMatchObject({ ok: false, error: { kind: 'server' } });
    }
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const gone = await files(() => undefined);
    await gone.close();
    expect(await downloadAudio(`${gone.url}/1.wav`, OPTIONS)).toMatchObject({ ok: false, error: { kind: 'network', message: expect.stringContaining('refused the connection') } });
  });
});
