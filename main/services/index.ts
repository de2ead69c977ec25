import type { FileDialogs } from '../files/dialogs';
import type { Logger } from '../log';
import { createPhoneDirectory } from '../phones/directory';
import { createPhoneServices } from '../phones/service';
import type { Connections } from '../profiles/connections';
import type { SandboxRuntime } from '../profiles/sandbox-runtime';
import { createProfileServices } from '../profiles/service';
import type { ProfileStore } from '../profiles/store';
import type { Services } from '../router';
import type { SecretStore } from '../secrets';
import { clockWarning } from '../itnio';
import { createAppServices, type AppServiceDeps } from './app';

export interface ServiceDeps {
  app: AppServiceDeps;
  /** The data folder (profiles, history, caches), shared by the app and the CLI. */
  dataDir: string;
  dialogs: FileDialogs;
  log: Logger;
  store: ProfileStore;
  secrets: SecretStore;
  sandbox: SandboxRuntime;
  connections: Connections;
}

/** Every contract method's implementation, wired once for the app, the CLI and the e2e harness. */
export function createServices(deps: ServiceDeps): Services {
  const directory = createPhoneDirectory({ connections: deps.connections });
  return {
    ...createAppServices(deps.app),
    ...createProfileServices({
      store: deps.store,
      secrets: deps.secrets,
      sandboxIdentity: deps.sandbox.identity,
      resolveTarget: deps.connections.resolveTarget,
      probe: deps.connections.probe,
      forget: (profileId) => {
        deps.connections.forget(profileId);
        directory.invalidate(profileId);
      },
      clockWarning,
    }),
    ...createPhoneServices({ directory }),
  };
}
