import type { Command } from 'commander';
import { fail, ok, type Result } from '../../../contract/result';
import { EXIT } from '../exit-codes';
import { jsonText, reportError, type Io } from '../output';
import { environmentPair } from '../environment';
import { PUBLIC_SANDBOX_CREDENTIALS, startEmbeddedSandbox } from '../../platform/connections/sandbox-runtime';
import type { Logger } from '../../platform/log';
import { servesPath, type Fault } from '../../sandbox';

/** The faults `--fault` names, as the sandbox plays them, and what each stands for. */
const FAULTS = {
  reset: { fault: { kind: 'reset' }, means: 'the connection is reset before the vendor acts' },
  timeout: { fault: { kind: 'hang-after-acting' }, means: 'the vendor acts, then never answers' },
  html: { fault: { kind: 'html', status: 502 }, means: 'a 502 error page from the front server, nothing done' },
  truncate: { fault: { kind: 'truncated' }, means: 'the vendor acts, then its answer is cut off' },
} as const satisfies Record<string, { fault: Fault; means: string }>;
type FaultName = keyof typeof FAULTS;

const MAX_LATENCY_MS = 60_000;

interface SandboxFlags {
  port: string;
  fault?: string;
  faultPath?: string;
  latency: string;
}

/** The faults the sandbox runs with, as the flags said them: printed at start, in --json too. */
interface ActiveFaults {
  fault: FaultName | null;
  faultPath: string | null;
  latencyMs: number;
}

const flagError = (flag: string, field: string, rule: string): Result<never> =>
  fail({ kind: 'invalid-input', field, rule, message: `${flag}: ${rule}`, hint: 'The sandbox was not started.' });

const isFaultName = (name: string): name is FaultName => Object.hasOwn(FAULTS, name);

function readFlags(flags: SandboxFlags): Result<{ port: number; active: ActiveFaults }> {
  const port = Number(flags.port);
  if (!/^\d+$/.test(flags.port) || port > 65535) return flagError('--port', 'port', 'must be a whole number from 0 to 65535');
  const { fault, faultPath } = flags;
  if (fault !== undefined && !isFaultName(fault)) return flagError('--fault', 'fault', `must be one of ${Object.keys(FAULTS).join(', ')}`);
  if (faultPath !== undefined) {
    if (fault === undefined) return flagError('--fault-path', 'faultPath', 'needs --fault, the fault to aim at that path');
    if (!servesPath(faultPath)) return flagError('--fault-path', 'faultPath', 'must be a path the sandbox serves, such as /voice/sendSip');
  }
  const latencyMs = Number(flags.latency);
  if (!/^\d+$/.test(flags.latency) || latencyMs > MAX_LATENCY_MS) {
    return flagError('--latency', 'latencyMs', `must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}`);
  }
  return ok({ port, active: { fault: fault ?? null, faultPath: faultPath ?? null, latencyMs } });
}

function faultsOf({ fault, faultPath, latencyMs }: ActiveFaults): Fault[] {
  const faults: Fault[] = [];
  if (latencyMs > 0) faults.push({ kind: 'latency', ms: latencyMs });
  if (fault) faults.push({ ...FAULTS[fault].fault, ...(faultPath === null ? {} : { path: faultPath }) });
  return faults;
}

function describeFaults({ fault, faultPath, latencyMs }: ActiveFaults): string {
  const parts = [
    ...(fault ? [`${fault} (${FAULTS[fault].means}) on ${faultPath ?? 'every path'}`] : []),
    ...(latencyMs > 0 ? [`every answer ${latencyMs} ms late`] : []),
  ];
  return `faults: ${parts.length > 0 ? parts.join('; ') : 'none'}`;
}

/** A port another program holds (or one this user may not open) is a transport failure (exit 4), told apart from a crash. */
async function listening<T>(start: () => Promise<T>, port: number): Promise<Result<T>> {
  try {
    return ok(await start());
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    return fail({
      kind: 'network',
      message: code === 'EADDRINUSE' ? `Port ${port} on 127.0.0.1 is taken by another program, so the sandbox cannot listen there.` : `Port ${port} on 127.0.0.1 may not be opened by this user.`,
      hint: 'Choose another --port, or leave it out (or give 0) for a free one.',
    });
  }
}

/**
 * `switchboard sandbox`: the emulator on its own, for scripts and other tools, optionally playing
 * a flaky network or vendor. It accepts ITNIO_API_KEY / ITNIO_API_SECRET when set, else the
 * documented public sandbox pair, so a script can point the same variables at it; the secret is
 * never printed.
 */
export function registerSandboxCommand(program: Command, deps: { io: Io; log: Logger; env: NodeJS.ProcessEnv; json: () => boolean; exit: (code: number) => void }): void {
  program
    .command('sandbox')
    .description('run the embedded ITNIO emulator on 127.0.0.1')
    .option('--port <port>', 'port to listen on (default: a free one)', '0')
    .option('--fault <fault>', `make every request fail: ${Object.entries(FAULTS).map(([name, { means }]) => `${name} (${means})`).join(', ')}`)
    .option('--fault-path <path>', 'aim --fault at requests to this path only, such as /voice/sendSip')
    .option('--latency <ms>', `delay every answer by this many milliseconds (0 to ${MAX_LATENCY_MS})`, '0')
    .action(async (flags: SandboxFlags) => {
      const read = readFlags(flags);
      if (!read.ok) {
        deps.exit(reportError(deps.io, deps.json(), read.error));
        return;
      }
      const { port, active } = read.value;
      const fromEnv = environmentPair(deps.env);
      if (!fromEnv.ok) {
        deps.exit(reportError(deps.io, deps.json(), fromEnv.error));
        return;
      }
      const credentials = fromEnv.value ?? PUBLIC_SANDBOX_CREDENTIALS;
      const started = await listening(() => startEmbeddedSandbox({ port, ...credentials, log: deps.log, faults: faultsOf(active) }), port);
      if (!started.ok) {
        deps.exit(reportError(deps.io, deps.json(), started.error));
        return;
      }
      const sandbox = started.value;
      if (deps.json()) {
        deps.io.out(jsonText({ ok: true, value: { url: sandbox.url, apiKey: credentials.apiKey, appId: sandbox.appId, faults: active } }, 0));
      } else {
        deps.io.out(`listening on ${sandbox.url}`);
        deps.io.out(`api key ${credentials.apiKey}  app id ${sandbox.appId}${fromEnv.value ? '' : '  (the public sandbox pair, see README)'}`);
        deps.io.out(describeFaults(active));
      }
      const stop = () => void sandbox.close().then(() => process.exit(EXIT.ok));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
