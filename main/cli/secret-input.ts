import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * Secrets never come from argv (other users can see it): they are read from stdin when piped, or
 * from a prompt that echoes nothing when a person is at the terminal.
 */
export async function readSecret(
  prompt: string,
  options: { fromStdin: boolean; stdin?: NodeJS.ReadableStream & { isTTY?: boolean }; stderr?: NodeJS.WritableStream },
): Promise<string> {
  const stdin = options.stdin ?? process.stdin;
  const stderr = options.stderr ?? process.stderr;
  if (options.fromStdin || !stdin.isTTY) return firstLine(stdin);
  stderr.write(prompt);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: stdin, output: muted, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    stderr.write('\n');
  }
}

async function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += chunk.toString();
    const newline = text.indexOf('\n');
    if (newline >= 0) return text.slice(0, newline).replace(/\r$/, '');
  }
  return text.replace(/\r?\n$/, '');
}
