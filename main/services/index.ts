import { createAccountServices } from '../account/service';
import { createAgentGroupServices } from '../agent-groups/service';
import { createCallServices } from '../calls';
import { createCallOutcomeServices } from '../cdr/service';
import type { FileDialogs } from '../files/dialogs';
import { clockWarning } from '../itnio';
import type { Logger } from '../log';
import { createNumberListServices } from '../number-list/service';
import { createNumberServices } from '../numbers/service';
import { createPhoneResetServices } from '../phone-reset/service';
import { createPhoneDirectory } from '../phones/directory';
import { createPhoneBatchServices, createPhoneServices } from '../phones/service';
import type { Connections } from '../profiles/connections';
import type { SandboxRuntime } from '../profiles/sandbox-runtime';
import { createProfileServices } from '../profiles/service';
import type { ProfileStore } from '../profiles/store';
import { createRecordingServices } from '../recordings/service';
import type { Services } from '../router';
import type { SecretStore } from '../secrets';
import { createTrunkServices } from '../trunks/service';
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
    ...createPhoneBatchServices({ directory, connections: deps.connections, dialogs: deps.dialogs, log: deps.log }),
    ...createTrunkServices({ connections: deps.connections, dialogs: deps.dialogs }),
    ...createNumberServices({ connections: deps.connections, dialogs: deps.dialogs, dataDir: deps.dataDir, log: deps.log }),
    ...createCallServices({ dataDir: deps.dataDir, connections: deps.connections, store: deps.store, dialogs: deps.dialogs, log: deps.log }),
    ...createAccountServices({ connections: deps.connections, store: deps.store }),
    ...createNumberListServices({ connections: deps.connections }),
    ...createAgentGroupServices({ connections: deps.connections }),
    ...createPhoneResetServices({ connections: deps.connections, directory }),
    ...createCallOutcomeServices({ connections: deps.connections }),
    ...createRecordingServices({ connections: deps.connections, dialogs: deps.dialogs, log: deps.log }),
  };
}
