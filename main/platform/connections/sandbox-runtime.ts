import { randomBytes } from 'node:crypto';
import type { Logger } from '../log';
import type { Fault, Sandbox } from '../../sandbox';
import { maskApiKey } from '../secrets';

/**
 * The documented credential pair `switchboard sandbox` accepts when no ITNIO_API_* variables are
 * set. Public on purpose: it opens nothing but an emulator on this computer.
 */
export interface SandboxIdentity {
  baseUrl: string;
  appId: string;
  apiKeyMasked: string;
}

export const PUBLIC_SANDBOX_CREDENTIALS = { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret' } as const;

export interface EmbeddedSandbox {
  url: string;
  appId: string;
  /** The emulator itself (live state, requests, faults), for tests that drive vendor codes. */
  emulator: Sandbox;
  close(): Promise<void>;
}

export async function startEmbeddedSandbox(options: { port?: number; apiKey: string; apiSecret: string; log: Logger; faults?: readonly Fault[] }): Promise<EmbeddedSandbox> {
  const { port = 0, apiKey, apiSecret, log, faults = [] } = options;
  // Loaded when an emulator is started: a run against a real account never loads it.
  const { startSandbox } = await import('../../sandbox');
  const sandbox = await startSandbox({ port, credentials: [{ apiKey, apiSecret }], logger: log, faults });
  return { url: sandbox.url, appId: sandbox.state.appId, emulator: sandbox, close: () => sandbox.close() };
}

export interface SandboxRuntime {
  identity(): SandboxIdentity;
  /** Starts the emulator on first use and answers how to reach it. */
  ensure(): Promise<{ url: string; appId: string; apiKey: string; apiSecret: string }>;
  /** The running emulator, started if needed: the e2e harness reaches vendor codes through its state. */
  emulator(): Promise<Sandbox>;
  close(): Promise<void>;
}

/** The built-in Sandbox profile's emulator: fresh credentials each run, started on demand (`onStart` told once). */
export function createSandboxRuntime(log: Logger, onStart?: () => void): SandboxRuntime {
  const apiKey = `sbx${randomBytes(6).toString('hex')}`;
  const apiSecret = randomBytes(16).toString('hex');
  let running: Promise<EmbeddedSandbox> | undefined;
  let started: EmbeddedSandbox | undefined;
  const start = () =>
    (running ??= startEmbeddedSandbox({ apiKey, apiSecret, log }).then((sandbox) => {
      onStart?.();
      return (started = sandbox);
    }));

  return {
    identity: () => ({
      baseUrl: started?.url ?? 'http://127.0.0.1 (starts on first use)',
      appId: started?.appId ?? 'sandbox',
      apiKeyMasked: maskApiKey(apiKey),
    }),
    ensure: async () => {
      const sandbox = await start();
      return { url: sandbox.url, appId: sandbox.appId, apiKey, apiSecret };
    },
    emulator: async () => (await start()).emulator,
    close: async () => {
      const sandbox = await running?.catch(() => undefined);
      running = undefined;
      started = undefined;
      await sandbox?.close();
    },
  };
}
