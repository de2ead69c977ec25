import type { StoreApi } from 'zustand';
import type { AppError } from '../../../contract/result';
import { i18n } from '../i18n';
import { resettableStore } from './resettable';

/**
 * Which profile (ITNIO account) the renderer's per-account lists belong to. Every store that keeps
 * such a list names its fields with `scopeToAccount`; when another profile becomes active, from
 * this window, another one or the CLI, they are dropped before the new profile reaches any screen,
 * so no screen ever offers one account's phones, numbers or trunks under another.
 */
const useAccountScope = resettableStore<{ profileId: string | undefined; switches: number }>()(() => ({ profileId: undefined, switches: 0 }));

const drops = new Set<() => void>();
let recheck: () => void = () => undefined;

/**
 * Puts `fields` of `store` back to their initial values whenever the active profile changes;
 * `release` first lets go of what the store holds outside itself (blob: URLs, staged files).
 * `Latest` fields among them also drop the old account's answers still on their way.
 */
export function scopeToAccount<State>(store: StoreApi<State>, fields: readonly (keyof State)[], release?: () => void): void {
  drops.add(() => {
    release?.();
    const initial = store.getInitialState();
    store.setState(Object.fromEntries(fields.map((field) => [field, initial[field]])) as Partial<State>);
  });
}

const drafts = new Set<() => boolean>();

/**
 * Declares typed, unsaved work a store keeps across screens (so no screen's leave guard holds it)
 * that a switch of profile would drop with the store's per-account fields.
 */
export function keepsUnsavedDraft(unsaved: () => boolean): void {
  drafts.add(unsaved);
}

/** Whether a store keeps unsaved work that switching profile or closing the window would drop, whatever screen is shown. */
export const keptDraftsUnsaved = (): boolean => [...drafts].some((unsaved) => unsaved());

/** The profile main says is active; a change drops every per-account list at once. */
export function enterAccount(profileId: string): void {
  const current = useAccountScope.getState().profileId;
  if (current === profileId) return;
  // The first profile learnt drops nothing: whatever was read before was read under it.
  if (current === undefined) return useAccountScope.setState({ profileId });
  for (const drop of drops) drop();
  useAccountScope.setState(({ switches }) => ({ profileId, switches: switches + 1 }));
}

/**
 * Changes each time another profile becomes active (not when the first one is learnt): a key for
 * what a screen holds of the old account outside the stores (a form's values, an open editor).
 */
export const useAccountSwitches = (): number => useAccountScope((state) => state.switches);

/** The profile the per-account lists belong to; undefined until the profiles are read. */
export const currentAccount = (): string | undefined => useAccountScope.getState().profileId;

/** Who can tell which profile is active now (the profiles feature), for `recheckAccount`. */
export function onAccountInDoubt(check: () => void): void {
  recheck = check;
}

/** Something suggests the active profile changed elsewhere: ask main which one is active. */
export const recheckAccount = (): void => recheck();

/**
 * Whether an answer read under `profileId` may land in the lists. An answer read under another
 * profile than the one known means the active one changed elsewhere (another window, the CLI):
 * it is dropped, and the active profile is read again, which drops and re-reads the lists.
 */
export function isCurrentAccount(profileId: string): boolean {
  const current = currentAccount();
  if (current === undefined || current === profileId) return true;
  recheckAccount();
  return false;
}

/**
 * Main's refusal of a request whose phone, batch or list was picked under another profile than
 * the active one, in the operator's words; the lists are read again for the profile active now.
 * Undefined for any other error.
 */
export function accountChanged(error: AppError): AppError | undefined {
  if (error.kind !== 'invalid-input' || error.field !== 'profileId') return undefined;
  recheckAccount();
  return {
    kind: 'invalid-input',
    message: i18n.t('shell:accountChanged.message'),
    hint: i18n.t('shell:accountChanged.hint'),
  };
}
