import { randomBytes } from 'node:crypto';
import { fail, invalidField, ok, type Result } from '../../../contract/result';
import { SANDBOX_PROFILE_ID, type ConnectionReport, type ProfileList, type ProfileSummary } from '../../../contract/schemas/profiles';
import type { DomainServices } from '../../router';
import { maskApiKey, type SecretStore } from '../../platform/secrets';
import type { ProfileStore, StoredProfile } from '../../platform/connections/profile-store';
import { toList, toSummary, withoutEmpty } from './summaries';
import type { ProbeResult, Target } from '../../platform/connections/connections';
import type { SandboxIdentity } from '../../platform/connections/sandbox-runtime';
import { withThreshold } from '../account/thresholds';

/** Everything needed to sign requests for one profile; lives only in main-process memory. */
export interface ProfileServiceDeps {
  store: ProfileStore;
  secrets: SecretStore;
  sandboxIdentity: () => SandboxIdentity;
  /** Resolves a profile's credentials (keychain, sandbox or environment). */
  resolveTarget: (profileId: string) => Promise<Result<Target>>;
  /** One cheap signed query that proves the credentials. */
  probe: (target: Target) => Promise<Result<ProbeResult>>;
  /** Called when a profile's credentials or address change, so cached clients are dropped. */
  forget: (profileId: string) => void;
  clockWarning: (offsetMs: number) => string | undefined;
  now?: () => number;
}

type ProfileServices = DomainServices<'profiles'>;

const nameTaken = (profiles: StoredProfile[], name: string, exceptId?: string) =>
  name.toLowerCase() === 'sandbox' || profiles.some((p) => p.id !== exceptId && p.name.toLowerCase() === name.toLowerCase());

const notFound = (id: string) =>
  fail({ kind: 'invalid-input', field: 'id', message: `There is no profile "${id}".`, hint: 'Reload the profile list and pick one of them.' });

export function createProfileServices(deps: ProfileServiceDeps): ProfileServices {
  const { store, secrets } = deps;
  const now = deps.now ?? Date.now;
  const list = async (): Promise<ProfileList> => toList(await store.read(), deps.sandboxIdentity());

  return {
    'profiles.list': async () => ok(await list()),

    'profiles.save': async (input) => {
      const file = await store.read();
      if (input.id === SANDBOX_PROFILE_ID) {
        const sandbox = withoutEmpty({ defaultCallerId: input.defaultCallerId, defaultAccount: input.defaultAccount });
        await store.update((current) => ({ ...current, sandbox }));
        return ok((await list()).profiles.find((p) => p.id === SANDBOX_PROFILE_ID)!);
      }
      const existing = input.id ? file.profiles.find((p) => p.id === input.id) : undefined;
      if (input.id && !existing) return notFound(input.id);
      if (nameTaken(file.profiles, input.name, input.id)) {
        return invalidField('name', `"${input.name}" is already used by another profile`, 'Choose a different name.');
      }
      const id = existing?.id ?? `p-${randomBytes(6).toString('hex')}`;
      if (input.apiKey && input.apiSecret) {
        // Credentials first: a profile is never listed without its keychain entry.
        const saved = await secrets.set(id, { apiKey: input.apiKey, apiSecret: input.apiSecret });
        if (!saved.ok) return saved;
      }
      const profile: StoredProfile = {
        id,
        name: input.name,
        baseUrl: input.baseUrl,
        appId: input.appId,
        ...withoutEmpty({ defaultCallerId: input.defaultCallerId, defaultAccount: input.defaultAccount }),
        apiKeyMasked: input.apiKey ? maskApiKey(input.apiKey) : existing!.apiKeyMasked,
      };
      await store.update((current) => ({
        ...current,
        profiles: existing ? current.profiles.map((p) => (p.id === id ? profile : p)) : [...current.profiles, profile],
      }));
      deps.forget(id);
      return ok<ProfileSummary>(toSummary(profile));
    },

    'profiles.remove': async ({ id }) => {
      if (id === SANDBOX_PROFILE_ID) {
        return fail({ kind: 'invalid-input', field: 'id', message: 'The built-in sandbox profile cannot be removed.', hint: 'Switch to another profile instead.' });
      }
      const file = await store.read();
      if (!file.profiles.some((p) => p.id === id)) return notFound(id);
      const deleted = await secrets.delete(id);
      if (!deleted.ok) return deleted;
      await store.update((current) => ({
        ...current,
        activeId: current.activeId === id ? SANDBOX_PROFILE_ID : current.activeId,
        profiles: current.profiles.filter((p) => p.id !== id),
        ...(current.lowBalance ? { lowBalance: withThreshold(current.lowBalance, id, null) } : {}),
      }));
      deps.forget(id);
      return ok(await list());
    },

    'profiles.use': async ({ id }) => {
      const file = await store.read();
      if (id !== SANDBOX_PROFILE_ID && !file.profiles.some((p) => p.id === id)) return notFound(id);
      await store.update((current) => ({ ...current, activeId: id }));
      return ok(await list());
    },

    'profiles.test': async (input) => {
      const id = input?.id ?? (await store.read()).activeId;
      const target = await deps.resolveTarget(id);
      if (!target.ok) return target;
      const started = now();
      const outcome = await deps.probe(target.value);
      if (!outcome.ok) return outcome;
      const warning = deps.clockWarning(outcome.value.clockOffsetMs);
      return ok<ConnectionReport>({
        profileId: id,
        latencyMs: Math.max(0, Math.round(now() - started)),
        phones: outcome.value.phones,
        clockOffsetSeconds: Math.round(outcome.value.clockOffsetMs / 1000),
        ...(warning ? { clockWarning: warning } : {}),
      });
    },
  };
}
