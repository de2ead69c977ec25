import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { fail, ok, type Result } from '../../contract/result';

/**
 * The longest secret taken from stdin. ITNIO's API secrets and SIP passwords are tens of
 * characters (the forms allow 256 and 128), so 4 KiB leaves room for any real one while a file or
 * device piped by mistake (`< /dev/zero`) is refused after a few kilobytes, not read to the end.
 */
export const MAX_SECRET_BYTES = 4096;

/**
 * Secrets never come from argv (other users can see it): they are read from stdin when piped, or
 * from a prompt that echoes nothing when a person is at the terminal.
 */
export async function readSecret(
  prompt: string,
  options: { fromStdin: boolean; stdin?: NodeJS.ReadableStream & { isTTY?: boolean }; stderr?: NodeJS.WritableStream },
): Promise<Result<string>> {
  const stdin = options.stdin ?? process.stdin;
  const stderr = options.stderr ?? process.stderr;
  if (options.fromStdin || !stdin.isTTY) return firstLine(stdin);
  stderr.write(prompt);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: stdin, output: muted, terminal: true });
  try {
    return ok(await new Promise<string>((resolve) => rl.question('', resolve)));
  } finally {
    rl.close();
    stderr.write('\n');
  }
}

/** The first line, as bytes until then: decoded once at the end, so no character is cut between reads. */
async function firstLine(stream: NodeJS.ReadableStream): Promise<Result<string>> {
  const kept: Buffer[] = [];
  let size = 0;
  // Leaving the loop early (a line end, or too much) destroys the stream: nothing more is read.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const newline = bytes.indexOf(0x0a);
    const line = newline >= 0 ? bytes.subarray(0, newline) : bytes;
    size += line.length;
    if (size > MAX_SECRET_BYTES) return tooLong();
    kept.push(line);
    if (newline >= 0) break;
  }
  return ok(Buffer.concat(kept).toString('utf8').replace(/\r$/, ''));
}

const tooLong = () =>
  fail({
    kind: 'invalid-input',
    message: `The first line of stdin is longer than ${MAX_SECRET_BYTES.toLocaleString('en')} bytes: no API secret or SIP password is that long.`,
    hint: 'Pipe just the secret, on one line. Nothing was saved or sent.',
  });
