/**
 * `switchboard sandbox` in a process of its own, from the sources: the command as registered by
 * the CLI, its own output and signal handling. The built executable needs `npm run build`; this
 * needs nothing. The sandbox's request log goes to stderr, as with SWITCHBOARD_DEBUG.
 * Usage: node sandbox-child.mts [--json] sandbox [options]
 */
import '../../../support/typescript-imports.mts';

const { Command } = await import('commander');
const { registerSandboxCommand } = await import('../../../../main/cli/commands/sandbox');
const { processIo } = await import('../../../../main/cli/output');
const { createLogger } = await import('../../../../main/platform/log');

const program = new Command('switchboard').option('--json').exitOverride();
registerSandboxCommand(program, {
  io: processIo(),
  log: createLogger(),
  env: {},
  json: () => Boolean(program.opts().json),
  exit: (code) => {
    process.exitCode = code;
  },
});
await program.parseAsync(process.argv.slice(2), { from: 'user' });
