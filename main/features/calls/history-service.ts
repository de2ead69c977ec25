import writeFileAtomic from 'write-file-atomic';
import { fail, ok } from '../../../contract/result';
import type { FileDialogs } from '../../platform/files/dialogs';
import type { Logger } from '../../platform/log';
import type { Services } from '../../router';
import { historyCsv, historyFileName } from './history-csv';
import { matchesQuery } from './history-search';
import type { CallHistory } from './history-store';

export function createHistoryServices(deps: {
  history: CallHistory;
  dialogs: FileDialogs;
  log: Logger;
  now?: () => Date;
}): Pick<Services, 'calls.history' | 'calls.exportHistory' | 'calls.clearHistory'> {
  const now = deps.now ?? (() => new Date());
  const matching = async (query: string | undefined) => {
    const all = await deps.history.entries();
    return { all, matched: query ? all.filter((entry) => matchesQuery(entry, query)) : all };
  };

  return {
    'calls.history': async (input) => {
      const { all, matched } = await matching(input?.query);
      return ok({ entries: input?.limit ? matched.slice(0, input.limit) : matched, total: all.length, matched: matched.length });
    },

    'calls.exportHistory': async (input) => {
      const { matched } = await matching(input?.query);
      if (matched.length === 0) {
        return fail({
          kind: 'invalid-input',
          message: input?.query ? `No calls in the history match "${input.query}".` : 'The call history is empty.',
          hint: input?.query ? 'Change the search, or clear it to save every call.' : 'Place a call first.',
        });
      }
      const path = await deps.dialogs.chooseSavePath({
        title: 'Save call history',
        defaultName: historyFileName(now()),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (!path) return ok({ saved: false });
      try {
        await writeFileAtomic(path, historyCsv(matched), { mode: 0o600 });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        deps.log.error('calls.exportHistory', { code });
        return fail({ kind: 'file', message: `The call history could not be saved (${code}).`, hint: 'Choose a folder you can write to, with free space, and save again.' });
      }
      return ok({ saved: true, path, count: matched.length });
    },

    'calls.clearHistory': async () => ok({ removed: await deps.history.clear() }),
  };
}
