import { fail, ok, type AppError } from '../../../contract/result';
import { checkCredentials, checkProfileId, type ApiCredentials, type SecretStore } from './secret-store';

/** The in-memory fake, plus two handles for tests: what is stored, and a switch to make the keychain fail. */
export interface MemoryStore extends SecretStore {
  /** Profile ids that have an entry, sorted. */
  profileIds(): string[];
  /**
   * From now on every call answers this error (a `keychain` error, typically), as the real store
   * does when the Secret Service is missing or locked; `undefined` makes the store work again.
   */
  failWith(error: AppError | undefined): void;
}

/**
 * Same contract as `createKeytarStore()`, kept in a Map: for unit tests of services, the router and
 * the CLI, which must never touch the real keychain. Values are copied in and out, so a caller
 * mutating an object it passed or received cannot change what is stored.
 */
export function createMemoryStore(initial: Record<string, ApiCredentials> = {}): MemoryStore {
  const entries = new Map<string, ApiCredentials>(Object.entries(initial).map(([id, value]) => [id, { ...value }]));
  let failure: AppError | undefined;
  const failed = () => (failure ? fail({ ...failure }) : undefined);

  return {
    async get(profileId) {
      const invalid = checkProfileId(profileId);
      if (invalid) return fail(invalid);
      const down = failed();
      if (down) return down;
      const value = entries.get(profileId);
      return ok(value ? { ...value } : undefined);
    },
    async set(profileId, credentials) {
      const invalid = checkProfileId(profileId) ?? checkCredentials(credentials);
      if (invalid) return fail(invalid);
      const down = failed();
      if (down) return down;
      entries.set(profileId, { apiKey: credentials.apiKey, apiSecret: credentials.apiSecret });
      return ok(undefined);
    },
    async delete(profileId) {
      const invalid = checkProfileId(profileId);
      if (invalid) return fail(invalid);
      const down = failed();
      if (down) return down;
      return ok(entries.delete(profileId));
    },
    profileIds: () => [...entries.keys()].sort(),
    failWith(error) {
      failure = error;
    },
  };
}
