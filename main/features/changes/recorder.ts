import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { FieldChange } from '../../../contract/field-changes';
import type { Result } from '../../../contract/result';
import type { ChangeEntry, ChangeKind } from '../../../contract/schemas/changes';
import type { Logger } from '../../platform/log';
import type { ChangeJournal } from './journal';

/** One write to ITNIO as the service that sent it knows it; the recorder adds the time, the profile's name and where it came from. */
export interface ChangeWrite {
  profileId: string;
  kind: ChangeKind;
  object: string;
  action: string;
  changes: FieldChange[];
  /** ITNIO's answer, or the way to it failing. */
  result: Result<unknown>;
  /** How "Put back" would send the values before; kept only when the write was saved. */
  revert?: ChangeEntry['revert'];
}

export interface ChangeRecorder {
  /** Appends the write to the journal and answers its entry; a journal that cannot be written is logged, never the write's failure. */
  record(write: ChangeWrite): Promise<ChangeEntry>;
  /** Runs `work` (a normal edit's service) as the put back of entry `revertOf`: the write it records says so, and is answered. */
  puttingBack<T>(revertOf: string, work: () => Promise<T>): Promise<{ answer: T; entry: ChangeEntry | undefined }>;
}

/** Short enough to type after `changes revert`, long enough never to meet another entry's in a journal of thousands. */
const newId = (): string => randomBytes(5).toString('hex');

export function createChangeRecorder(deps: {
  journal: ChangeJournal;
  via: ChangeEntry['via'];
  profileName: (profileId: string) => Promise<string>;
  log: Logger;
  now?: () => Date;
}): ChangeRecorder {
  const now = deps.now ?? (() => new Date());
  // The put back goes through the very service a normal edit does, which knows nothing of it: it
  // learns it from the call it runs in, so the contract's inputs stay what the window sends.
  const puttingBack = new AsyncLocalStorage<{ revertOf: string; entry?: ChangeEntry }>();

  return {
    record: async ({ result, revert, ...write }) => {
      const back = puttingBack.getStore();
      // Checked against the schema when appended, where a failure is only logged: never a throw from here.
      const entry: ChangeEntry = {
        id: newId(),
        at: now().toISOString(),
        profileName: await deps.profileName(write.profileId).catch(() => write.profileId),
        ...write,
        result: result.ok ? { ok: true } : { ok: false, error: result.error },
        via: deps.via,
        ...(revert && result.ok ? { revert } : {}),
        ...(back ? { revertOf: back.revertOf } : {}),
      };
      if (back) back.entry = entry;
      // The write is done (or failed) at ITNIO whatever happens to this record of it.
      await deps.journal.append(entry).catch((error: unknown) => {
        deps.log.error('changes not journalled', { action: entry.action, error: error instanceof Error ? error.name : typeof error });
      });
      return entry;
    },
    puttingBack: async (revertOf, work) => {
      const store: { revertOf: string; entry?: ChangeEntry } = { revertOf };
      const answer = await puttingBack.run(store, work);
      return { answer, entry: store.entry };
    },
  };
}
