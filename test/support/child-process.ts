/**
 * Waiting on child processes with a deadline: a test that spawns something never waits forever,
 * and when a child is slow or silent the error says which, with what it printed.
 */
import type { ChildProcess } from 'node:child_process';

/**
 * Resolves with the first match of `pattern` in the child's stdout or stderr; rejects when the child
 * exits first or `timeoutMs` passes, quoting its output. `name` says which child in the error.
 */
export function waitForOutput(child: ChildProcess, pattern: RegExp, options: { name: string; timeoutMs: number }): Promise<{ match: RegExpMatchArray; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    const finish = (error?: Error, match?: RegExpMatchArray) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
      if (error) reject(error);
      else resolve({ match: match!, output });
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = output.match(pattern);
      if (match) finish(undefined, match);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      finish(new Error(`${options.name} exited (${code ?? signal}) before printing ${pattern}:\n${output}`));
    const onError = (error: Error) => finish(new Error(`${options.name} could not be started: ${error.message}`));
    const timer = setTimeout(() => finish(new Error(`${options.name} printed no ${pattern} within ${options.timeoutMs} ms:\n${output}`)), options.timeoutMs);
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', onExit);
    child.on('error', onError);
    // Already gone: 'exit' will not come again.
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
  });
}

/** Ends the child with SIGTERM, or SIGKILL after `graceMs`, and resolves once it has exited. */
export function stopChild(child: ChildProcess | undefined, graceMs = 5_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
