import type { AppError, Result } from '../../../../contract/result';
import type { TrunkPage, TrunkRecord, TrunkSort, TrunkType, UpdatedTrunk, UpdateTrunkInput } from '../../../../contract/schemas/trunks';
import { currentAccount, isCurrentAccount, scopeToAccount } from '../../ui/account-scope';
import { showError, showSuccess } from '../../ui/toasts';
import { bridge } from '../../ui/bridge';
import { i18n } from '../../i18n';
import { sendWatched, startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';
import { errorWords } from '../../i18n/said';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
/** A page size, or every page at once (for sorting the whole list and before an export). */
export type PageSize = (typeof PAGE_SIZES)[number] | 'all';

interface TrunksState {
  type: TrunkType | undefined;
  /** The name filter as sent (the screen debounces typing before it lands here). */
  name: string;
  current: number;
  size: PageSize;
  sort: TrunkSort | undefined;
  page: TrunkPage | undefined;
  loading: boolean;
  error: AppError | undefined;
  /** Only the newest answer may land: a slow page must not overwrite the one typed after it. */
  pageRequest: Latest;
  exporting: boolean;
  /**
   * The save the open editor waits for. Let go of when the editor closes before the answer (another
   * profile became active): the answer is then shown as a toast instead.
   */
  editorSave: Latest;
  load(): Promise<void>;
  setFilter(filter: { type?: TrunkType | undefined; name?: string }): void;
  setCurrent(current: number): void;
  setSize(size: PageSize): void;
  /** Ascending, then descending, then the vendor's order. */
  toggleSort(by: TrunkSort['by']): void;
  /** A saved trunk as read back by main, in place of its old row. */
  replaceRow(record: TrunkRecord): void;
  /**
   * Sends `input` once for `record`. Whatever becomes of the editor meanwhile, the answer is shown
   * (a success always as a toast) and the list is read again to show what ITNIO holds. Answers
   * the editor with the result, or with undefined once it let go of the save.
   */
  save(record: TrunkRecord, input: UpdateTrunkInput): Promise<Result<UpdatedTrunk> | undefined>;
  letGoOfSave(): void;
  exportCsv(): Promise<void>;
}

export const useTrunks = resettableStore<TrunksState>()((set, get, store) => ({
  type: undefined,
  name: '',
  current: 1,
  size: 20,
  sort: undefined,
  page: undefined,
  loading: false,
  error: undefined,
  pageRequest: undefined,
  exporting: false,
  editorSave: undefined,
  load: async () => {
    const { type, name, current, size } = get();
    const stillLatest = startLatest(store, 'pageRequest');
    set({ loading: true });
    const result = await bridge().trunks.list({
      ...(type ? { type } : {}),
      ...(name.trim() ? { sipTrunkName: name.trim() } : {}),
      ...(size === 'all' ? { all: true } : { current, size }),
    });
    if (!stillLatest()) return;
    if (!result.ok) set({ loading: false, error: result.error });
    else if (isCurrentAccount(result.value.profileId)) set({ page: result.value, loading: false, error: undefined });
    else set({ loading: false });
  },
  setFilter: (filter) => {
    set({ ...filter, current: 1 });
    void get().load();
  },
  setCurrent: (current) => {
    set({ current });
    void get().load();
  },
  setSize: (size) => {
    set({ size, current: 1 });
    void get().load();
  },
  toggleSort: (by) => {
    const sort = get().sort;
    if (sort?.by !== by) set({ sort: { by, direction: 'asc' } });
    else if (sort.direction === 'asc') set({ sort: { by, direction: 'desc' } });
    else set({ sort: undefined });
  },
  replaceRow: (record) =>
    set(({ page }) => (page ? { page: { ...page, records: page.records.map((row) => (row.keyId === record.keyId ? record : row)) } } : {})),
  save: async (record, input) => {
    const account = currentAccount();
    const { answer: result, watched: shownInEditor } = await sendWatched(store, 'editorSave', () => bridge().trunks.update(input));
    if (result.ok) {
      const saved = result.value.record;
      // Under another profile the list holds that account's trunks, whose ids may match.
      if (saved && currentAccount() === account) get().replaceRow(saved);
      showSuccess(i18n.t('trunks:toast.saved'), i18n.t('trunks:toast.savedBody', { name: saved?.sipTrunkName ?? input.sipTrunkName }));
    } else if (!shownInEditor) {
      showError({ ...result.error, message: i18n.t('trunks:toast.saveFailed', { name: record.sipTrunkName, message: errorWords(result.error).message }) });
    }
    // Even a failed save may have been carried out (its answer lost on the way).
    void get().load();
    return shownInEditor ? result : undefined;
  },
  letGoOfSave: () => set({ editorSave: undefined }),
  exportCsv: async () => {
    const { type, name, sort } = get();
    set({ exporting: true });
    const result = await bridge().trunks.exportCsv({ ...(type ? { type } : {}), ...(name.trim() ? { sipTrunkName: name.trim() } : {}), ...(sort ? { sort } : {}) });
    set({ exporting: false });
    if (!result.ok) showError(result.error);
    else if (result.value.saved) showSuccess(i18n.t('trunks:toast.exported'), i18n.t('trunks:toast.exportedBody', { rows: result.value.rows, path: result.value.path }));
  },
}));

// The filters are the operator's way of looking and stay; the page read and its place in it go.
scopeToAccount(useTrunks, ['current', 'page', 'loading', 'error', 'pageRequest']);
