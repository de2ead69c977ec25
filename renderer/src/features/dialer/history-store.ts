import { create } from 'zustand';
import type { HistoryList } from '../../../../contract/schemas/history';
import { showError, showSuccess } from '../../app/toasts';
import { bridge } from '../../bridge';

/** The newest matches shown; the search narrows further, the CSV export holds every match. */
export const HISTORY_SHOWN = 200;

interface CallHistoryState {
  query: string;
  list: HistoryList | undefined;
  search(query: string): Promise<void>;
  load(): Promise<void>;
  exportCsv(): Promise<void>;
  clear(): Promise<void>;
}

let latest = 0;

export const useCallHistory = create<CallHistoryState>()((set, get) => ({
  query: '',
  list: undefined,
  search: async (query) => {
    set({ query });
    await get().load();
  },
  load: async () => {
    const asked = ++latest;
    const query = get().query.trim();
    const result = await bridge().history.list({ ...(query ? { query } : {}), limit: HISTORY_SHOWN });
    // Typing fast sends several searches; only the newest answer is shown.
    if (asked !== latest) return;
    if (result.ok) set({ list: result.value });
    else showError(result.error);
  },
  exportCsv: async () => {
    const query = get().query.trim();
    const result = await bridge().history.export(query ? { query } : undefined);
    if (!result.ok) showError(result.error);
    else if (result.value.saved) showSuccess('Call history saved', `${result.value.count} call${result.value.count === 1 ? '' : 's'} saved to ${result.value.path}`);
  },
  clear: async () => {
    const result = await bridge().history.clear();
    if (!result.ok) return showError(result.error);
    showSuccess('Call history cleared', `${result.value.removed} call${result.value.removed === 1 ? '' : 's'} removed.`);
    await get().load();
  },
}));
