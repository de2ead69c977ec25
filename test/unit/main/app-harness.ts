import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { AppError, Result } from '../../../contract/result';
import { createAppContext, type AppContext } from '../../../main/app';
import { folderDialogs, type FileDialogs } from '../../../main/platform/files/dialogs';
import type { Sandbox } from '../../../main/sandbox';
import { createMemoryStore, type SecretStore } from '../../../main/platform/secrets';
import { memoryLogger } from '../../support/memory-log';

export interface WiderApp {
  context: AppContext;
  /** The embedded Sandbox profile's emulator, the first-run active profile. */
  sandbox: Sandbox;
  dialogs: ReturnType<typeof folderDialogs>;
  home: string;
  logLines: string[];
  call<T = unknown>(method: string, input?: unknown): Promise<Result<T>>;
  value<T = unknown>(method: string, input?: unknown): Promise<T>;
  error(method: string, input?: unknown): Promise<AppError>;
  close(): Promise<void>;
}

/** The app's real wiring (createAppContext) on a fresh data folder, as the GUI and the CLI get it. */
export async function openWiderApp(options: { home?: string; secrets?: SecretStore; dialogs?: FileDialogs } = {}): Promise<WiderApp> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'sb-wider-'));
  const { log, lines } = memoryLogger();
  const dialogs = folderDialogs(join(home, 'exports'));
  const context = await createAppContext({
    dataDir: home,
    secrets: options.secrets ?? createMemoryStore(),
    log,
    dialogs: options.dialogs ?? dialogs,
    app: { name: 'Switchboard', version: '0.0.0', platform: 'linux', openExternal: async () => undefined },
  });
  const sandbox = await context.sandbox.emulator();
  const call = <T>(method: string, input?: unknown) => context.router.dispatch(method, input) as Promise<Result<T>>;
  return {
    context,
    sandbox,
    dialogs,
    home,
    logLines: lines,
    call,
    value: async <T>(method: string, input?: unknown) => {
      const result = await call<T>(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
      return result.value;
    },
    error: async (method, input) => {
      const result = await call(method, input);
      expect(result.ok, `${method} should fail`).toBe(false);
      return (result as { ok: false; error: AppError }).error;
    },
    close: async () => {
      await context.close();
      if (!options.home) rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Moves the emulator's clock past the delay after which call records appear. */
export const fileCallRecords = (sandbox: Sandbox) => sandbox.setClockOffset(sandbox.state.cdrDelayMs + 1000);
