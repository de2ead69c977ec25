import { join } from 'node:path';
import { z } from 'zod';
import { recentNumber, type RecentNumber } from '../../../contract/schemas/numbers';
import { JsonStore } from '../../platform/storage/json-store';

const MAX_RECENT = 8;

const recentFile = z.object({ profiles: z.record(z.string(), z.array(recentNumber)) });

export interface RecentNumbersStore {
  list(profileId: string): Promise<RecentNumber[]>;
  /** Puts `number` first for the profile; a remark left out keeps the one remembered before. */
  remember(profileId: string, entry: { number: string; remark?: string | undefined; editedAt: string }): Promise<RecentNumber[]>;
}

/** The numbers last edited successfully, per profile, in `recent-numbers.json` of the data folder. */
export function openRecentNumbers(dataDir: string): RecentNumbersStore {
  const store = new JsonStore(join(dataDir, 'recent-numbers.json'), recentFile, () => ({ profiles: {} }));
  return {
    list: async (profileId) => (await store.read()).profiles[profileId] ?? [],
    remember: async (profileId, { number, remark, editedAt }) => {
      const next = await store.update((current) => {
        const previous = current.profiles[profileId] ?? [];
        const kept = remark ?? previous.find((entry) => entry.number === number)?.remark;
        const entry: RecentNumber = { number, editedAt, ...(kept ? { remark: kept } : {}) };
        return { profiles: { ...current.profiles, [profileId]: [entry, ...previous.filter((other) => other.number !== number)].slice(0, MAX_RECENT) } };
      });
      return next.profiles[profileId] ?? [];
    },
  };
}
