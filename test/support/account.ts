/** Emulators playing an operator's ITNIO account, for the tests that talk to one directly. */
import { afterEach, beforeEach } from 'vitest';
import type { EnvironmentCredentials } from '../../main/platform/connections/connections';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../main/sandbox';
import { current } from './current';
import { memoryLogger } from './memory-log';

/** An emulator playing an operator's ITNIO account on loopback, its request log kept out of the test's output. */
export function startAccount(credentials: { apiKey: string; apiSecret: string }, options: Omit<SandboxOptions, 'credentials' | 'logger'> = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, ...options, credentials: [credentials], logger: memoryLogger().log });
}

/** The ITNIO_* automation credentials (as the CLI reads them) that reach `account` with its first key. */
export function environmentOf(account: Sandbox): EnvironmentCredentials {
  const [first] = account.state.credentials;
  if (!first) throw new Error('the account has no API key');
  return { apiKey: first.apiKey, apiSecret: first.apiSecret, baseUrl: account.url, appId: account.state.appId };
}

/** Registers the hooks of a file whose every test gets a fresh `startAccount(credentials)`, and answers that account. */
export function useAccount(credentials: { apiKey: string; apiSecret: string }, options: Omit<SandboxOptions, 'credentials' | 'logger'> = {}): Sandbox {
  let account: Sandbox | undefined;
  beforeEach(async () => {
    account = await startAccount(credentials, options);
  });
  afterEach(async () => {
    await account?.close();
    account = undefined;
  });
  return current(() => account, 'the account');
}
