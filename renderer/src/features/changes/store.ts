import type { AppError, Result } from '../../../../contract/result';
import type { ChangeEntry, ChangeKind, RevertPreview } from '../../../../contract/schemas/changes';
import { i18n } from '../../i18n';
import { bridge } from '../../ui/bridge';
import { startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';
import { showError, showSuccess } from '../../ui/toasts';
import { errorWords } from '../../i18n/said';

/** The journal's filters as the screen holds them; empty means any. */
export interface ChangeFilters {
  kind: ChangeKind | '';
  profileId: string;
  /** "YYYY-MM-DD", as the browser's date field gives it. */
  since: string;
  search: string;
}

export const NO_FILTERS: ChangeFilters = { kind: '', profileId: '', since: '', search: '' };

/** An entry the operator asked to put back, with what that would change now once main has read it from ITNIO. */
interface PutBack {
  entry: ChangeEntry;
  preview: RevertPreview | undefined;
  /** The preview could not be made: nothing is offered to send. */
  previewError: AppError | undefined;
  sending: boolean;
}

interface ChangesState {
  filters: ChangeFilters;
  /** Newest first, as main lists them; undefined until first read. */
  entries: ChangeEntry[] | undefined;
  loading: boolean;
  error: AppError | undefined;
  /** Only the newest read may land: a slow one must not replace the one filtered after it. */
  listRequest: Latest;
  putBack: PutBack | undefined;
  /** Only the preview of the entry asked last may land. */
  previewRequest: Latest;
  load(): Promise<void>;
  filter(filters: Partial<ChangeFilters>): Promise<void>;
  /** Opens the put back of `entry`: main reads its object from ITNIO and says what would change. */
  askPutBack(entry: ChangeEntry): Promise<void>;
  cancelPutBack(): void;
  /** Sends the previous values once, as a new change; the answer is a toast and a new journal entry. */
  confirmPutBack(): Promise<void>;
}

/** The journal is this computer's file: read whatever profile is active, never stale or offline. */
export const useChanges = resettableStore<ChangesState>()((set, get, store) => ({
  filters: NO_FILTERS,
  entries: undefined,
  loading: false,
  error: undefined,
  listRequest: undefined,
  putBack: undefined,
  previewRequest: undefined,

  load: async () => {
    const { kind, profileId, since, search } = get().filters;
    const stillLatest = startLatest(store, 'listRequest');
    set({ loading: true });
    const result = await bridge().changes.list({
      ...(kind ? { kind } : {}),
      ...(profileId ? { profileId } : {}),
      ...(since ? { since } : {}),
      ...(search.trim() ? { search: search.trim() } : {}),
    });
    if (!stillLatest()) return;
    set(result.ok ? { entries: result.value.entries, loading: false, error: undefined } : { loading: false, error: result.error });
  },

  filter: async (filters) => {
    set(({ filters: now }) => ({ filters: { ...now, ...filters } }));
    await get().load();
  },

  askPutBack: async (entry) => {
    const stillLatest = startLatest(store, 'previewRequest');
    set({ putBack: { entry, preview: undefined, previewError: undefined, sending: false } });
    const result = await bridge().changes.previewRevert({ id: entry.id });
    if (!stillLatest() || get().putBack?.entry !== entry) return;
    set({ putBack: { entry, preview: result.ok ? result.value : undefined, previewError: result.ok ? undefined : result.error, sending: false } });
  },

  cancelPutBack: () => set({ putBack: undefined, previewRequest: undefined }),

  confirmPutBack: async () => {
    const putBack = get().putBack;
    if (!putBack || putBack.sending) return;
    set({ putBack: { ...putBack, sending: true } });
    const result: Result<unknown> = await bridge().changes.revert({ id: putBack.entry.id });
    if (get().putBack?.entry === putBack.entry) set({ putBack: undefined });
    const { object } = putBack.entry;
    if (result.ok) showSuccess(i18n.t('changes:putBack.done'), i18n.t('changes:putBack.doneBody', { object }));
    else showError({ ...result.error, message: i18n.t('changes:putBack.failed', { object, message: errorWords(result.error).message }) });
    // The put back is a change of its own, journalled whatever came of it.
    await get().load();
  },
}));
