export { KEYCHAIN_SERVICE, type ApiCredentials, type SecretStore } from './secret-store';
export { createKeytarStore, type KeytarApi } from './keytar-store';
export { createMemoryStore } from './memory-store';
export {
  classifyKeychainFailure,
  keychainError,
  missingCredentialsError,
  LINUX_KEYRING_HINT,
} from './keychain-errors';
export { FULLY_MASKED, maskApiKey } from './mask';
