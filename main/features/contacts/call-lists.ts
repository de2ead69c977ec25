import { join } from 'node:path';
import { z } from 'zod';
import { fail, ok, type Result } from '../../../contract/result';
import { callList, type CallList, type CallListEntry, type CallListIndex } from '../../../contract/schemas/contacts';
import { neutralise } from '../../../contract/text';
import { spoken } from '../../platform/messages';
import { JsonStore } from '../../platform/storage/json-store';

export const CALL_LISTS_FILE = 'call-lists.json';

const callListsFile = z.object({ lists: z.array(callList) });

type Summary = CallListIndex['lists'][number];

/**
 * The call lists of every profile, in `call-lists.json` of the data folder. Each method takes the
 * profile it works under and sees only that profile's lists: another profile's list id is
 * answered as unknown, so no list is ever shown or changed under an account it was not imported for.
 */
export interface CallListStore {
  /** The profile's lists, newest first. */
  summaries(profileId: string): Promise<Summary[]>;
  get(profileId: string, listId: string): Promise<Result<CallList>>;
  add(list: CallList): Promise<void>;
  /** Replaces one entry by `change(entry)`, under the file's lock from a fresh read, so another process's change to any entry stays. */
  changeEntry(profileId: string, listId: string, entryId: string, change: (entry: CallListEntry) => CallListEntry): Promise<Result<CallList>>;
  /** Removes the list; answers the profile's lists left. */
  remove(profileId: string, listId: string): Promise<Result<Summary[]>>;
}

export function openCallLists(dataDir: string): CallListStore {
  const store = new JsonStore(join(dataDir, CALL_LISTS_FILE), callListsFile, () => ({ lists: [] }));
  const find = (lists: readonly CallList[], profileId: string, listId: string) => lists.find((list) => list.id === listId && list.profileId === profileId);
  const summariesOf = (lists: readonly CallList[], profileId: string) => lists.filter((list) => list.profileId === profileId).map(summary);

  return {
    summaries: async (profileId) => summariesOf((await store.read()).lists, profileId),

    get: async (profileId, listId) => {
      const list = find((await store.read()).lists, profileId, listId);
      return list ? ok(list) : unknownList(listId);
    },

    add: async (list) => {
      await store.update((current) => ({ lists: [list, ...current.lists] }));
    },

    changeEntry: (profileId, listId, entryId, change) =>
      store.transact(async (current) => {
        const list = find(current.lists, profileId, listId);
        if (!list) return { value: unknownList(listId) };
        const index = list.entries.findIndex((entry) => entry.id === entryId);
        if (index < 0) return { value: unknownEntry(list, entryId) };
        const changed = { ...list, entries: list.entries.with(index, change(list.entries[index]!)) };
        return { next: { lists: current.lists.map((other) => (other === list ? changed : other)) }, value: ok(changed) };
      }),

    remove: (profileId, listId) =>
      store.transact(async (current) => {
        const list = find(current.lists, profileId, listId);
        if (!list) return { value: unknownList(listId) };
        const lists = current.lists.filter((other) => other !== list);
        return { next: { lists }, value: ok(summariesOf(lists, profileId)) };
      }),
  };
}


function summary(list: CallList): Summary {
  return { id: list.id, name: list.name, importedAt: list.importedAt, total: list.entries.length, done: list.entries.filter((entry) => entry.disposition).length };
}

// The list id passed its schema's pattern; an entry id is any short text, so it is shown neutralised.
const unknownList = (listId: string): Result<never> =>
  fail({
    kind: 'invalid-input',
    field: 'listId',
    ...spoken({ key: 'contacts.callLists.unknownList', values: { list: listId } }, { key: 'contacts.callLists.unknownListHint' }),
  });

const unknownEntry = (list: CallList, entryId: string): Result<never> =>
  fail({
    kind: 'invalid-input',
    field: 'entryId',
    ...spoken({ key: 'contacts.callLists.unknownEntry', values: { list: list.name, entry: neutralise(entryId) } }, { key: 'contacts.callLists.unknownEntryHint' }),
  });
