/**
 * The built `switchboard` loads only what the command it runs needs: a script that checks the
 * balance a hundred times does not pay a hundred times for the sandbox, the CSV writer or the
 * audio sniffing of greetings. Read from the files the process really loaded (the unminified main
 * bundle marks where each source module starts). Needs `npm run build`. How fast that starts is
 * the benchmark's business (`npm run bench -- startup`), not this file's.
 *
 * @module-tag processes: it spawns processes (see vitest.config.mts).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../main/platform/log';
import { startSandbox, type Sandbox } from '../../../../main/sandbox';

const ROOT = resolve(__dirname, '../../../..');
const BIN = join(ROOT, 'bin/switchboard.js');
const RUN_DEADLINE_MS = 20_000;
const KEY = 'loading-key';
const SECRET = 'loading-secret';

let dir: string;
let sandbox: Sandbox;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out/main/cli.js'))) throw new Error('out/main/cli.js is missing: run `npm run build` first.');
  dir = mkdtempSync(join(tmpdir(), 'switchboard-loading-'));
  // Preloaded into the CLI: at exit, it lists every module file the process loaded.
  writeFileSync(join(dir, 'record-loaded.cjs'), "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_LIST, JSON.stringify(Object.keys(require.cache))));\n");
  sandbox = await startSandbox({ port: 0, credentials: [{ apiKey: KEY, apiSecret: SECRET }], logger: createLogger(() => undefined) });
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The source modules whose code the run of `args` loaded, e.g. `main/features/account/index.ts`, `node_modules/zod/…`. */
function loadedSources(args: string[]): Promise<{ code: number; stdout: string; sources: string[] }> {
  const list = join(dir, `loaded-${args.join('-')}.json`);
  const env = {
    PATH: process.env.PATH,
    SWITCHBOARD_HOME: join(dir, 'home'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    LOADED_LIST: list,
    ITNIO_API_KEY: KEY,
    ITNIO_API_SECRET: SECRET,
    ITNIO_BASE_URL: sandbox.url,
    ITNIO_APP_ID: sandbox.state.appId,
  };
  return new Promise((done, failed) => {
    execFile(process.execPath, ['--require', join(dir, 'record-loaded.cjs'), BIN, ...args], { env, timeout: RUN_DEADLINE_MS }, (error, stdout, stderr) => {
      if (error?.killed) return failed(new Error(`switchboard ${args.join(' ')} did not finish within ${RUN_DEADLINE_MS} ms. Its stderr: ${stderr || '(empty)'}`));
      const files = (JSON.parse(readFileSync(list, 'utf8')) as string[]).filter((file) => file.startsWith(join(ROOT, 'out', 'main')));
      const sources = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ (?:\.\.\/)*(\S+\.[cm]?[jt]sx?)$/gm)].map((match) => match[1]!));
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, sources });
    });
  });
}

describe('what `switchboard balance` loads', () => {
  it('loads the account service and the ITNIO client, and neither the sandbox, the CSV writer nor audio sniffing', async () => {
    const { code, stdout, sources } = await loadedSources(['balance']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^balance /);
    // What the bundle marks is readable: the modules balance needs are found.
    expect(sources).toContain('main/features/account/index.ts');
    expect(sources).toContain('main/platform/itnio/client.ts');

    expect(sources.filter((source) => source.startsWith('main/sandbox/'))).toEqual([]);
    expect(sources.filter((source) => /node_modules\/csv-stringify\//.test(source) || source.endsWith('/csv.ts'))).toEqual([]);
    // The contract's greeting rules are schemas every method's parse needs; staging and sniffing a greeting are not.
    expect(sources.filter((source) => /node_modules\/(music-metadata|file-type)\//.test(source) || (source.startsWith('main/') && source.includes('greeting')))).toEqual([]);
  });

  it('still loads every command for --help, which lists them all', async () => {
    const { code, stdout, sources } = await loadedSources(['--help']);
    expect(code).toBe(0);
    for (const command of ['sandbox', 'profile', 'trunks', 'phones', 'call', 'history', 'number', 'balance', 'numbers']) {
      expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
    // Help needs no account: no service is built for it.
    expect(sources).not.toContain('main/features/account/index.ts');
  });
});
