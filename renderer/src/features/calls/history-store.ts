import { notifications } from '@mantine/notifications';
import type { CheckOutcomesInput, OutcomeSweep } from '../../../../contract/schemas/call-history';
import type { HistoryEntry, HistoryList } from '../../../../contract/schemas/call-history';
import { EVERY_CALL, historyFilterOf, isFiltering, type HistoryFilterFields } from './history-filter';
import { i18n } from '../../i18n';
import { showError, showSuccess } from '../../ui/toasts';
import { bridge } from '../../ui/bridge';
import { startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';
import { refreshBalance } from '../account/store';

/** The newest matches shown; the filters narrow further, the CSV export holds every match. */
export const HISTORY_SHOWN = 200;

/** Bounds on main's `nextCheckInMs`, so a wrong answer can neither spin nor stall the checks. */
const MIN_WAIT_MS = 1_000;
const MAX_WAIT_MS = 10 * 60_000;

interface CallHistoryState {
  /** What the operator narrowed the history to, as the filter row holds it. */
  filters: HistoryFilterFields;
  list: HistoryList | undefined;
  /** Typing fast sends several searches; only the newest answer is shown. */
  listRequest: Latest;
  /** When the list was read (epoch ms): where each call stands with its record is judged as of then. */
  listReadAt: number;
  /** Main's last word on the outcomes still to come. */
  outcomes: OutcomeSweep | undefined;
  /** The Refresh outcomes button's check is running. */
  refreshingOutcomes: boolean;
  /** Entries whose outcome the operator asked for, while the answer is on its way. */
  checking: readonly string[];
  /** Changes some filters and reads the history again, unless one of them breaks its rule (it says so on its field). */
  filter(changes: Partial<HistoryFilterFields>): Promise<void>;
  /** The history as the filters show it. */
  load(): Promise<void>;
  /** Saves exactly the calls the filters show, written by main from the same filter. */
  exportCsv(): Promise<void>;
  clear(): Promise<void>;
  /** Lets main check the calls whose outcome is due, now and whenever it says the next is due, until stopped. */
  watchOutcomes(): Promise<void>;
  /** The history is off screen: no more checks until it is shown again (then the due ones go at once). */
  stopWatchingOutcomes(): void;
  /** Every call still without an outcome, now. */
  refreshOutcomes(): Promise<void>;
  /** One call's outcome, now. */
  checkOutcome(entry: HistoryEntry): Promise<void>;
}

let nextWatch: ReturnType<typeof setTimeout> | undefined;
/** The history is on screen, so checks are scheduled. */
let shown = false;
let watching = false;
/** A call was placed while a check was running: check again once it is done, so it is watched. */
let watchAgain = false;

export const useCallHistory = resettableStore<CallHistoryState>()((set, get, store) => {
  /**
   * Asks main to check outcomes. Main decides which calls are due and holds every request to one
   * budget; this side only keeps time, waking when main said the next check is due.
   */
  const sweep = async (input?: CheckOutcomesInput) => {
    const result = await bridge().calls.checkOutcomes(input);
    if (!result.ok) return result;
    set({ outcomes: result.value });
    if (result.value.filed > 0) {
      await get().load();
      // A filed record is a call ITNIO has finished billing.
      void refreshBalance();
    }
    return result;
  };

  const scheduleWatch = (waitMs: number | null) => {
    clearTimeout(nextWatch);
    nextWatch = waitMs === null || !shown ? undefined : setTimeout(() => void tick(), Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, waitMs)));
  };

  const tick = async (): Promise<void> => {
    // One check at a time from this window: the next is scheduled from its answer.
    if (watching) {
      watchAgain = true;
      return;
    }
    watching = true;
    clearTimeout(nextWatch);
    try {
      const result = await sweep();
      // A background failure is not announced: main rests and tries again, the rows stay as they are.
      scheduleWatch(result.ok ? result.value.nextCheckInMs : MAX_WAIT_MS);
    } finally {
      watching = false;
    }
    if (watchAgain) {
      watchAgain = false;
      await tick();
    }
  };

  return {
    filters: EVERY_CALL,
    list: undefined,
    listRequest: undefined,
    listReadAt: 0,
    outcomes: undefined,
    refreshingOutcomes: false,
    checking: [],
    filter: async (changes) => {
      set({ filters: { ...get().filters, ...changes } });
      await get().load();
    },
    load: async () => {
      const filter = historyFilterOf(get().filters);
      // A filter breaking its rule says so on its field; the rows of the last good one stay.
      if (!filter.ok) return;
      const stillLatest = startLatest(store, 'listRequest');
      const result = await bridge().calls.history({ ...filter.value, limit: HISTORY_SHOWN });
      if (!stillLatest()) return;
      if (result.ok) set({ list: result.value, listReadAt: Date.now() });
      else showError(result.error);
    },
    exportCsv: async () => {
      const filter = historyFilterOf(get().filters);
      if (!filter.ok) return;
      const result = await bridge().calls.exportHistory(isFiltering(get().filters) ? filter.value : undefined);
      if (!result.ok) showError(result.error);
      else if (result.value.saved) showSuccess(i18n.t('calls:history.saved'), i18n.t('calls:history.savedTo', { count: result.value.count, path: result.value.path }));
    },
    clear: async () => {
      const result = await bridge().calls.clearHistory();
      if (!result.ok) return showError(result.error);
      showSuccess(i18n.t('calls:history.cleared'), i18n.t('calls:history.removed', { count: result.value.removed }));
      await get().load();
    },
    watchOutcomes: () => {
      shown = true;
      return tick();
    },
    stopWatchingOutcomes: () => {
      shown = false;
      clearTimeout(nextWatch);
    },
    refreshOutcomes: async () => {
      set({ refreshingOutcomes: true });
      const result = await sweep({ all: true });
      set({ refreshingOutcomes: false });
      if (!result.ok) return showError(result.error);
      const { checked, filed, deferred, problem } = result.value;
      if (problem) showError(problem);
      else if (checked === 0 && deferred === 0) showSuccess(i18n.t('calls:history.upToDate'), i18n.t('calls:history.upToDateBody'));
      else {
        const said = i18n.t('calls:history.checkedBody', { count: checked, filed });
        showSuccess(i18n.t('calls:history.checked'), deferred > 0 ? `${said} ${i18n.t('calls:history.deferred', { deferred })}` : said);
      }
      scheduleWatch(result.value.nextCheckInMs);
    },
    checkOutcome: async (entry) => {
      set({ checking: [...get().checking, entry.id] });
      const result = await sweep({ ids: [entry.id] });
      set({ checking: get().checking.filter((id) => id !== entry.id) });
      if (!result.ok) return showError(result.error);
      const { filed, problem } = result.value;
      if (problem) showError(problem);
      else if (filed === 0) {
        notifications.show({ color: 'blue', title: i18n.t('calls:history.noOutcome'), message: i18n.t('calls:history.noOutcomeBody'), autoClose: 6000 });
      }
      scheduleWatch(result.value.nextCheckInMs);
    },
  };
});
