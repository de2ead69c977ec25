import type { AppError, Result } from '../../../../contract/result';
import type { ListedNumber, NumberList } from '../../../../contract/schemas/numbers';
import { type NumberEdited, type NumberEditPlan, type NumberEditPreviews, type RecentNumber } from '../../../../contract/schemas/numbers';
import { i18n } from '../../i18n';
import { isCurrentAccount, keepsUnsavedDraft, scopeToAccount } from '../../ui/account-scope';
import { bridge } from '../../ui/bridge';
import { showError, showSuccess } from '../../ui/toasts';
import { sendWatched, startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';
import { greetingSlice, type GreetingSlice } from './greeting-slice';
import { errorWords } from '../../i18n/said';

/** The form's fields as the operator types them (the hangup is '' until a number is typed). */
export interface NumberDraft {
  number: string;
  appId: string;
  outIp: string;
  inIp: string;
  inboundPrefix: string;
  remark: string;
  enableVoicemail: boolean;
  voicemailMaxHangup: number | string;
}

export const EMPTY_DRAFT: NumberDraft = {
  number: '',
  appId: '',
  outIp: '',
  inIp: '',
  inboundPrefix: '',
  remark: '',
  enableVoicemail: false,
  voicemailMaxHangup: '',
};

const DRAFT_FIELDS = Object.keys(EMPTY_DRAFT) as (keyof NumberDraft)[];

/** Same values field by field; the hangup compared as text, since the form may hold 60 or "60". */
const sameDraft = (a: NumberDraft, b: NumberDraft): boolean => DRAFT_FIELDS.every((field) => String(a[field]) === String(b[field]));

/**
 * The form filled with a number's current settings as ITNIO lists them. The app id is kept only
 * when the number is set up for another application than the profile's: an empty field would move
 * it to the profile's application on save.
 */
function draftFrom(number: ListedNumber, profileAppId: string | undefined): NumberDraft {
  return {
    number: number.number,
    appId: number.appId && number.appId !== profileAppId ? number.appId : '',
    outIp: number.outIp,
    inIp: number.inIp,
    inboundPrefix: number.inboundPrefix,
    remark: number.remark,
    enableVoicemail: number.enableVoicemail,
    voicemailMaxHangup: number.voicemailMaxHangup ?? '',
  };
}

/** NumberInput hands over text it cannot read as a number; NaN lets the contract name the rule. */
export const hangupSeconds = (value: number | string): number | '' => (typeof value === 'number' ? value : value.trim() === '' ? '' : Number.NaN);

/**
 * The form's draft as a plan for its one number: a field left empty is left out, as `numbers.edit`
 * leaves it out (ITNIO keeps it), so the preview shows no change for it.
 */
export function planOf(draft: NumberDraft, greetingId: string | undefined): NumberEditPlan {
  const text = (value: string) => (value.trim() === '' ? undefined : value);
  const hangup = hangupSeconds(draft.voicemailMaxHangup);
  const plan: NumberEditPlan = { numbers: [draft.number], enableVoicemail: draft.enableVoicemail };
  for (const field of ['outIp', 'inIp', 'inboundPrefix', 'remark'] as const) {
    const value = text(draft[field]);
    if (value !== undefined) plan[field] = value;
  }
  if (hangup !== '') plan.voicemailMaxHangup = hangup;
  if (greetingId !== undefined) plan.greetingId = greetingId;
  return plan;
}

/** A number the operator chose while the draft held unsaved changes: applied only once confirmed. */
interface PendingChoice {
  number: ListedNumber;
  draft: NumberDraft;
}

export interface NumbersState extends GreetingSlice {
  /** Outlives the screen, so a half-filled form survives a trip to another screen. */
  draft: NumberDraft;
  /** What the draft was last filled with or saved as; the draft differs from it when it has unsaved changes. */
  baseline: NumberDraft;
  /** Bumped when the draft is replaced from outside the form, which then starts afresh from it. */
  draftVersion: number;
  pendingChoice: PendingChoice | undefined;
  recent: RecentNumber[];
  /** The account's numbers as last read from ITNIO. */
  list: NumberList | undefined;
  listLoading: boolean;
  listError: AppError | undefined;
  /** Only the newest list read may land: a slow one must not replace the list read after it. */
  listRequest: Latest;
  /**
   * The save the form waits for. Let go of when the form goes before the answer (another profile
   * became active): the answer is then shown as a toast instead.
   */
  draftSave: Latest;
  /** The operator tried to leave, or to load another number, while the save was under way. */
  waitAsked: boolean;
  setDraft(draft: NumberDraft): void;
  loadRecent(): Promise<void>;
  loadList(): Promise<void>;
  /** Fills the form with a number's settings, or asks first (pendingChoice) when the draft has unsaved changes. */
  chooseNumber(number: ListedNumber, profileAppId: string | undefined): void;
  confirmChoice(): void;
  cancelChoice(): void;
  /** What saving `draft` would change on its number, against the number as main reads it now from ITNIO. */
  preview(draft: NumberDraft): Promise<Result<NumberEditPreviews>>;
  /**
   * Sends the draft once. Whatever becomes of the form meanwhile, the answer is shown (a success
   * always as a toast) and the list is read again to show what ITNIO holds. Answers the form with
   * the result, or with undefined once it let go of the save.
   */
  save(draft: NumberDraft): Promise<Result<NumberEdited> | undefined>;
  letGoOfSave(): void;
  setWaitAsked(asked: boolean): void;
  clear(): void;
}

/** Typed into the form and not saved: changed fields, or a greeting waiting to be sent. */
const hasUnsavedChanges = (state: Pick<NumbersState, 'draft' | 'baseline' | 'greeting'>): boolean => state.greeting !== undefined || !sameDraft(state.draft, state.baseline);

export const useNumbers = resettableStore<NumbersState>()((set, get, store) => {
  const replaceDraft = (draft: NumberDraft) => {
    get().removeGreeting();
    set(({ draftVersion }) => ({ draft, baseline: draft, draftVersion: draftVersion + 1, pendingChoice: undefined }));
  };

  return {
    ...greetingSlice(set, get, store),
    draft: EMPTY_DRAFT,
    baseline: EMPTY_DRAFT,
    draftVersion: 0,
    pendingChoice: undefined,
    recent: [],
    list: undefined,
    listLoading: false,
    listError: undefined,
    listRequest: undefined,
    draftSave: undefined,
    waitAsked: false,

    setDraft: (draft) => set({ draft }),

    loadList: async () => {
      const stillLatest = startLatest(store, 'listRequest');
      set({ listLoading: true });
      const result = await bridge().numbers.list();
      if (!stillLatest()) return;
      if (!result.ok) set({ listLoading: false, listError: result.error });
      else if (isCurrentAccount(result.value.profileId)) set({ list: result.value, listLoading: false, listError: undefined });
      else set({ listLoading: false });
    },

    chooseNumber: (number, profileAppId) => {
      const draft = draftFrom(number, profileAppId);
      // The draft on its way can be neither discarded nor taken back: the operator waits for its answer.
      if (get().draftSave) set({ waitAsked: true });
      else if (hasUnsavedChanges(get())) set({ pendingChoice: { number, draft } });
      else replaceDraft(draft);
    },

    confirmChoice: () => {
      const pending = get().pendingChoice;
      if (pending) replaceDraft(pending.draft);
    },

    cancelChoice: () => set({ pendingChoice: undefined }),

    loadRecent: async () => {
      const result = await bridge().numbers.recent();
      // The list is a shortcut only: without it the form still works, so a failure stays quiet.
      set({ recent: result.ok && isCurrentAccount(result.value.profileId) ? result.value.numbers : [] });
    },

    preview: (draft) => bridge().numbers.preview(planOf(draft, get().greeting?.staged.greetingId)),

    save: async (draft) => {
      const greeting = get().greeting;
      const { answer: result, watched: shownInForm } = await sendWatched(store, 'draftSave', () =>
        bridge().numbers.edit({ ...draft, voicemailMaxHangup: hangupSeconds(draft.voicemailMaxHangup), ...(greeting ? { greetingId: greeting.staged.greetingId } : {}) }),
      );
      if (shownInForm) set({ waitAsked: false });
      // The list shows each number's settings: read again in the background, even after a failure,
      // which may have been carried out (its answer lost on the way).
      void get().loadList();
      if (result.ok) {
        // Main sent the greeting and let go of it; the preview goes with it.
        if (greeting) get().greetingSent(greeting);
        // A form let go of holds another account's draft now, which this save did not touch.
        if (shownInForm) set({ baseline: draft });
        const { number, greetingFileName } = result.value;
        showSuccess(
          i18n.t('numbers:saved.title'),
          greetingFileName ? i18n.t('numbers:saved.withGreeting', { number, file: greetingFileName }) : i18n.t('numbers:saved.updated', { number }),
        );
        await get().loadRecent();
      } else if (!shownInForm) {
        showError({ ...result.error, message: i18n.t('numbers:saved.failed', { number: draft.number.trim(), message: errorWords(result.error).message }) });
      }
      return shownInForm ? result : undefined;
    },

    letGoOfSave: () => set({ draftSave: undefined, waitAsked: false }),

    setWaitAsked: (waitAsked) => set({ waitAsked }),

    clear: () => {
      get().removeGreeting();
      set({ draft: EMPTY_DRAFT, baseline: EMPTY_DRAFT });
    },
  };
});

/**
 * Every number here is the old account's, the draft's too: saved under the new one it would edit
 * that account's number. The greeting staged for it is let go of in main.
 */
scopeToAccount(
  useNumbers,
  ['draft', 'baseline', 'pendingChoice', 'greetingBusy', 'greetingError', 'greetingRequest', 'recent', 'list', 'listLoading', 'listError', 'listRequest'],
  () => useNumbers.getState().removeGreeting(),
);
// Kept while the operator visits other screens, the draft is lost only when the profile changes.
keepsUnsavedDraft(() => hasUnsavedChanges(useNumbers.getState()));
