/**
 * One round of a crash-safety test: a child writer (an .mts run by Node's type stripping) writes
 * in a loop and prints `ack N` once write N has resolved; it is SIGKILLed, with no chance to clean
 * up, at a random moment just after its `acks`-th acknowledgement.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The kill lags the `acks`-th ack by up to this many ms, so it lands at a random point of the writes after it. */
const KILL_JITTER_MS = 15;

/**
 * Runs `node <child> ...args` and kills it after `acks` acknowledged writes plus a random delay.
 * Resolves with the acknowledged indexes, in order; rejects if the writer ends in any other way.
 */
export function writeUntilKilled(child: string, args: readonly string[], acks: number): Promise<number[]> {
  return new Promise((done, failed) => {
    const writer = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let stderr = '';
    writer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: writer.stdout }).on('line', (line) => {
      const match = /^ack (\d+)$/.exec(line);
      if (!match) return;
      acked.push(Number(match[1]));
      if (acked.length === acks) setTimeout(() => writer.kill('SIGKILL'), Math.floor(Math.random() * KILL_JITTER_MS));
    });
    // 'close', not 'exit': every ack the writer printed before dying has been read by then.
    writer.on('close', (_code, signal) => (signal === 'SIGKILL' ? done(acked) : failed(new Error(`writer ended on its own: ${stderr.slice(0, 400)}`))));
  });
}
