import type { AppError, Result } from '../../../../contract/result';
import { nextEntry, type CallList, type CallListEntry, type CallListImport, type CallListIndex, type Disposition } from '../../../../contract/schemas/contacts';
import { isCurrentAccount, scopeToAccount } from '../../ui/account-scope';
import { i18n } from '../../i18n';
import { bridge } from '../../ui/bridge';
import { startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';
import { showError, showSuccess } from '../../ui/toasts';
import { useDialer, type PlaceResult } from '../calls/store';
import { errorWords } from '../../i18n/said';

/** What the operator recorded for an entry, as the disposition form hands it over. */
export interface DispositionDraft {
  kind: Disposition;
  note: string;
  /** ISO time with its offset, with `call-back`. */
  callBackAt?: string;
}

/** A call from an entry that main held back as a repeat: the entry waits for the operator's answer in the Dialer's dialog. */
interface HeldCall {
  listId: string;
  entryId: string;
  digits: string;
}

interface CallListsState {
  /** The active profile's lists. */
  index: CallListIndex | undefined;
  indexLoading: boolean;
  indexError: AppError | undefined;
  /** Only the newest read may land: a slow one must not replace the index read after it. */
  indexRequest: Latest;
  /** The list being worked through. */
  open: CallList | undefined;
  openRequest: Latest;
  /** An entry the operator picked from the table; without one, the next entry still to work on. */
  pickedEntryId: string | undefined;
  /** The last import's report, shown until the next import or until dismissed. */
  lastImport: Extract<CallListImport, { chosen: true }> | undefined;
  importing: boolean;
  /** The phone (SIP account) that rings first for the list's calls. */
  phone: string;
  /** What became of the last call placed from the open list. */
  lastCall: PlaceResult | undefined;
  heldCall: HeldCall | undefined;
  exporting: boolean;
  load(): Promise<void>;
  openList(listId: string): Promise<void>;
  closeList(): void;
  /** Answers whether a list was imported (not when the dialog was cancelled or main refused the file). */
  importFile(options: { file?: { name: string; bytes: Uint8Array<ArrayBuffer> }; name?: string; defaultCountry?: string }): Promise<boolean>;
  dismissImport(): void;
  pickEntry(entryId: string): void;
  setPhone(account: string): void;
  /** Places the call to `entry` from the chosen phone the Dialer's way, and notes it on the entry. */
  call(entry: CallListEntry, profileId: string | undefined): Promise<void>;
  /** Records what came of the entry; the error is answered for the form to put under its field. */
  dispose(listId: string, entryId: string, draft: DispositionDraft): Promise<Result<CallList>>;
  skip(listId: string, entryId: string): Promise<void>;
  exportList(): Promise<void>;
  removeList(): Promise<void>;
}

/** The entry the screen offers to call: the one picked from the table, else the next one. */
export const currentEntry = (list: CallList, pickedEntryId: string | undefined): CallListEntry | undefined =>
  (pickedEntryId ? list.entries.find((entry) => entry.id === pickedEntryId) : undefined) ?? nextEntry(list);

export const useCallLists = resettableStore<CallListsState>()((set, get, store) => {
  /** A list main answered with replaces the open one, if it is still the one open. */
  const landed = (list: CallList) => {
    if (get().open?.id === list.id && isCurrentAccount(list.profileId)) set({ open: list });
  };
  /** The entry placed from is noted with the call's recording id, so the export can say how it ended. */
  const noteCall = async (held: HeldCall, recordingId: string) => {
    const answer = await bridge().contacts.entryCalled({ listId: held.listId, entryId: held.entryId, recordingId });
    if (answer.ok) landed(answer.value);
    else showError({ ...answer.error, message: i18n.t('contacts:lists.notNoted', { message: errorWords(answer.error).message }) });
  };

  // A repeat the Dialer's dialog confirmed lands in the Dialer's last result; only that one is this entry's call.
  useDialer.subscribe((dialer, before) => {
    const held = get().heldCall;
    if (!held) return;
    const result = dialer.lastResult;
    if (result && result !== before.lastResult) {
      set({ heldCall: undefined, lastCall: result });
      if (result.ok && result.call.callee === held.digits) void noteCall(held, result.call.recordingId);
    } else if (!dialer.repeat && !dialer.placing) {
      // The operator chose not to call again.
      set({ heldCall: undefined });
    }
  });

  return {
    index: undefined,
    indexLoading: false,
    indexError: undefined,
    indexRequest: undefined,
    open: undefined,
    openRequest: undefined,
    pickedEntryId: undefined,
    lastImport: undefined,
    importing: false,
    phone: '',
    lastCall: undefined,
    heldCall: undefined,
    exporting: false,

    load: async () => {
      const stillLatest = startLatest(store, 'indexRequest');
      set({ indexLoading: true });
      const answer = await bridge().contacts.callLists();
      if (!stillLatest()) return;
      if (!answer.ok) set({ indexLoading: false, indexError: answer.error });
      else if (isCurrentAccount(answer.value.profileId)) set({ indexLoading: false, index: answer.value, indexError: undefined });
      else set({ indexLoading: false });
    },

    openList: async (listId) => {
      const stillLatest = startLatest(store, 'openRequest');
      const answer = await bridge().contacts.callList({ listId });
      if (!stillLatest()) return;
      if (!answer.ok) return showError(answer.error);
      if (isCurrentAccount(answer.value.profileId)) set({ open: answer.value, pickedEntryId: undefined, lastCall: undefined });
    },

    closeList: () => {
      set({ open: undefined, openRequest: undefined, pickedEntryId: undefined, lastCall: undefined });
      // Progress made on the list shows in the index.
      void get().load();
    },

    importFile: async ({ file, name, defaultCountry }) => {
      set({ importing: true });
      const answer = await bridge().contacts.importCallList({ ...(file ? { file } : {}), ...(name?.trim() ? { name: name.trim() } : {}), ...(defaultCountry ? { defaultCountry } : {}) });
      set({ importing: false });
      if (!answer.ok) {
        showError(answer.error);
        return false;
      }
      if (!answer.value.chosen) return false;
      const { list, imported } = answer.value;
      // Imported under a profile that is no longer active: it belongs to that one, and is shown there.
      if (!isCurrentAccount(list.profileId)) 
        showSuccess(i18n.t('contacts:lists.importedElsewhere', { name: list.name }), i18n.t('contacts:lists.importedElsewhereBody', { count: imported }));
      else {
        set({ lastImport: answer.value });
        await get().load();
      }
      return true;
    },

    dismissImport: () => set({ lastImport: undefined }),

    pickEntry: (pickedEntryId) => set({ pickedEntryId, lastCall: undefined }),

    setPhone: (phone) => set({ phone }),

    call: async (entry, profileId) => {
      const list = get().open;
      if (!list) return;
      const held: HeldCall = { listId: list.id, entryId: entry.id, digits: entry.digits };
      set({ lastCall: undefined, heldCall: undefined });
      // The Dialer's own path: one call at a time, the repeat guard, the balance and history read again.
      const result = await useDialer.getState().place({ callee: `+${entry.digits}`, account: get().phone, ...(profileId ? { profileId } : {}) });
      if (!result) return;
      if (!result.ok && result.error.field === 'confirmRepeat') return set({ heldCall: held });
      set({ lastCall: result.ok ? { ok: true, call: result.value } : { ok: false, error: result.error } });
      if (result.ok) await noteCall(held, result.value.recordingId);
    },

    dispose: async (listId, entryId, draft) => {
      const answer = await bridge().contacts.disposeEntry({ listId, entryId, ...draft });
      if (answer.ok) {
        landed(answer.value);
        // The next entry follows, shown and waiting: never dialled by itself.
        set({ pickedEntryId: undefined, lastCall: undefined });
      }
      return answer;
    },

    skip: async (listId, entryId) => {
      const answer = await bridge().contacts.skipEntry({ listId, entryId });
      if (!answer.ok) return showError(answer.error);
      landed(answer.value);
      set({ pickedEntryId: undefined, lastCall: undefined });
    },

    exportList: async () => {
      const list = get().open;
      if (!list) return;
      set({ exporting: true });
      const answer = await bridge().contacts.exportCallList({ listId: list.id });
      set({ exporting: false });
      if (!answer.ok) showError(answer.error);
      else if (answer.value.saved) showSuccess(i18n.t('contacts:lists.saved'), i18n.t('contacts:lists.savedBody', { count: answer.value.count, name: list.name, path: answer.value.path }));
    },

    removeList: async () => {
      const list = get().open;
      if (!list) return;
      const answer = await bridge().contacts.removeCallList({ listId: list.id });
      if (!answer.ok) return showError(answer.error);
      set({ open: undefined, pickedEntryId: undefined, lastCall: undefined, ...(isCurrentAccount(answer.value.profileId) ? { index: answer.value } : {}) });
      showSuccess(i18n.t('contacts:lists.removed'), i18n.t('contacts:lists.removedBody', { name: list.name }));
    },
  };
});

// Every list belongs to the profile it was imported under; the chosen phone is that account's too.
scopeToAccount(useCallLists, ['index', 'indexLoading', 'indexError', 'indexRequest', 'open', 'openRequest', 'pickedEntryId', 'lastImport', 'phone', 'lastCall', 'heldCall']);
