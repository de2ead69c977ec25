import { join } from 'node:path';
import { changeEntry, type ChangeEntry } from '../../../contract/schemas/changes';
import { openJournal } from '../../platform/storage/journal';

export const CHANGES_FILE = 'changes.jsonl';
/** The newest entries kept; older ones are dropped when the journal is compacted. */
export const CHANGES_CAP = 5_000;
/** How far past the cap the journal may grow before it is compacted, so compaction stays rare. */
const COMPACT_SLACK = 500;

/**
 * The local change journal: one line per write to ITNIO, appended by the app and every CLI run
 * alike. Appends and compactions run under the journal's cross-process lock, a compaction from a
 * read made under it, so no process's entry is lost to another's rewrite.
 */
export interface ChangeJournal {
  append(entry: ChangeEntry): Promise<void>;
  /** Every readable entry, newest first. */
  entries(): Promise<ChangeEntry[]>;
}

export function openChangeJournal(dataDir: string, options: { cap?: number; slack?: number } = {}): ChangeJournal {
  const journal = openJournal(join(dataDir, CHANGES_FILE), parse);
  const cap = options.cap ?? CHANGES_CAP;
  const slack = options.slack ?? COMPACT_SLACK;
  return {
    append: (entry) =>
      journal.locked(async () => {
        await journal.append(changeEntry.parse(entry));
        const { parsed, lines } = await journal.read();
        if (lines > cap + slack) await journal.replace(parsed.slice(-cap));
      }),
    entries: async () => (await journal.read()).parsed.toReversed(),
  };
}

/** Oldest first, as written; a torn line or one that is no entry (a hand edit, a newer version's) is skipped. */
function parse(values: readonly unknown[]): ChangeEntry[] {
  return values.flatMap((value) => {
    const entry = changeEntry.safeParse(value);
    return entry.success ? [entry.data] : [];
  });
}
