import { SANDBOX_PROFILE_ID, type ProfileList, type ProfileSummary } from '../../../contract/schemas/profiles';
import type { ProfilesFile, StoredProfile } from '../../platform/connections/profile-store';
import type { SandboxIdentity } from '../../platform/connections/sandbox-runtime';

function sandboxSummary(file: ProfilesFile, sandbox: SandboxIdentity): ProfileSummary {
  return {
    id: SANDBOX_PROFILE_ID,
    name: 'Sandbox',
    baseUrl: sandbox.baseUrl,
    appId: sandbox.appId,
    apiKeyMasked: sandbox.apiKeyMasked,
    sandbox: true,
    ...withoutEmpty(file.sandbox),
  };
}

export function toSummary(profile: StoredProfile): ProfileSummary {
  return { ...profile, sandbox: false };
}

export function toList(file: ProfilesFile, sandbox: SandboxIdentity): ProfileList {
  return { activeId: file.activeId, profiles: [sandboxSummary(file, sandbox), ...file.profiles.map(toSummary)] };
}

export function withoutEmpty<T extends Record<string, string | undefined>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
