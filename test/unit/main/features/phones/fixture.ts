import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, type AppContext } from '../../../../../main/app';
import type { FileDialogs } from '../../../../../main/platform/files/dialogs';
import { startSandbox, type Sandbox, type SeedOptions } from '../../../../../main/sandbox';
import { createMemoryStore } from '../../../../../main/platform/secrets';
import { memoryLogger } from '../../../../support/memory-log';

export const KEY = 'phonesKey9';
export const SECRET = 'phones-secret-never-shown-5e1';

export interface PhonesFixture {
  sandbox: Sandbox;
  context: AppContext;
  home: string;
  /** Main-process log lines. */
  lines: string[];
  /** What the save dialog answers next: a path, or undefined for Cancel. */
  saveAnswer: { path: string | undefined; asked: number };
  sipRequests(path: '/voice/sipAdd' | '/voice/sipQuery'): number;
  close(): Promise<void>;
}

/**
 * The app's real wiring (createAppContext → createServices → router) against an emulator playing
 * the operator's account, reached with ITNIO_* style environment credentials as the CLI does.
 */
export async function phonesFixture(seed: boolean | SeedOptions = true): Promise<PhonesFixture> {
  const home = mkdtempSync(join(tmpdir(), 'sb-phones-'));
  const { log, lines } = memoryLogger();
  const sandbox = await startSandbox({ port: 0, credentials: [{ apiKey: KEY, apiSecret: SECRET }], seed, logger: memoryLogger().log });
  const saveAnswer = { path: join(home, 'phones.csv') as string | undefined, asked: 0 };
  const dialogs: FileDialogs = {
    chooseSavePath: async () => {
      saveAnswer.asked++;
      return saveAnswer.path;
    },
    chooseOpenPath: async () => undefined,
  };
  const context = await createAppContext({
    dataDir: home,
    secrets: createMemoryStore(),
    log,
    dialogs,
    app: { name: 'Switchboard', version: '0.0.0-test', platform: process.platform, openExternal: async () => undefined },
    environment: { apiKey: KEY, apiSecret: SECRET, baseUrl: sandbox.url, appId: sandbox.state.appId },
  });
  return {
    sandbox,
    context,
    home,
    lines,
    saveAnswer,
    sipRequests: (path) => sandbox.requests.filter((request) => request.path === path).length,
    close: async () => {
      await context.close();
      await sandbox.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
