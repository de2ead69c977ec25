import type { z } from 'zod';
import { fail, fieldError, type Result } from '../../../contract/result';
import type { exportPhonesInput, ExportPhonesResult } from '../../../contract/schemas/phones';
import type { FileDialogs } from '../../platform/files/dialogs';
import { CSV_FILES } from '../../platform/files/csv';
import { saveAs } from '../../platform/files/save-as';
import type { Logger } from '../../platform/log';
import { spoken } from '../../platform/messages';
import { readAppPhones, type AppPhonesDeps } from './app-phones';
import { csvFileName, phonesCsv } from './csv';

type ExportInput = z.output<typeof exportPhonesInput>;

/**
 * Saves phones with their SIP passwords as CSV where the operator chooses. Main reads the
 * passwords, builds the file and writes it: the renderer only ever gets one password at a time.
 */
export function createPhonesExport(deps: AppPhonesDeps & { dialogs: FileDialogs; log: Logger; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return async (input: ExportInput): Promise<Result<ExportPhonesResult>> => {
    const groupName = input?.groupName;
    const inGroup = <T extends { groupName: string }>(records: T[]) => (groupName === undefined ? records : records.filter((r) => r.groupName === groupName));
    let listed = await readAppPhones(deps, input?.appId, false);
    // A batch created elsewhere (the CLI, the console) is newer than the cached list.
    if (listed.ok && groupName !== undefined && inGroup(listed.value.records).length === 0) listed = await readAppPhones(deps, input?.appId, true);
    if (!listed.ok) return listed;
    const rows = inGroup(listed.value.records);
    if (rows.length === 0) {
      return fail(
        groupName === undefined
          ? { kind: 'invalid-input', ...spoken({ key: 'phones.noPhones.message' }, { key: 'phones.noPhones.hint' }) }
          : fieldError('groupName', `there are no phones in group "${groupName}"`, 'Refresh the phone list and pick a group it shows.'),
      );
    }

    const saved = await saveAs(
      deps,
      {
        title: 'Save phones with their SIP passwords',
        defaultName: csvFileName(groupName, now()),
        filters: CSV_FILES,
        what: 'CSV',
        event: 'phones.exportCsv',
        contents: phonesCsv(rows),
      },
      { rows: rows.length },
    );
    if (saved.ok && saved.value.saved) deps.log.info('phones.exportCsv', { rows: rows.length });
    return saved;
  };
}
