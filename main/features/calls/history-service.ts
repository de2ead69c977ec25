import { fail, ok, type AppError } from '../../../contract/result';
import type { HistoryFilter } from '../../../contract/schemas/call-history';
import type { FileDialogs } from '../../platform/files/dialogs';
import { CSV_FILES } from '../../platform/files/csv';
import { saveAs } from '../../platform/files/save-as';
import type { Logger } from '../../platform/log';
import { spoken } from '../../platform/messages';
import type { Services } from '../../router';
import { historyCsv, historyFileName } from './history-csv';
import { historyFacets, matchesFilter } from './history-search';
import type { CallHistory } from './history-store';

export function createHistoryServices(deps: {
  history: CallHistory;
  dialogs: FileDialogs;
  log: Logger;
  now?: () => Date;
}): Pick<Services, 'calls.history' | 'calls.exportHistory' | 'calls.clearHistory'> {
  const now = deps.now ?? (() => new Date());
  const matching = async (filter: HistoryFilter | undefined) => {
    const all = await deps.history.entries();
    return { all, matched: all.filter((entry) => matchesFilter(entry, filter)) };
  };

  return {
    'calls.history': async (input) => {
      const { all, matched } = await matching(input);
      return ok({ entries: input?.limit ? matched.slice(0, input.limit) : matched, total: all.length, matched: matched.length, ...historyFacets(all) });
    },

    // The same filter as the list's, so the file holds exactly the calls the screen shows.
    'calls.exportHistory': async (input) => {
      const { matched } = await matching(input);
      if (matched.length === 0) return fail(nothingToExport(input));
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

/** Why there is nothing to save, in the terms the operator narrowed the history by. */
function nothingToExport(filter: HistoryFilter | undefined): AppError {
  const { query, ...narrowing } = filter ?? {};
  if (Object.values(narrowing).some((value) => value !== undefined)) {
    return { kind: 'invalid-input', ...spoken({ key: 'calls.export.noMatch.message' }, { key: 'calls.export.noMatch.hint' }) };
  }
  if (query) return { kind: 'invalid-input', ...spoken({ key: 'calls.export.noSearchMatch.message', values: { query } }, { key: 'calls.export.noSearchMatch.hint' }) };
  return { kind: 'invalid-input', ...spoken({ key: 'calls.export.empty.message' }, { key: 'calls.export.empty.hint' }) };
}
