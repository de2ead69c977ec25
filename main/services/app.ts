import { ok } from '../../contract/result';
import type { Services } from '../router';

export interface AppServiceDeps {
  name: string;
  version: string;
  platform: string;
  /** Hands an https link to the system browser (Electron's shell in the app, a no-op elsewhere). */
  openExternal: (url: string) => Promise<void>;
}

export function createAppServices(deps: AppServiceDeps): Pick<Services, 'app.info' | 'app.openExternal'> {
  return {
    'app.info': async () => ok({ name: deps.name, version: deps.version, platform: deps.platform }),
    'app.openExternal': async ({ url }) => {
      await deps.openExternal(url);
      return ok(undefined);
    },
  };
}
