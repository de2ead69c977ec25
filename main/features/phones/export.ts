import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { fail, ok, type Result } from '../../../contract/result';
import type { exportPhonesInput, ExportPhonesResult } from '../../../contract/schemas/phones';
import type { FileDialogs } from '../../platform/files/dialogs';
import type { Logger } from '../../platform/log';
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
          ? { kind: 'invalid-input', message: 'There are no phones to save in this application.', hint: 'Create phones first.' }
          : { kind: 'invalid-input', field: 'groupName', rule: `there are no phones in group "${groupName}"`, message: `groupName: there are no phones in group "${groupName}"`, hint: 'Refresh the phone list and pick a group it shows.' },
      );
    }

    const path = await deps.dialogs.chooseSavePath({
      title: 'Save phones with their SIP passwords',
      defaultName: csvFileName(groupName, now()),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (!path) return ok({ saved: false });
    try {
      // Owner-only: the file holds every SIP password of the batch.
      await writeFileAtomic(path, phonesCsv(rows), { mode: 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      deps.log.error('phones.exportCsv', { code });
      return fail({ kind: 'file', message: `The CSV could not be saved (${code}).`, hint: 'Choose a folder you can write to, with free space, and save again.' });
    }
    deps.log.info('phones.exportCsv', { rows: rows.length });
    return ok({ saved: true, path, rows: rows.length });
  };
}
