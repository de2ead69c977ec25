import { randomBytes } from 'node:crypto';
import { fail, invalidField, ok, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { SANDBOX_PROFILE_ID, type ProfileList, type ProfileSummary, type UnsavedConnectionReport } from '../../../contract/schemas/profiles';
import type { DomainServices } from '../../router';
import { maskApiKey, type SecretStore } from '../../platform/secrets';
import type { ProfilesFile, ProfileStore, StoredProfile } from '../../platform/connections/profile-store';
import { toList, toSummary, withoutEmpty } from './summaries';
import type { ProbeResult, Target } from '../../platform/connections/connections';
import type { SandboxIdentity } from '../../platform/connections/sandbox-runtime';
import { withThreshold } from '../account/thresholds';
import type { FileDialogs } from '../../platform/files/dialogs';
import type { Logger } from '../../platform/log';
import { createProfileFileServices } from './file-exchange';
import { activeUnder, SANDBOX_HIDDEN, type Policy } from '../../platform/policy';
import { policyRefusal } from './policy-rules';
import { profileNotFound as notFound } from './refusals';
import { inEnglish, spoken } from '../../platform/messages';

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
  /**
   * Removes the answers kept on disk for a profile that is gone or may now name another account
   * (new address, app or credentials): none may be shown under it as its own.
   */
  forgetReads: (profileId: string) => Promise<void>;
  /** Words for the operator when this computer's clock is far from ITNIO's, else undefined. */
  clockWarning: (offsetMs: number) => Said | undefined;
  /** Where Export profile… saves and Import profile… opens. */
  dialogs: FileDialogs;
  /** The machine's policy: its address, its presets' fields, the Sandbox hidden. */
  policy: Policy;
  log: Logger;
  now?: () => number;
}

type ProfileServices = DomainServices<'profiles'>;

const nameTaken = (profiles: StoredProfile[], name: string, exceptId?: string) =>
  name.toLowerCase() === 'sandbox' || profiles.some((p) => p.id !== exceptId && p.name.toLowerCase() === name.toLowerCase());


const withPending = (file: ProfilesFile, id: string): ProfilesFile => ({ ...file, keychainPending: [...(file.keychainPending ?? []).filter((other) => other !== id), id] });

function withoutPending(file: ProfilesFile, id: string): ProfilesFile {
  const { keychainPending, ...rest } = file;
  const left = (keychainPending ?? []).filter((other) => other !== id);
  return left.length > 0 ? { ...rest, keychainPending: left } : rest;
}

export function createProfileServices(deps: ProfileServiceDeps): ProfileServices {
  const { store, secrets } = deps;
  const now = deps.now ?? Date.now;
  const list = async (): Promise<ProfileList> => {
    const file = await store.read();
    const all = toList(file, deps.sandboxIdentity());
    if (!deps.policy.hideSandbox) return all;
    return { activeId: activeUnder(deps.policy, file), profiles: all.profiles.filter((profile) => profile.id !== SANDBOX_PROFILE_ID) };
  };

  /**
   * Inside the lock: keychain entries of ids pending without a profile belong to a save or removal
   * that crashed half-way, so they are removed. An id whose entry cannot be removed stays pending.
   */
  const sweepOrphans = async (file: ProfilesFile): Promise<ProfilesFile> => {
    let swept = file;
    for (const id of file.keychainPending ?? []) {
      if (file.profiles.some((p) => p.id === id)) swept = withoutPending(swept, id);
      else if ((await secrets.delete(id)).ok) swept = withoutPending(swept, id);
    }
    return swept;
  };

  /** One cheap signed request as `target`: how long it took, its phones and the clock offset. */
  const check = async (target: Target): Promise<Result<UnsavedConnectionReport>> => {
    const started = now();
    const outcome = await deps.probe(target);
    if (!outcome.ok) return outcome;
    const warning = deps.clockWarning(outcome.value.clockOffsetMs);
    return ok({
      latencyMs: Math.max(0, Math.round(now() - started)),
      phones: outcome.value.phones,
      clockOffsetSeconds: Math.round(outcome.value.clockOffsetMs / 1000),
      ...(warning ? { clockWarning: inEnglish(warning), clockWarningSay: warning } : {}),
    });
  };

  return {
    ...createProfileFileServices({ list, dialogs: deps.dialogs, log: deps.log }),
    'profiles.list': async () => ok(await list()),

    'profiles.save': async (input) => {
      if (input.id === SANDBOX_PROFILE_ID && deps.policy.hideSandbox) return fail(SANDBOX_HIDDEN);
      if (input.id === SANDBOX_PROFILE_ID) {
        if (input.registrar) return invalidField('registrar', 'cannot be set for the built-in sandbox: its phones register nowhere', 'Record the registrar on the profile of your ITNIO account.');
        const sandbox = withoutEmpty({ defaultCallerId: input.defaultCallerId, defaultAccount: input.defaultAccount });
        await store.update((current) => ({ ...current, sandbox }));
        return ok((await list()).profiles.find((p) => p.id === SANDBOX_PROFILE_ID)!);
      }
      let otherAccount = false;
      // Checked and written under one lock: two processes saving the same name cannot both pass.
      const saved = await store.transact(async (current): Promise<{ next?: ProfilesFile; value: Result<ProfileSummary> }> => {
        const file = await sweepOrphans(current);
        const existing = input.id ? file.profiles.find((p) => p.id === input.id) : undefined;
        if (input.id && !existing) return { next: file, value: notFound(input.id) };
        const refused = policyRefusal(deps.policy, input, existing?.name);
        if (refused) return { next: file, value: refused };
        if (nameTaken(file.profiles, input.name, input.id)) {
          return { next: file, value: invalidField('name', `"${input.name}" is already used by another profile`, 'Choose a different name.') };
        }
        const id = existing?.id ?? `p-${randomBytes(6).toString('hex')}`;
        const pending = existing ? file : withPending(file, id);
        if (input.apiKey && input.apiSecret) {
          if (pending !== file) await store.write(pending);
          // Credentials first: a profile is never listed without its keychain entry.
          const stored = await secrets.set(id, { apiKey: input.apiKey, apiSecret: input.apiSecret });
          // The id stays pending: a keychain that timed out may still write the entry, which the next sweep removes.
          if (!stored.ok) return { value: stored };
        }
        const profile: StoredProfile = {
          id,
          name: input.name,
          baseUrl: input.baseUrl,
          appId: input.appId,
          ...withoutEmpty({ defaultCallerId: input.defaultCallerId, defaultAccount: input.defaultAccount }),
          ...(input.registrar ? { registrar: input.registrar } : {}),
          apiKeyMasked: input.apiKey ? maskApiKey(input.apiKey) : existing!.apiKeyMasked,
        };
        otherAccount = existing !== undefined && (existing.baseUrl !== profile.baseUrl || existing.appId !== profile.appId || Boolean(input.apiKey));
        const profiles = existing ? file.profiles.map((p) => (p.id === id ? profile : p)) : [...file.profiles, profile];
        // Under a policy that hides the Sandbox, the first profile set up is the one in use: there is no other.
        const next = withoutPending({ ...file, activeId: activeUnder(deps.policy, { activeId: file.activeId, profiles }), profiles }, id);
        return { next, value: ok(toSummary(profile)) };
      });
      if (saved.ok) deps.forget(saved.value.id);
      if (saved.ok && otherAccount) await deps.forgetReads(saved.value.id);
      return saved;
    },

    'profiles.remove': async ({ id }) => {
      if (id === SANDBOX_PROFILE_ID) {
        return fail({ kind: 'invalid-input', field: 'id', ...spoken({ key: 'profiles.sandbox.notRemoved' }, { key: 'profiles.sandbox.notRemovedHint' }) });
      }
      const removed = await store.transact(async (current): Promise<{ next?: ProfilesFile; value: Result<void> }> => {
        const file = await sweepOrphans(current);
        if (!file.profiles.some((p) => p.id === id)) return { next: file, value: notFound(id) };
        // The profile leaves the file first, its id marked pending: a crash before the keychain
        // delete leaves a provable orphan for the next sweep, never a profile without credentials.
        await store.write(
          withPending(
            {
              ...file,
              activeId: file.activeId === id ? activeUnder(deps.policy, { activeId: SANDBOX_PROFILE_ID, profiles: file.profiles.filter((p) => p.id !== id) }) : file.activeId,
              profiles: file.profiles.filter((p) => p.id !== id),
              ...(file.lowBalance ? { lowBalance: withThreshold(file.lowBalance, id, null) } : {}),
            },
            id,
          ),
        );
        const deleted = await secrets.delete(id);
        // Still pending when the keychain refused: the next profile change tries again.
        if (!deleted.ok) return { value: deleted };
        return { next: withoutPending(await store.read(), id), value: ok(undefined) };
      });
      deps.forget(id);
      // Even when the keychain kept the entry: the profile has left the file all the same.
      await deps.forgetReads(id);
      return removed.ok ? ok(await list()) : removed;
    },

    'profiles.use': async ({ id }) => {
      if (id === SANDBOX_PROFILE_ID && deps.policy.hideSandbox) return fail(SANDBOX_HIDDEN);
      const used = await store.transact(async (file): Promise<{ next?: ProfilesFile; value: Result<void> }> => {
        if (id !== SANDBOX_PROFILE_ID && !file.profiles.some((p) => p.id === id)) return { value: notFound(id) };
        return { next: { ...file, activeId: id }, value: ok(undefined) };
      });
      return used.ok ? ok(await list()) : used;
    },

    'profiles.test': async (input) => {
      const id = input?.id ?? activeUnder(deps.policy, await store.read());
      const target = await deps.resolveTarget(id);
      if (!target.ok) return target;
      const report = await check(target.value);
      return report.ok ? ok({ profileId: id, ...report.value }) : report;
    },

    'profiles.testUnsaved': async ({ id, baseUrl, appId, apiKey, apiSecret }) => {
      // Tried before it is saved, it is held to the same address: nothing goes where the policy forbids.
      const refused = policyRefusal(deps.policy, { baseUrl });
      if (refused) return refused;
      let typed: { apiKey: string; apiSecret: string } | undefined = apiKey && apiSecret ? { apiKey, apiSecret } : undefined;
      if (!typed) {
        // An edit whose credentials were left empty keeps (and so is tested with) the keychain's.
        const saved = await deps.resolveTarget(id!);
        if (!saved.ok) return saved;
        typed = { apiKey: saved.value.apiKey, apiSecret: saved.value.apiSecret };
      }
      // A client of its own, under an id no profile has, closed at once: nothing outlives the test.
      const transient = `unsaved-${randomBytes(6).toString('hex')}`;
      try {
        return await check({ profileId: transient, baseUrl, appId, ...typed });
      } finally {
        deps.forget(transient);
      }
    },
  };
}
