export { KEYCHAIN_SERVICE, MAX_ENTRY_BYTES, type ApiCredentials, type SecretStore } from './secret-store';
export { createKeytarStore, DEFAULT_KEYCHAIN_TIMEOUT_MS, type KeytarApi, type KeytarStoreOptions } from './keytar-store';
export { createMemoryStore, type MemoryStore } from './memory-store';
export {
  classifyKeychainFailure,
  keychainError,
  missingCredentialsError,
  LINUX_KEYRING_HINT,
  type KeychainAction,
  type KeychainProblem,
} from './keychain-errors';
export { FULLY_MASKED, maskApiKey } from './mask';
