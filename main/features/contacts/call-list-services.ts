import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import { ok, type Result } from '../../../contract/result';
import { CALL_LIST_LIMITS, CONTACT_FILE_MAX_BYTES, type CallListImport } from '../../../contract/schemas/contacts';
import { neutralise } from '../../../contract/text';
import { openCallHistory } from '../calls/history-store';
import type { Connections } from '../../platform/connections/connections';
import { CSV_FILES } from '../../platform/files/csv';
import { userFileAt } from '../../platform/files/csv-read';
import type { FileDialogs, FileFilter } from '../../platform/files/dialogs';
import { saveAs } from '../../platform/files/save-as';
import type { Logger } from '../../platform/log';
import type { Services } from '../../router';
import { callListCsv, callListFileName, fileTooLarge, readCallListCsv } from './call-list-csv';
import { openCallLists } from './call-lists';

type CallListMethods =
  | 'contacts.callLists'
  | 'contacts.callList'
  | 'contacts.importCallList'
  | 'contacts.disposeEntry'
  | 'contacts.skipEntry'
  | 'contacts.entryCalled'
  | 'contacts.exportCallList'
  | 'contacts.removeCallList';

const OPEN_FILTERS: FileFilter[] = [{ name: 'CSV', extensions: ['csv', 'txt'] }];

/**
 * Call lists worked through one entry at a time. Every method works on the active profile's lists
 * only, read when it is called, so a list is never shown or changed under another account; the
 * progress (dispositions, skips, calls) is on disk at once, shared with every other process.
 */
export function createCallListServices(deps: {
  dataDir: string;
  connections: Pick<Connections, 'activeId'>;
  dialogs: FileDialogs;
  log: Logger;
  now?: () => Date;
}): Pick<Services, CallListMethods> {
  const lists = openCallLists(deps.dataDir);
  const history = openCallHistory(deps.dataDir);
  const now = deps.now ?? (() => new Date());

  /** Runs `work` under the active profile, or answers why there is none. */
  const underActive = async <T>(work: (profileId: string) => Promise<Result<T>>): Promise<Result<T>> => {
    const profileId = await deps.connections.activeId();
    return profileId.ok ? work(profileId.value) : profileId;
  };

  return {
    'contacts.callLists': () => underActive(async (profileId) => ok({ profileId, lists: await lists.summaries(profileId) })),

    'contacts.callList': ({ listId }) => underActive((profileId) => lists.get(profileId, listId)),

    'contacts.importCallList': (input) =>
      underActive<CallListImport>(async (profileId) => {
        const file = input?.file ? ok(input.file) : await chooseListFile(deps.dialogs);
        if (!file.ok) return file;
        if (!file.value) return ok({ chosen: false });
        const read = readCallListCsv(file.value, input?.defaultCountry || undefined);
        if (!read.ok) return read;
        const { entries, rows } = read.value;
        const list = { id: randomUUID(), profileId, name: input?.name || listNameOf(file.value.name), importedAt: now().toISOString(), entries };
        await lists.add(list);
        const refused = rows.length - entries.length;
        deps.log.info('contacts.importCallList', { imported: entries.length, refused });
        return ok({ chosen: true, list, rows, imported: entries.length, refused });
      }),

    'contacts.disposeEntry': ({ listId, entryId, kind, note, callBackAt }) =>
      underActive((profileId) =>
        // A later disposition replaces the earlier one; a skipped entry that gets one is done, no longer skipped.
        lists.changeEntry(profileId, listId, entryId, (entry) => ({
          ...entry,
          skipped: false,
          disposition: { kind, note, ...(kind === 'call-back' && callBackAt ? { callBackAt } : {}), at: now().toISOString() },
        })),
      ),

    'contacts.skipEntry': ({ listId, entryId }) => underActive((profileId) => lists.changeEntry(profileId, listId, entryId, (entry) => ({ ...entry, skipped: true }))),

    // The same call told twice (a retry) is kept once.
    'contacts.entryCalled': ({ listId, entryId, recordingId }) =>
      underActive((profileId) =>
        lists.changeEntry(profileId, listId, entryId, (entry) => (entry.calls.includes(recordingId) ? entry : { ...entry, calls: [...entry.calls, recordingId] })),
      ),

    'contacts.exportCallList': ({ listId }) =>
      underActive(async (profileId) => {
        const list = await lists.get(profileId, listId);
        if (!list.ok) return list;
        const contents = callListCsv(list.value, await history.entries());
        return saveAs(
          deps,
          { title: { key: 'files.titled.saveCallList', values: { name: list.value.name } }, defaultName: callListFileName(list.value, now()), filters: CSV_FILES, what: 'call list', event: 'contacts.exportCallList', contents },
          { count: list.value.entries.length },
        );
      }),

    'contacts.removeCallList': ({ listId }) =>
      underActive(async (profileId) => {
        const left = await lists.remove(profileId, listId);
        return left.ok ? ok({ profileId, lists: left.value }) : left;
      }),
  };
}

/** "Leads June.csv" names its list "Leads June". */
function listNameOf(fileName: string): string {
  const name = neutralise(basename(fileName, extname(fileName)).trim()).slice(0, CALL_LIST_LIMITS.name);
  return name || 'Call list';
}

type ListFile = { name: string; bytes: Uint8Array };

/** The file the operator chooses in main's open dialog, read; undefined when cancelled. */
async function chooseListFile(dialogs: FileDialogs): Promise<Result<ListFile | undefined>> {
  const path = await dialogs.chooseOpenPath({ title: 'Import call list', filters: OPEN_FILTERS });
  return path ? userFileAt(path, { maxBytes: CONTACT_FILE_MAX_BYTES, tooLarge: fileTooLarge, kinds: 'a CSV file' }) : ok(undefined);
}
