/**
 * Start-up of the CLI as a script meets it: `switchboard balance` run as a new process against the
 * sandbox, against the floor, a bare Node script that signs and sends the same request with undici
 * (bare-balance.mjs). Both take their credentials from ITNIO_*, run alternately, wall time from
 * spawn to exit; medians and their ratio. One run of each comes first and is not kept, so the CLI
 * meets its compile cache as on any machine it has run on before (the cache lives in a temporary
 * XDG_CACHE_HOME here).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../main/platform/log';
import { startSandbox } from '../../main/sandbox';
import { REPO_ROOT, requireBuild } from '../../test/e2e/paths';
import { now, percentile, type Figure, type Report } from './stats.mts';

const SWITCHBOARD = join(REPO_ROOT, 'bin', 'switchboard.js');
const BARE_SCRIPT = join(REPO_ROOT, 'scripts', 'bench', 'bare-balance.mjs');
const RUN_DEADLINE_MS = 30_000;

/** One process from spawn to exit, in ms; it must exit 0 and print the balance. */
function timedRun(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: RUN_DEADLINE_MS });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = now() - start;
      if (code === 0 && /^balance /m.test(output)) resolve(ms);
      else reject(new Error(`node ${args.join(' ')} ended with ${code ?? signal}:\n${output}`));
    });
  });
}

export async function cliStartup(runs = 15): Promise<Report> {
  requireBuild(join(REPO_ROOT, 'out', 'main', 'cli.js'));
  const apiKey = 'bench-cli';
  const apiSecret = randomBytes(16).toString('hex');
  const sandbox = await startSandbox({ port: 0, credentials: [{ apiKey, apiSecret }], logger: createLogger(() => undefined) });
  const home = await mkdtemp(join(tmpdir(), 'switchboard-startup-cli-'));
  try {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: home,
      SWITCHBOARD_HOME: join(home, 'data'),
      XDG_CACHE_HOME: join(home, 'cache'),
      ITNIO_API_KEY: apiKey,
      ITNIO_API_SECRET: apiSecret,
      ITNIO_BASE_URL: sandbox.url,
      ITNIO_APP_ID: sandbox.state.appId,
    };
    const cli = () => timedRun([SWITCHBOARD, 'balance'], env);
    const bare = () => timedRun([BARE_SCRIPT], env);
    await cli();
    await bare();
    const cliMs: number[] = [];
    const bareMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      cliMs.push(await cli());
      bareMs.push(await bare());
    }
    const figures: Figure[] = [
      {
        name: `CLI start-up: wall time of one run, median of ${runs} (balance on the loopback sandbox)`,
        subject: 'switchboard balance',
        baseline: 'bare Node script: sign + undici, same request',
        subjectValue: percentile(cliMs, 50),
        baselineValue: percentile(bareMs, 50),
        unit: 'ms',
      },
    ];
    return {
      lines: [`CLI start-up: ${runs} runs of each, alternately, as new processes`],
      figures,
      details: { runs, cliMs, bareMs, figures },
    };
  } finally {
    await sandbox.close();
    await rm(home, { recursive: true, force: true });
  }
}
