import { join } from 'node:path';
import type { FileDialogs } from '../../../../../main/platform/files/dialogs';
import type { Sandbox, SeedOptions } from '../../../../../main/sandbox';
import { environmentOf, startAccount } from '../../../../support/account';
import { openTestApp, type TestApp } from '../../../../support/app';

export const KEY = 'phonesKey9';
export const SECRET = 'phones-secret-never-shown-5e1';

export interface PhonesFixture extends Omit<TestApp, 'sandbox'> {
  /** The emulator playing the operator's account. */
  sandbox: Sandbox;
  /** What the save dialog answers next: a path, or undefined for Cancel. */
  saveAnswer: { path: string | undefined; asked: number };
  sipRequests(path: '/voice/sipAdd' | '/voice/sipQuery'): number;
}

/**
 * The app's real wiring (createAppContext → createServices → router) against an emulator playing
 * the operator's account, reached with ITNIO_* style environment credentials as the CLI does.
 */
export async function phonesFixture(seed: boolean | SeedOptions = true): Promise<PhonesFixture> {
  const sandbox = await startAccount({ apiKey: KEY, apiSecret: SECRET }, { seed });
  const saveAnswer: PhonesFixture['saveAnswer'] = { path: undefined, asked: 0 };
  const dialogs: FileDialogs = {
    chooseSavePath: async () => {
      saveAnswer.asked++;
      return saveAnswer.path;
    },
    chooseOpenPath: async () => undefined,
  };
  const app = await openTestApp({ dialogs, environment: environmentOf(sandbox) }).catch(async (error: unknown) => {
    await sandbox.close();
    throw error;
  });
  saveAnswer.path = join(app.home, 'phones.csv');
  return {
    ...app,
    sandbox,
    saveAnswer,
    sipRequests: (path) => sandbox.requests.filter((request) => request.path === path).length,
    close: async () => {
      await app.close();
      await sandbox.close();
    },
  };
}
