/**
 * What every `switchboard` CLI test file sets up: a sandbox standing in for the operator's ITNIO
 * account, a SWITCHBOARD_HOME of its own, and `cli()`, one run of `switchboard` as a separate
 * process would be: its own app context, the same home, stdout and stderr collected, and the API
 * secret never on the terminal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { runCli } from '../../../../main/cli';
import type { Sandbox, SeedOptions } from '../../../../main/sandbox';
import { createMemoryStore, type SecretStore } from '../../../../main/platform/secrets';
import { startAccount } from '../../../support/account';

/**
 * How a run finds the account. `environment`: the ITNIO_* automation variables for the sandbox,
 * and an empty keychain. `keychain`: no variables, so the saved profiles (the built-in Sandbox one
 * first), with one memory keychain that lives as long as the home.
 */
export type Credentials = 'environment' | 'keychain';

export interface CliHarnessOptions {
  /** The sandbox's API key and secret; the secret must never reach the terminal. */
  key: string;
  secret: string;
  /** The temporary home's name prefix, e.g. `sb-cli-call-`. */
  homePrefix: string;
  /** How `cli()` finds the account unless a run says otherwise. */
  credentials: Credentials;
  /** The sandbox's seed; the small realistic account unless given. */
  seed?: boolean | SeedOptions;
  /** Started once for the file unless named here, then afresh for each test. */
  freshEachTest?: ('sandbox' | 'home')[];
  /** More values that must never be printed, read from the sandbox after each run (SIP passwords, say). */
  alsoSecret?: (sandbox: Sandbox) => (string | null | undefined)[];
}

export interface CliRun {
  /** Variables over the credentials' ones (and SWITCHBOARD_HOME). */
  env?: NodeJS.ProcessEnv;
  /** What `--secret-stdin` and the like read. */
  stdin?: string;
  credentials?: Credentials;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliHarness {
  /** The running sandbox: tests change its state and read its requests. */
  readonly sandbox: Sandbox;
  readonly home: string;
  cli(argv: string[], run?: CliRun): Promise<CliResult>;
}

/** Registers the file's hooks (call it at the top level) and returns its sandbox, home and `cli()`. */
export function cliHarness(options: CliHarnessOptions): CliHarness {
  const fresh = options.freshEachTest ?? [];
  let sandbox: Sandbox;
  let home: string;
  let keychain: SecretStore;

  around(
    fresh.includes('sandbox'),
    async () => {
      sandbox = await startAccount({ apiKey: options.key, apiSecret: options.secret }, { seed: options.seed });
    },
    () => sandbox.close(),
  );
  around(
    fresh.includes('home'),
    () => {
      home = mkdtempSync(join(tmpdir(), options.homePrefix));
      keychain = createMemoryStore();
    },
    () => rmSync(home, { recursive: true, force: true }),
  );

  const variables = (credentials: Credentials): NodeJS.ProcessEnv =>
    credentials === 'environment' ? { ITNIO_API_KEY: options.key, ITNIO_API_SECRET: options.secret, ITNIO_BASE_URL: sandbox.url, ITNIO_APP_ID: sandbox.state.appId } : {};

  return {
    get sandbox() {
      return sandbox;
    },
    get home() {
      return home;
    },
    async cli(argv, run = {}) {
      const credentials = run.credentials ?? options.credentials;
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli({
        argv,
        env: { SWITCHBOARD_HOME: home, ...variables(credentials), ...run.env },
        io: { out: (text) => out.push(text), err: (text) => err.push(text) },
        version: '0.1.0',
        secrets: credentials === 'keychain' ? keychain : createMemoryStore(),
        ...(run.stdin !== undefined ? { stdin: Readable.from([run.stdin]) } : {}),
      });
      const stdout = out.join('\n');
      const stderr = err.join('\n');
      for (const secret of [options.secret, ...(options.alsoSecret?.(sandbox) ?? [])]) {
        if (secret) expect(stdout + stderr, 'a secret reached the terminal').not.toContain(secret);
      }
      return { code, stdout, stderr };
    },
  };
}

/** Set up and tear down once for the file, or around each test. */
function around(eachTest: boolean, setUp: () => Promise<void> | void, tearDown: () => Promise<void> | void) {
  if (eachTest) {
    beforeEach(setUp);
    afterEach(tearDown);
  } else {
    beforeAll(setUp);
    afterAll(tearDown);
  }
}
