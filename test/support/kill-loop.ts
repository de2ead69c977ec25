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
 * How long one round may take, start-up included: Node starting and loading the store takes a few
 * hundred ms on an idle machine and several seconds when both cores are busy.
 */
export const ROUND_DEADLINE_MS = 20_000;

/**
 * Runs `node <child> ...args` and kills it after `acks` acknowledged writes plus a random delay.
 * Resolves with the acknowledged indexes, in order; rejects if the writer ends in any other way,
 * or has not printed its acks and died within `deadlineMs` (it is killed then, and the error says
 * how far it got).
 */
export function writeUntilKilled(child: string, args: readonly string[], acks: number, deadlineMs = ROUND_DEADLINE_MS): Promise<number[]> {
  return new Promise((done, failed) => {
    const writer = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let stderr = '';
    let late: Error | undefined;
    const deadline = setTimeout(() => {
      if (acked.length >= acks) return; // its kill is on the way
      late = new Error(`the writer printed ${acked.length} of ${acks} acks within ${deadlineMs} ms and was killed. Its stderr: ${stderr.slice(0, 400) || '(empty)'}`);
      writer.kill('SIGKILL');
    }, deadlineMs);
    writer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    writer.on('error', (error) => {
      clearTimeout(deadline);
      failed(new Error(`the writer could not be started: ${error.message}`));
    });
    createInterface({ input: writer.stdout }).on('line', (line) => {
      const match = /^ack (\d+)$/.exec(line);
      if (!match) return;
      acked.push(Number(match[1]));
      if (acked.length === acks) setTimeout(() => writer.kill('SIGKILL'), Math.floor(Math.random() * KILL_JITTER_MS));
    });
    // 'close', not 'exit': every ack the writer printed before dying has been read by then.
    writer.on('close', (_code, signal) => {
      clearTimeout(deadline);
      if (late) failed(late);
      else if (signal === 'SIGKILL') done(acked);
      else failed(new Error(`writer ended on its own: ${stderr.slice(0, 400)}`));
    });
  });
}
