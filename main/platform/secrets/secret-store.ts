import type { AppError, Result } from '../../../contract/result';
import { spoken } from '../messages';

/**
 * Where a profile's API credentials live. Main asks for them only while it signs a request; the
 * renderer never sees the secret (it gets `maskApiKey(apiKey)`).
 *
 * Injected, never imported directly by services, so that unit tests use `createMemoryStore()` and
 * only the keychain suite talks to a real Secret Service (the shape of GitHub Desktop's
 * `TokenStore`). Every method answers with a `Result`: a missing or locked keychain is an error
 * value of kind `keychain`, never a throw, and never a fallback to plain-text storage.
 */
export interface SecretStore {
  /** The saved credentials, or `undefined` when this profile has none in the keychain. */
  get(profileId: string): Promise<Result<ApiCredentials | undefined>>;
  /** Saves (or replaces) both values in one keychain entry. */
  set(profileId: string, credentials: ApiCredentials): Promise<Result<void>>;
  /** Removes the entry; `true` if there was one, `false` if there was nothing to remove. */
  delete(profileId: string): Promise<Result<boolean>>;
}

export interface ApiCredentials {
  apiKey: string;
  apiSecret: string;
}

/** The keychain service every entry is filed under; the account is the profile id. */
export const KEYCHAIN_SERVICE = 'Switchboard';

/**
 * Windows caps a credential at 2,560 bytes (CRED_MAX_CREDENTIAL_BLOB_SIZE); refusing larger entries
 * everywhere keeps profiles portable and real API keys are far below it.
 */
const MAX_ENTRY_BYTES = 2_560;

/*
 * Layout: one entry per profile whose password is `{"v":1,"apiKey":…,"apiSecret":…}`.
 * - Saving is one write, so a crash or a failure half-way can never pair the key of one save with
 *   the secret of another, and removing a profile is one delete.
 * - One item per profile means one keychain access (and at most one unlock or "allow" prompt on
 *   macOS) per signed request, and one readable row ("Switchboard / <profile id>") in Seahorse or
 *   Keychain Access.
 * - JSON escapes every character, so NUL or newlines in a value survive keytar's C-string API.
 * - `v` leaves room to change the layout later without guessing.
 */
export function encodeEntry(credentials: ApiCredentials): string {
  return JSON.stringify({ v: 1, apiKey: credentials.apiKey, apiSecret: credentials.apiSecret });
}

/** The credentials in a stored entry, or `undefined` if it is not an entry this app wrote. */
export function decodeEntry(password: string): ApiCredentials | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(password);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const entry = parsed as Record<string, unknown>;
  if (entry.v !== 1 || typeof entry.apiKey !== 'string' || typeof entry.apiSecret !== 'string') return undefined;
  return { apiKey: entry.apiKey, apiSecret: entry.apiSecret };
}

/** The checks both stores make before touching anything, so the fake refuses what the real one does. */
export function checkProfileId(profileId: unknown): AppError | undefined {
  if (typeof profileId === 'string' && profileId.length > 0) return undefined;
  return { kind: 'internal', ...spoken({ key: 'keychain.noProfileId.message' }, { key: 'keychain.noProfileId.hint' }) };
}

export function checkCredentials(credentials: unknown): AppError | undefined {
  const value = (typeof credentials === 'object' && credentials !== null ? credentials : {}) as Record<string, unknown>;
  if (typeof value.apiKey !== 'string' || value.apiKey.length === 0) {
    return { kind: 'invalid-input', field: 'apiKey', ...spoken({ key: 'keychain.emptyKey.message' }, { key: 'keychain.emptyKey.hint' }) };
  }
  if (typeof value.apiSecret !== 'string' || value.apiSecret.length === 0) {
    return { kind: 'invalid-input', field: 'apiSecret', ...spoken({ key: 'keychain.emptySecret.message' }, { key: 'keychain.emptySecret.hint' }) };
  }
  if (Buffer.byteLength(encodeEntry(value as unknown as ApiCredentials), 'utf8') > MAX_ENTRY_BYTES) {
    return { kind: 'invalid-input', field: 'apiSecret', ...spoken({ key: 'keychain.tooLong.message' }, { key: 'keychain.tooLong.hint' }) };
  }
  return undefined;
}
