import { fail, ok } from '../../../contract/result';
import type { FileDialogs } from '../../platform/files/dialogs';
import { CSV_FILES } from '../../platform/files/csv';
import { saveAs } from '../../platform/files/save-as';
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
      return saveAs(
        deps,
        {
          title: 'Save call history',
          defaultName: historyFileName(now()),
          filters: CSV_FILES,
          what: 'call history',
          event: 'calls.exportHistory',
          contents: historyCsv(matched),
        },
        { count: matched.length },
      );
    },

    'calls.clearHistory': async () => ok({ removed: await deps.history.clear() }),
  };
}
