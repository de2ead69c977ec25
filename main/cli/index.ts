import { Command, CommanderError } from 'commander';
import { version as packageVersion } from '../../package.json';
import { createAppContext, type AppContext } from '../app';
import { createLogger } from '../platform/log';
import { dataDir, PRODUCT_NAME } from '../platform/paths';
import { createKeytarStore, type SecretStore } from '../platform/secrets';
import { registerBalanceCommand } from './commands/balance';
import { registerCallCommand } from './commands/call';
import { registerHistoryCommand } from './commands/history';
import { registerNumberCommands } from './commands/number';
import { registerNumberListCommand } from './commands/number-list';
import { registerPhoneCommands } from './commands/phones';
import { registerProfileCommands } from './commands/profile';
import { registerSandboxCommand } from './commands/sandbox';
import { registerTrunkCommands } from './commands/trunks';
import { EXIT } from './exit-codes';
import { processIo, reportError, terminalIo, type Io } from './output';
import { createCliRuntime, type CliRuntime } from './runtime';
import { readSecret } from './secret-input';

export interface CliEnvironment {
  argv: string[];
  env: NodeJS.ProcessEnv;
  io: Io;
  version: string;
  /** Where secrets are read from with --secret-stdin (tests pass a stream). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The keychain; the OS one unless a test passes another. */
  secrets?: SecretStore;
}

/** Parses and runs one command line; resolves to the exit code (design.md: 0, 2, 3, 4, 5). */
export async function runCli({ argv, env, io: rawIo, version, stdin, secrets }: CliEnvironment): Promise<number> {
  // Every line printed below, commander's echoes of argv included, goes through this one door.
  const io = terminalIo(rawIo);
  // Diagnostics go to stderr only when asked for: stdout stays clean for --json consumers.
  const log = createLogger(env.SWITCHBOARD_DEBUG ? (line) => io.err(line) : () => undefined);
  let exitCode: number = EXIT.ok;
  let context: AppContext | undefined;

  const program = new Command('switchboard')
    .description(`${PRODUCT_NAME}: the ITNIO Tech operator console from the command line`)
    .version(version)
    .option('--json', 'machine-readable output')
    .option('--profile <name>', 'use this saved profile instead of the active one')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });

  const json = () => Boolean(program.opts().json);
  const run = async (action: (runtime: CliRuntime) => Promise<number>) => {
    const { profile } = program.opts<{ profile?: string }>();
    context = await createAppContext({
      dataDir: dataDir(env),
      secrets: secrets ?? createKeytarStore(),
      log,
      app: { name: PRODUCT_NAME, version, platform: process.platform, openExternal: async () => undefined },
      environment: env.ITNIO_API_KEY && env.ITNIO_API_SECRET ? { apiKey: env.ITNIO_API_KEY, apiSecret: env.ITNIO_API_SECRET, baseUrl: env.ITNIO_BASE_URL, appId: env.ITNIO_APP_ID } : undefined,
      profileName: profile,
      // A script must see that a read failed (exit 4); what it does read is still kept for the app.
      answerKeptReads: false,
    });
    const runtime = createCliRuntime({
      router: context.router,
      io,
      json: json(),
      readSecret: (prompt, fromStdin) => readSecret(prompt, { fromStdin, ...(stdin ? { stdin } : {}) }),
      activeId: context.activeId,
    });
    exitCode = await action(runtime);
  };

  registerSandboxCommand(program, { io, log, env, json, exit: (code) => (exitCode = code) });
  registerProfileCommands(program, run);
  registerTrunkCommands(program, run);
  registerPhoneCommands(program, run);
  registerCallCommand(program, run);
  registerHistoryCommand(program, run);
  registerNumberCommands(program, run);
  registerBalanceCommand(program, run);
  registerNumberListCommand(program, run);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
    }
    const message = error instanceof Error ? error.name : 'error';
    return reportError(io, json(), { kind: 'internal', message: `Switchboard stopped unexpectedly (${message}).`, hint: 'Run again with SWITCHBOARD_DEBUG=1 for details.' });
  } finally {
    await context?.close();
  }
  return exitCode;
}

/** The `switchboard` executable (bin/switchboard.js). */
export function main(): void {
  void runCli({ argv: process.argv.slice(2), env: process.env, io: processIo, version: packageVersion }).then((code) => {
    // `sandbox` keeps serving until interrupted; everything else exits with its code.
    if (code !== EXIT.ok || process.exitCode === undefined) process.exitCode = code;
  });
}
