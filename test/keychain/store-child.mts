/**
 * Runs the real keytar store in a fresh process and prints one JSON line with what get, set and
 * delete answered. The keychain suite needs this because GDBus and libsecret keep the first
 * session-bus connection for the life of a process: a different DBUS_SESSION_BUS_ADDRESS (none, a
 * bogus one, a bus without a keyring) only takes effect in a new process.
 *
 * Node runs this TypeScript directly (type stripping; see test/support/typescript-imports.mts).
 *
 * Input (environment): SB_CHILD_PROFILE, SB_CHILD_API_KEY, SB_CHILD_API_SECRET.
 */
import '../support/typescript-imports.mts';

const { createKeytarStore } = await import('../../main/platform/secrets/index');

const profileId = process.env.SB_CHILD_PROFILE ?? 'child-profile';
const credentials = { apiKey: process.env.SB_CHILD_API_KEY ?? '', apiSecret: process.env.SB_CHILD_API_SECRET ?? '' };
const store = createKeytarStore({ timeoutMs: 15_000 });

const get = await store.get(profileId);
const set = await store.set(profileId, credentials);
const remove = await store.delete(profileId);
// Only results are printed, and the suite checks that no secret is among them.
process.stdout.write(`${JSON.stringify({ get, set, delete: remove })}\n`);
