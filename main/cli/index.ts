import { Command, CommanderError } from 'commander';
import { version as packageVersion } from '../../package.json';
import type { AppContext } from '../app';
import { createLogger, type Logger } from '../platform/log';
import { dataDir, PRODUCT_NAME } from '../platform/paths';
import type { SecretStore } from '../platform/secrets';
import { environmentCredentials } from './environment';
import { EXIT } from './exit-codes';
import { processIo, reportError, terminalIo, type Io } from './output';
import { createCliRuntime, type CommandRunner } from './runtime';
import { runOptions, TIMEOUT_SECONDS } from './run-options';
import { helpEpilogue } from './reference';
import { readSecret } from './secret-input';

/** What a command's registration is handed: the program, the runner of service commands, and what `sandbox` uses instead. */
interface Registration {
  program: Command;
  run: CommandRunner;
  sandbox: { io: Io; log: Logger; env: NodeJS.ProcessEnv; json: () => boolean; exit: (code: number) => void };
  /** Every command registered, for `completion` and `manpage`. */
  tree: () => Promise<Command>;
  version: string;
}

/**
 * Every top-level command, in the order help lists them, each loaded only when it is the one run
 * (or for help, which lists them all): `balance` in a script's loop does not load the sandbox,
 * the CSV writer or the audio sniffing of greetings.
 */
const COMMANDS: Record<string, (registration: Registration) => Promise<void>> = {
  sandbox: async ({ program, sandbox }) => (await import('./commands/sandbox')).registerSandboxCommand(program, sandbox),
  profile: async ({ program, run }) => (await import('./commands/profile')).registerProfileCommands(program, run),
  trunks: async ({ program, run }) => (await import('./commands/trunks')).registerTrunkCommands(program, run),
  phones: async ({ program, run }) => (await import('./commands/phones')).registerPhoneCommands(program, run),
  call: async ({ program, run }) => (await import('./commands/call')).registerCallCommand(program, run),
  history: async ({ program, run }) => (await import('./commands/history')).registerHistoryCommand(program, run),
  number: async ({ program, run }) => (await import('./commands/number')).registerNumberCommands(program, run),
  balance: async ({ program, run }) => (await import('./commands/balance')).registerBalanceCommand(program, run),
  numbers: async ({ program, run }) => (await import('./commands/number-list')).registerNumberListCommand(program, run),
  contacts: async ({ program, run }) => (await import('./commands/contacts')).registerContactCommands(program, run),
  activity: async ({ program, run }) => (await import('./commands/activity')).registerActivityCommand(program, run),
  changes: async ({ program, run }) => (await import('./commands/changes')).registerChangesCommand(program, run),
  report: async ({ program, run }) => (await import('./commands/report')).registerReportCommands(program, run),
  completion: async ({ program, sandbox, tree }) => (await import('./commands/completion')).registerCompletionCommand(program, { io: sandbox.io, tree }),
  manpage: async ({ program, sandbox, tree, version }) => (await import('./commands/manpage')).registerManPageCommand(program, { io: sandbox.io, tree, version }),
};

/** The program and its own options, before any command is registered. */
function switchboardProgram(version: string): Command {
  return new Command('switchboard')
    .description(`${PRODUCT_NAME}: the ITNIO Tech operator console from the command line`)
    .version(version)
    .option('--json', 'machine-readable output')
    .option('--profile <name>', 'use this saved profile instead of the active one (or set SWITCHBOARD_PROFILE)')
    .option('--timeout <seconds>', `how long to wait for ITNIO's answer, ${TIMEOUT_SECONDS.min}–${TIMEOUT_SECONDS.max} s (default 15)`)
    .addHelpText('after', helpEpilogue());
}

/**
 * Every command and option, registered and never run: what shell completion and the man page are
 * generated from, so they cannot drift from what the commands accept.
 */
async function commandTree(version: string): Promise<Command> {
  const program = switchboardProgram(version);
  const silent: Io = { out: () => undefined, err: () => undefined };
  const registration: Registration = {
    program,
    run: async () => undefined,
    sandbox: { io: silent, log: createLogger(() => undefined), env: {}, json: () => false, exit: () => undefined },
    tree: async () => program,
    version,
  };
  for (const register of Object.values(COMMANDS)) await register(registration);
  return program;
}

/** The command word of `argv`: its first operand, the values of the program's own options skipped. */
function commandWord(program: Command, argv: string[]): string | undefined {
  const withValue = new Set(program.options.filter((option) => option.required).flatMap((option) => [option.long, option.short]));
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') return argv[index + 1];
    if (withValue.has(arg)) index++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

const SANDBOX_NOTICE =
  'note: this runs against the Sandbox profile, an ITNIO account emulated on this computer: no real call is placed and nothing reaches ITNIO. Pick an account with --profile NAME, switchboard profile use NAME or the ITNIO_API_KEY and ITNIO_API_SECRET variables.';

/**
 * Whether the command line asks for JSON (--json, or a listing's --format json), read before
 * commander parses it: a usage error may stop the parse first.
 */
const jsonAsked = (argv: string[]): boolean => {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  return args.some((arg, index) => arg === '--json' || arg === '--format=json' || (arg === '--format' && args[index + 1] === 'json'));
};

export interface CliEnvironment {
  argv: string[];
  env: NodeJS.ProcessEnv;
  io: Io;
  version: string;
  /** Where secrets (--secret-stdin) and piped input (--greeting -) are read from; tests pass a stream. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The keychain; the OS one unless a test passes another. */
  secrets?: SecretStore;
  /** The terminal's width, when stdout is a terminal: tables are fitted to it. */
  columns?: number;
}

/** Parses and runs one command line; resolves to the exit code (design.md: 0, 2, 3, 4, 5). */
export async function runCli({ argv, env, io: rawIo, version, stdin, secrets, columns }: CliEnvironment): Promise<number> {
  // Every line printed below, commander's echoes of argv included, goes through this one door.
  const io = terminalIo(rawIo);
  // Diagnostics go to stderr only when asked for: stdout stays clean for --json consumers.
  const log = createLogger(env.SWITCHBOARD_DEBUG ? (line) => io.err(line) : () => undefined);
  let exitCode: number = EXIT.ok;
  let context: AppContext | undefined;

  const program = switchboardProgram(version)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      // Under --json a usage error is answered in the envelope below, on stdout, like any other.
      outputError: (text, write) => (jsonAsked(argv) ? undefined : write(text)),
    });

  const json = () => Boolean(program.opts().json) || jsonAsked(argv);
  const run: CommandRunner = async (action) => {
    const options = runOptions(program.opts<{ profile?: string; timeout?: string }>(), env);
    const environment = environmentCredentials(env);
    if (!options.ok) {
      exitCode = reportError(io, json(), options.error);
      return;
    }
    if (!environment.ok) {
      exitCode = reportError(io, json(), environment.error);
      return;
    }
    // The services, and the keychain they may need, load only for a command that uses them.
    const [{ createAppContext }, { createKeytarStore }, { policyPath, readPolicy }] = await Promise.all([import('../app'), import('../platform/secrets'), import('../platform/policy')]);
    const policy = readPolicy(policyPath(env));
    if (policy.state === 'invalid') io.err(`switchboard: the policy file ${policy.path} was not applied: ${policy.problem}`);
    context = await createAppContext({
      dataDir: dataDir(env),
      policy,
      secrets: secrets ?? createKeytarStore(),
      log,
      app: { name: PRODUCT_NAME, version, platform: process.platform, openExternal: async () => undefined },
      environment: environment.value,
      ...options.value,
      // A script must see that a read failed (exit 4); what it does read is still kept for the app.
      answerKeptReads: false,
      // The change journal says which writes a script sent.
      via: 'cli',
      // A script's answers from the emulator must never pass for the account's.
      onSandboxStart: () => io.err(SANDBOX_NOTICE),
    });
    const runtime = createCliRuntime({
      router: context.router,
      io,
      json: json(),
      columns,
      readSecret: (prompt, fromStdin) => readSecret(prompt, { fromStdin, ...(stdin ? { stdin } : {}) }),
      stdin: stdin ?? process.stdin,
      activeId: context.activeId,
    });
    exitCode = await action(runtime);
  };

  const registration: Registration = { program, run, sandbox: { io, log, env, json, exit: (code) => (exitCode = code) }, tree: () => commandTree(version), version };
  const word = commandWord(program, argv);
  const wanted = word !== undefined && Object.hasOwn(COMMANDS, word) ? [COMMANDS[word]!] : Object.values(COMMANDS);
  for (const register of wanted) await register(registration);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      if (error.exitCode === 0) return EXIT.ok;
      if (!jsonAsked(argv)) return EXIT.invalidInput;
      return reportError(io, true, { kind: 'invalid-input', message: error.message.replace(/^error: /, ''), hint: 'See switchboard --help, or switchboard COMMAND --help, for the usage. Nothing was sent.' });
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
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  void runCli({ argv: process.argv.slice(2), env: process.env, io: processIo(), version: packageVersion, ...(columns ? { columns } : {}) }).then((code) => {
    // `sandbox` keeps serving until interrupted; everything else exits with its code.
    if (code !== EXIT.ok || process.exitCode === undefined) process.exitCode = code;
  });
}
