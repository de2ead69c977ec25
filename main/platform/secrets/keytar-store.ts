import { fail, ok, type Result } from '../../../contract/result';
import { damagedEntryError, keychainError, type KeychainAction } from './keychain-errors';
import {
  checkCredentials,
  checkProfileId,
  decodeEntry,
  encodeEntry,
  KEYCHAIN_SERVICE,
  type ApiCredentials,
  type SecretStore,
} from './secret-store';

/** The part of keytar this store uses. `findCredentials` is left out on purpose: keytar 7.9 crashes the process (NULL secret) when the keyring is locked. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export interface KeytarStoreOptions {
  /** How keytar is loaded; tests replace it to simulate a broken install. Called at first use, not at creation. */
  load?: () => Promise<KeytarApi>;
  /** The keychain service name; `Switchboard` unless a test needs its own. */
  service?: string;
  /**
   * How long one keychain call may take before the store gives up with a `keychain` error. Generous
   * because an unlock dialog may be waiting for the operator.
   */
  timeoutMs?: number;
}

const DEFAULT_KEYCHAIN_TIMEOUT_MS = 60_000;

/** keytar is CommonJS: a dynamic import answers `{ default: module.exports }` (plus whatever names Node detected). */
async function loadKeytar(): Promise<KeytarApi> {
  const loaded = (await import('keytar')) as unknown as KeytarApi & { default?: KeytarApi };
  const api = loaded.default ?? loaded;
  if (typeof api.getPassword !== 'function') throw new Error('The keytar module has no getPassword function.');
  return api;
}

/**
 * The real store: one OS-keychain entry per profile (service `Switchboard`, account = profile id),
 * through keytar. keytar is loaded on first use, so a missing native module or libsecret becomes a
 * `keychain` error on that call instead of breaking start-up, and the app still runs without saved
 * profiles (the sandbox and the environment-variable credentials need no keychain).
 */
export function createKeytarStore(options: KeytarStoreOptions = {}): SecretStore {
  const load = options.load ?? loadKeytar;
  const service = options.service ?? KEYCHAIN_SERVICE;
  const timeoutMs = options.timeoutMs ?? DEFAULT_KEYCHAIN_TIMEOUT_MS;
  // Only a successful load is kept: after a failure the next call tries again (the operator may
  // have fixed the install meanwhile).
  let loading: Promise<KeytarApi> | undefined;
  const api = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };

  async function run<T>(action: KeychainAction, secrets: readonly string[], call: (k: KeytarApi) => Promise<T>): Promise<Result<T>> {
    let keytar: KeytarApi;
    try {
      keytar = await api();
    } catch (error) {
      // Whatever the loader says (no package, wrong ABI, libsecret missing), the keychain is unavailable.
      return fail(keychainError(error, action, secrets, 'module'));
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('Timeout was reached')), timeoutMs);
        timer.unref();
      });
      return ok(await Promise.race([call(keytar), timeout]));
    } catch (error) {
      return fail(keychainError(error, action, secrets));
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async get(profileId) {
      const invalid = checkProfileId(profileId);
      if (invalid) return fail(invalid);
      const read = await run('read', [], (k) => k.getPassword(service, profileId));
      if (!read.ok) return read;
      if (read.value === null) return ok(undefined);
      const credentials = decodeEntry(read.value);
      return credentials ? ok(credentials) : fail(damagedEntryError());
    },

    async set(profileId, credentials: ApiCredentials) {
      const invalid = checkProfileId(profileId) ?? checkCredentials(credentials);
      if (invalid) return fail(invalid);
      const entry = encodeEntry(credentials);
      return run('save', [credentials.apiKey, credentials.apiSecret, entry], (k) => k.setPassword(service, profileId, entry));
    },

    async delete(profileId) {
      const invalid = checkProfileId(profileId);
      if (invalid) return fail(invalid);
      return run('remove', [], (k) => k.deletePassword(service, profileId));
    },
  };
}
