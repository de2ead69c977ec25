import { SANDBOX_PROFILE_ID, type ProfileList, type ProfileSummary } from '../../../contract/schemas/profiles';
import { neutralise } from '../../../contract/text';
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

/**
 * What the window and the CLI may show of a saved profile. The file is shared with other tools and
 * older versions, which did not refuse control characters in a name: they are shown as stand-ins.
 */
export function toSummary(profile: StoredProfile): ProfileSummary {
  const { name, defaultAccount } = profile;
  return { ...profile, name: neutralise(name), ...(defaultAccount === undefined ? {} : { defaultAccount: neutralise(defaultAccount) }), sandbox: false };
}

export function toList(file: ProfilesFile, sandbox: SandboxIdentity): ProfileList {
  return { activeId: file.activeId, profiles: [sandboxSummary(file, sandbox), ...file.profiles.map(toSummary)] };
}

export function withoutEmpty<T extends Record<string, string | undefined>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
