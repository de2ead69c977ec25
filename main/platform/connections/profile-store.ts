import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { profileSummary, SANDBOX_PROFILE_ID } from '../../../contract/schemas/profiles';
import { JsonStore } from '../storage/json-store';
import { ENV_PROFILE_ID } from './connections';

/**
 * A profile as kept on disk: what the renderer may see of it (the key only masked), never the
 * credentials, which live in the keychain.
 */
export const storedProfile = profileSummary.omit({ sandbox: true });
export type StoredProfile = z.infer<typeof storedProfile>;

export const profilesFile = z.object({
  version: z.literal(1),
  activeId: z.string(),
  profiles: z.array(storedProfile),
  /** The built-in sandbox profile's editable defaults. */
  sandbox: z.object({ defaultCallerId: z.string().optional(), defaultAccount: z.string().optional() }),
  /** Low-balance warning levels by profile id (the sandbox's too); a profile without one is not warned. */
  lowBalance: z.record(z.string(), z.number()).optional(),
  /**
   * Profile ids whose keychain entry is being written or removed. Listed before the keychain is
   * touched and dropped in the same write that adds or removes the profile, so after a crash in
   * between, an id here without a profile is a provable orphan (swept by the next profile change).
   */
  keychainPending: z.array(z.string()).optional(),
});
export type ProfilesFile = z.infer<typeof profilesFile>;

export type ProfileStore = JsonStore<typeof profilesFile>;

export function openProfileStore(dataDir: string): ProfileStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // First run: the sandbox is active, so every screen works before the operator has an account.
  return new JsonStore(join(dataDir, 'profiles.json'), profilesFile, () => ({
    version: 1,
    activeId: SANDBOX_PROFILE_ID,
    profiles: [],
    sandbox: {},
  }));
}

/** A profile's name as the operator knows it, for what main writes about it (the history, notices). */
export function profileNames(store: ProfileStore): (profileId: string) => Promise<string> {
  return async (profileId) => {
    if (profileId === SANDBOX_PROFILE_ID) return 'Sandbox';
    if (profileId === ENV_PROFILE_ID) return 'Environment (ITNIO_API_KEY)';
    return (await store.read()).profiles.find((profile) => profile.id === profileId)?.name ?? profileId;
  };
}
