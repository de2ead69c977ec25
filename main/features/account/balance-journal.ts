import { join } from 'node:path';
import { z } from 'zod';
import type { BalancePoint } from '../../../contract/schemas/account';
import { openJournal } from '../../platform/storage/journal';

export const BALANCE_HISTORY_FILE = 'balance-history.jsonl';
/** The newest reads kept: months of hourly reads for a few profiles, a file of a megabyte or two. */
export const BALANCE_HISTORY_CAP = 20_000;
/** How far past the cap the journal may grow before it is compacted, so compaction stays rare. */
const COMPACT_SLACK = 1_000;
/** The app polls the balance: an unchanged read is kept again only this long after the last one. */
export const UNCHANGED_READ_GAP_MS = 3_600_000;

/** One balance read from ITNIO, as a line of the journal. */
const balanceLine = z.object({ profileId: z.string(), at: z.iso.datetime(), balance: z.number() });
export type BalanceLine = z.infer<typeof balanceLine>;

/**
 * The balance reads of every profile of this computer, appended by the app and every CLI run alike
 * under the journal's cross-process lock, and compacted to the newest lines under it.
 */
export interface BalanceJournal {
  /** Appends the read unless it only repeats the profile's last one within the hour; true when appended. */
  record(read: BalanceLine): Promise<boolean>;
  /** The profile's reads since `since`, oldest first. */
  points(profileId: string, since: Date): Promise<BalancePoint[]>;
}

export function openBalanceJournal(dataDir: string, options: { cap?: number; slack?: number } = {}): BalanceJournal {
  const journal = openJournal(join(dataDir, BALANCE_HISTORY_FILE), parse);
  const cap = options.cap ?? BALANCE_HISTORY_CAP;
  const slack = options.slack ?? COMPACT_SLACK;
  /**
   * Each profile's last read appended, from the file at first use and then from this process's own
   * appends: another process's append since may be missed, which costs at most one extra line.
   */
  let lastRecorded: Promise<Map<string, BalanceLine>> | undefined;

  return {
    record: async (read) => {
      const last = await (lastRecorded ??= journal.read().then(({ parsed }) => new Map(parsed.map((line) => [line.profileId, line]))));
      const previous = last.get(read.profileId);
      if (previous && previous.balance === read.balance && Date.parse(read.at) - Date.parse(previous.at) < UNCHANGED_READ_GAP_MS) return false;
      // Set before the append, so a second read of this process meanwhile is not appended twice.
      last.set(read.profileId, read);
      try {
        await journal.locked(async () => {
          await journal.append(balanceLine.parse(read));
          const { parsed, lines } = await journal.read();
          if (lines > cap + slack) await journal.replace(parsed.slice(-cap));
        });
      } catch (error) {
        if (last.get(read.profileId) === read) restore(last, read.profileId, previous);
        throw error;
      }
      return true;
    },
    points: async (profileId, since) => {
      const from = since.getTime();
      return (await journal.read()).parsed
        .filter((line) => line.profileId === profileId && Date.parse(line.at) >= from)
        .map(({ at, balance }) => ({ at, balance }))
        // Processes append in the order their reads ended, not always the order they were made.
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    },
  };
}

function restore(last: Map<string, BalanceLine>, profileId: string, previous: BalanceLine | undefined) {
  if (previous) last.set(profileId, previous);
  else last.delete(profileId);
}

/** Oldest first, as written; a torn line or one that is no read (a hand edit) is skipped. */
function parse(values: readonly unknown[]): BalanceLine[] {
  return values.flatMap((value) => {
    const line = balanceLine.safeParse(value);
    return line.success ? [line.data] : [];
  });
}
