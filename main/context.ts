import { join } from 'node:path';
import type { Result } from '../contract/result';
import { folderDialogs, type FileDialogs } from './files/dialogs';
import { SANDBOX_PROFILE_ID } from '../contract/schemas/profiles';
import type { Logger } from './log';
import { createConnections, type ClientTiming, type EnvironmentCredentials } from './profiles/connections';
import { createSandboxRuntime, type SandboxRuntime } from './profiles/sandbox-runtime';
import { openProfileStore } from './profiles/store';
import { createRouter, type Router, type Services } from './router';
import type { SecretStore } from './secrets';
import { createServices } from './services';
import type { AppServiceDeps } from './services/app';

export interface AppContextOptions {
  dataDir: string;
  secrets: SecretStore;
  log: Logger;
  app: AppServiceDeps;
  /** Save/open dialogs; without a window (CLI, preview) saves go to `<dataDir>/exports`. */
  dialogs?: FileDialogs;
  /** CLI automation: ITNIO_API_KEY + ITNIO_API_SECRET bypass the keychain and the saved profiles. */
  environment?: EnvironmentCredentials;
  /** CLI `--profile NAME`: this profile instead of the active one. */
  profileName?: string;
  /** Timeouts and retry delays of every profile's client; tests shorten the 15 s wait for an answer. */
  clientTiming?: ClientTiming;
}

export interface AppContext {
  router: Router;
  services: Services;
  /** The profile feature requests go to: --profile, else the environment, else the active one. */
  activeId(): Promise<Result<string>>;
  /** The embedded Sandbox profile's emulator (the e2e harness reaches its state through it). */
  sandbox: SandboxRuntime;
  /** Starts the embedded sandbox right away when it is the active profile (the first-run default). */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

/** Wires stores, keychain, sandbox, client and services once; shared by the app, the CLI and the e2e harness. */
export async function createAppContext(options: AppContextOptions): Promise<AppContext> {
  const store = openProfileStore(options.dataDir);
  const sandbox = createSandboxRuntime(options.log);
  const connections = createConnections({
    store,
    secrets: options.secrets,
    sandbox,
    log: options.log,
    ...(options.environment ? { environment: options.environment } : {}),
    ...(options.profileName ? { profileName: options.profileName } : {}),
    ...(options.clientTiming ? { timing: options.clientTiming } : {}),
  });
  const dialogs = options.dialogs ?? folderDialogs(join(options.dataDir, 'exports'));
  const services = createServices({ app: options.app, dataDir: options.dataDir, store, secrets: options.secrets, sandbox, connections, dialogs, log: options.log });
  return {
    router: createRouter(services, options.log),
    services,
    activeId: connections.activeId,
    sandbox,
    warmUp: async () => {
      const active = await connections.activeId();
      if (active.ok && active.value === SANDBOX_PROFILE_ID) await sandbox.ensure();
    },
    close: async () => {
      await connections.closeAll();
      await sandbox.close();
    },
  };
}

