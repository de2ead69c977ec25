/**
 * Runs the real keytar store in a fresh process and prints one JSON line with what get, set and
 * delete answered. The keychain suite needs this because GDBus and libsecret keep the first
 * session-bus connection for the life of a process: a different DBUS_SESSION_BUS_ADDRESS (none, a
 * bogus one, a bus without a keyring) only takes effect in a new process.
 *
 * Node runs this TypeScript directly (type stripping); the hook below lets it follow the sources'
 * extension-less imports, which the bundler and vitest resolve on their own.
 *
 * Input (environment): SB_CHILD_PROFILE, SB_CHILD_API_KEY, SB_CHILD_API_SECRET.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          // Our sources are ES modules; saying so spares Node a CommonJS attempt and its warning.
          return { ...nextResolve(candidate, context), format: 'module-typescript' };
        } catch {
          // try the next form
        }
      }
    }
    return nextResolve(specifier, context);
  },
});

const { createKeytarStore } = await import('../../main/secrets/index');

const profileId = process.env.SB_CHILD_PROFILE ?? 'child-profile';
const credentials = { apiKey: process.env.SB_CHILD_API_KEY ?? '', apiSecret: process.env.SB_CHILD_API_SECRET ?? '' };
const store = createKeytarStore({ timeoutMs: 15_000 });

const get = await store.get(profileId);
const set = await store.set(profileId, credentials);
const remove = await store.delete(profileId);
// Only results are printed, and the suite checks that no secret is among them.
process.stdout.write(`${JSON.stringify({ get, set, delete: remove })}\n`);
