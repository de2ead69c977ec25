/**
 * The built CLI as scripts run it: `node bin/switchboard.js ARGS` as a process of its own, on a
 * data folder of the test's, with no environment but PATH and what the test gives.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/switchboard.js');
/** One run, Node's start-up included, on a busy two-core machine. */
const RUN_DEADLINE_MS = 30_000;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** SWITCHBOARD_HOME, and Node's compile cache under it unless `userCache`. */
  home: string;
  /**
   * Node's compile cache where the user's is (~/.cache), warm from earlier runs as on an operator's
   * machine, not a first run's in the fresh data folder: for many runs started at once.
   */
  userCache?: boolean;
  env?: NodeJS.ProcessEnv;
  stdin?: Uint8Array | string;
  deadlineMs?: number;
  maxBuffer?: number;
}

/** Fails the test file early, naming the fix, when the CLI was not built. */
export function requireBuiltCli(): void {
  if (!existsSync(join(ROOT, 'out/main/cli.js'))) throw new Error('out/main/cli.js is missing: run `npm run build` first.');
}

/** Its exit code and output; a run past its deadline is an error that quotes its stderr. */
export function runSwitchboard(args: string[], { home, userCache = false, env = {}, stdin = '', deadlineMs = RUN_DEADLINE_MS, maxBuffer }: RunOptions): Promise<Run> {
  return new Promise((done, failed) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH, SWITCHBOARD_HOME: home, ...(userCache ? {} : { XDG_CACHE_HOME: join(home, 'cache') }), ...env }, timeout: deadlineMs, maxBuffer },
      (error, stdout, stderr) => {
        if (error?.killed) failed(new Error(`switchboard ${args.join(' ')} did not finish within ${deadlineMs} ms. Its stderr: ${stderr || '(empty)'}`));
        else done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(stdin);
  });
}
