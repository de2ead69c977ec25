import type { ProfileStore } from '../../platform/connections/profile-store';

/** The low-balance warning level of a profile, kept in profiles.json beside the profiles. */
export async function readThreshold(store: ProfileStore, profileId: string): Promise<number | null> {
  return (await store.read()).lowBalance?.[profileId] ?? null;
}

/** Sets (or, with null, clears) a profile's warning level. */
export async function writeThreshold(store: ProfileStore, profileId: string, threshold: number | null): Promise<void> {
  await store.update((current) => ({ ...current, lowBalance: withThreshold(current.lowBalance, profileId, threshold) }));
}

/** The map with the profile's level set, or gone for null (also how a removed profile's level goes). */
export function withThreshold(levels: Record<string, number> | undefined, profileId: string, threshold: number | null): Record<string, number> {
  const { [profileId]: _previous, ...others } = levels ?? {};
  return threshold === null ? others : { ...others, [profileId]: threshold };
}
