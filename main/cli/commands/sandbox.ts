import type { Command } from 'commander';
import { EXIT } from '../exit-codes';
import { jsonText, type Io } from '../output';
import { PUBLIC_SANDBOX_CREDENTIALS, startEmbeddedSandbox } from '../../platform/connections/sandbox-runtime';
import type { Logger } from '../../platform/log';

/**
 * `switchboard sandbox`: the emulator on its own, for scripts and other tools. It accepts
 * ITNIO_API_KEY / ITNIO_API_SECRET when set, else the documented public sandbox pair, so a script
 * can point the same variables at it; the secret is never printed.
 */
export function registerSandboxCommand(program: Command, deps: { io: Io; log: Logger; env: NodeJS.ProcessEnv; json: () => boolean; exit: (code: number) => void }): void {
  program
    .command('sandbox')
    .description('run the embedded ITNIO emulator on 127.0.0.1')
    .option('--port <port>', 'port to listen on (default: a free one)', '0')
    .action(async (options: { port: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        deps.io.err('error: --port: must be a whole number from 0 to 65535');
        deps.exit(EXIT.invalidInput);
        return;
      }
      const fromEnv = deps.env.ITNIO_API_KEY && deps.env.ITNIO_API_SECRET;
      const credentials = fromEnv ? { apiKey: deps.env.ITNIO_API_KEY!, apiSecret: deps.env.ITNIO_API_SECRET! } : PUBLIC_SANDBOX_CREDENTIALS;
      const sandbox = await startEmbeddedSandbox({ port, ...credentials, log: deps.log });
      if (deps.json()) {
        deps.io.out(jsonText({ url: sandbox.url, apiKey: credentials.apiKey, appId: sandbox.appId }, 0));
      } else {
        deps.io.out(`listening on ${sandbox.url}`);
        deps.io.out(`api key ${credentials.apiKey}  app id ${sandbox.appId}${fromEnv ? '' : '  (the public sandbox pair, see README)'}`);
      }
      const stop = () => void sandbox.close().then(() => process.exit(EXIT.ok));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
