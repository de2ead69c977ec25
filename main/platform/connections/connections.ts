import { fail, ok, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { SANDBOX_PROFILE_ID } from '../../../contract/schemas/profiles';
import { createItnioClient, ENDPOINTS, type ItnioClient, type ItnioClientOptions } from '../itnio';
import type { Logger } from '../log';
import { spoken } from '../messages';
import { activeUnder, outsidePolicyError, SANDBOX_HIDDEN, type Policy } from '../policy';
import { missingCredentialsError, type SecretStore } from '../secrets';
import type { SandboxRuntime } from './sandbox-runtime';
import type { ProfileStore } from './profile-store';

/** Where and as whom one profile's requests go, with its secret (main-process memory only). */
export interface Target {
  profileId: string;
  baseUrl: string;
  appId: string;
  apiKey: string;
  apiSecret: string;
}

/** What a cheap signed request learnt about a profile: its phones and the clock offset. */
export interface ProbeResult {
  phones: number;
  clockOffsetMs: number;
}

export const ENV_PROFILE_ID = 'env';

/**
 * Main's refusal of a request whose phone or form the renderer picked under `pickedUnder`, when
 * another profile is active now; undefined while it is still the active one, or when not said.
 * `what` is the caller's own words for what was picked ("Phone 8001 was picked").
 */
export function pickedUnderAnotherProfile(pickedUnder: string | undefined, activeId: string, what: Said, hint: Said): Result<never> | undefined {
  if (pickedUnder === undefined || pickedUnder === activeId) return undefined;
  return fail({ kind: 'invalid-input', field: 'profileId', ...spoken({ key: 'connections.pickedElsewhere', values: { what } }, hint) });
}
const DEFAULT_BASE_URL = 'https://api.itniotech.com';

export interface EnvironmentCredentials {
  apiKey: string;
  apiSecret: string;
  baseUrl?: string | undefined;
  appId?: string | undefined;
}

/** How long a client waits and how it backs off; the client's own defaults when not given. */
export type ClientTiming = Pick<ItnioClientOptions, 'connectTimeoutMs' | 'timeoutMs' | 'retryDelaysMs'>;

export interface Connections {
  resolveTarget(profileId: string): Promise<Result<Target>>;
  activeId(): Promise<Result<string>>;
  /** The signed client for the profile feature requests go to. */
  active(): Promise<Result<{ target: Target; client: ItnioClient }>>;
  clientFor(target: Target): ItnioClient;
  probe(target: Target): Promise<Result<ProbeResult>>;
  forget(profileId: string): void;
  closeAll(): Promise<void>;
}

export function createConnections(deps: {
  store: ProfileStore;
  secrets: SecretStore;
  sandbox: SandboxRuntime;
  log: Logger;
  environment?: EnvironmentCredentials;
  profileName?: string;
  /** Where `profileName` was given, for its message: `--profile` unless said. */
  profileFrom?: string;
  timing?: ClientTiming;
  /** The machine's policy: the one API address requests may go to, the Sandbox hidden. */
  policy?: Pick<Policy, 'baseUrl' | 'hideSandbox'>;
}): Connections {
  const clients = new Map<string, { key: string; client: ItnioClient }>();

  // Whatever wrote profiles.json (an older version, a hand edit), nothing goes to an address the policy does not allow.
  const resolveTarget = async (profileId: string): Promise<Result<Target>> => {
    const target = await resolveAnyTarget(profileId);
    const allowed = deps.policy?.baseUrl;
    if (!target.ok || !allowed || profileId === SANDBOX_PROFILE_ID || target.value.baseUrl === allowed) return target;
    return fail(outsidePolicyError(target.value.baseUrl, allowed));
  };

  const resolveAnyTarget = async (profileId: string): Promise<Result<Target>> => {
    if (profileId === SANDBOX_PROFILE_ID) {
      if (deps.policy?.hideSandbox) return fail(SANDBOX_HIDDEN);
      const { url, appId, apiKey, apiSecret } = await deps.sandbox.ensure();
      return ok({ profileId, baseUrl: url, appId, apiKey, apiSecret });
    }
    if (profileId === ENV_PROFILE_ID && deps.environment) {
      const { apiKey, apiSecret, baseUrl, appId } = deps.environment;
      return ok({ profileId, apiKey, apiSecret, baseUrl: baseUrl ?? DEFAULT_BASE_URL, appId: appId ?? '' });
    }
    const profile = (await deps.store.read()).profiles.find((p) => p.id === profileId);
    if (!profile) {
      return fail({ kind: 'invalid-input', field: 'profile', ...spoken({ key: 'connections.noProfile.message', values: { profile: profileId } }, { key: 'connections.noProfile.hint' }) });
    }
    const credentials = await deps.secrets.get(profileId);
    if (!credentials.ok) return credentials;
    if (!credentials.value) return fail(missingCredentialsError(profile.name));
    return ok({ profileId, baseUrl: profile.baseUrl, appId: profile.appId, ...credentials.value });
  };

  const activeId = async (): Promise<Result<string>> => {
    if (deps.profileName) {
      const wanted = deps.profileName.toLowerCase();
      if (wanted === 'sandbox') return deps.policy?.hideSandbox ? fail(SANDBOX_HIDDEN) : ok(SANDBOX_PROFILE_ID);
      const profile = (await deps.store.read()).profiles.find((p) => p.name.toLowerCase() === wanted);
      return profile
        ? ok(profile.id)
        : fail({ kind: 'invalid-input', field: 'profile', message: `${deps.profileFrom ?? '--profile'}: there is no profile named "${deps.profileName}"`, hint: 'See `switchboard profile list`.' });
    }
    if (deps.environment) return ok(ENV_PROFILE_ID);
    return ok(activeUnder(deps.policy, await deps.store.read()));
  };

  const clientFor = (target: Target): ItnioClient => {
    // A changed address or key means a new client; the cache never outlives an edit.
    const key = `${target.baseUrl}\n${target.apiKey}\n${target.apiSecret}`;
    const cached = clients.get(target.profileId);
    if (cached?.key === key) return cached.client;
    void cached?.client.close();
    const client = createItnioClient({
      ...deps.timing,
      baseUrl: target.baseUrl,
      apiKey: target.apiKey,
      apiSecret: target.apiSecret,
      logger: deps.log,
      isSandbox: target.profileId === SANDBOX_PROFILE_ID,
    });
    clients.set(target.profileId, { key, client });
    return client;
  };

  return {
    resolveTarget,
    activeId,
    clientFor,
    active: async () => {
      const id = await activeId();
      if (!id.ok) return id;
      const target = await resolveTarget(id.value);
      return target.ok ? ok({ target: target.value, client: clientFor(target.value) }) : target;
    },
    probe: async (target) => {
      const client = clientFor(target);
      const page = await client.request(ENDPOINTS.sipQuery, { current: 1, size: 1, params: { appId: target.appId } });
      if (!page.ok) return page;
      return ok({ phones: Number(page.value.total ?? 0), clockOffsetMs: client.clockOffsetMs() });
    },
    forget: (profileId) => {
      void clients.get(profileId)?.client.close();
      clients.delete(profileId);
    },
    closeAll: async () => {
      const open = [...clients.values()].map(({ client }) => client.close());
      clients.clear();
      await Promise.all(open);
    },
  };
}
