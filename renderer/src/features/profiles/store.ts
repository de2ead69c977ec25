import type { Unsubscribe } from '../../../../contract/events';
import type { Result } from '../../../../contract/result';
import type { ConnectionReport, ProfileList, ProfileSummary, SaveProfileInput, TestUnsavedInput, UnsavedConnectionReport } from '../../../../contract/schemas/profiles';
import { enterAccount, onAccountInDoubt } from '../../ui/account-scope';
import { bridge } from '../../ui/bridge';
import { resettableStore } from '../../ui/resettable';
import { showError } from '../../ui/toasts';

interface ProfilesState {
  list: ProfileList | undefined;
  /** The last connection test per profile id. */
  reports: Record<string, Result<ConnectionReport>>;
  testing: string | undefined;
  load(): Promise<void>;
  save(input: SaveProfileInput): Promise<Result<ProfileSummary>>;
  remove(id: string): Promise<boolean>;
  use(id: string): Promise<boolean>;
  test(id: string): Promise<Result<ConnectionReport>>;
  /** Tests an address and credentials not saved yet; main keeps nothing of them. */
  testUnsaved(input: TestUnsavedInput): Promise<Result<UnsavedConnectionReport>>;
}

/** Applies a list answer, or shows its error; true when the list changed. */
function applyList(set: (state: Partial<ProfilesState>) => void, result: Result<ProfileList>): boolean {
  if (!result.ok) {
    showError(result.error);
    return false;
  }
  // The old account's lists go before any screen learns of the new active profile.
  enterAccount(result.value.activeId);
  set({ list: result.value });
  return true;
}

export const useProfiles = resettableStore<ProfilesState>()((set, get) => ({
  list: undefined,
  reports: {},
  testing: undefined,
  load: async () => {
    applyList(set, await bridge().profiles.list());
  },
  save: async (input) => {
    const result = await bridge().profiles.save(input);
    if (result.ok) await get().load();
    return result;
  },
  remove: async (id) => applyList(set, await bridge().profiles.remove({ id })),
  use: async (id) => applyList(set, await bridge().profiles.use({ id })),
  test: async (id) => {
    set({ testing: id });
    const result = await bridge().profiles.test({ id });
    set((state) => ({ testing: undefined, reports: { ...state.reports, [id]: result } }));
    return result;
  },
  testUnsaved: (input) => bridge().profiles.testUnsaved(input),
}));

export const activeProfile = (list: ProfileList | undefined): ProfileSummary | undefined =>
  list?.profiles.find((profile) => profile.id === list.activeId);

// Main is the judge of which profile is active: another window or the CLI may have changed it.
onAccountInDoubt(() => void useProfiles.getState().load());

/** The tray's Profile menu switched the account outside the window: its profiles are read again, and its lists follow. */
export const listenForProfileChanges = (): Unsubscribe => bridge().events.on('profiles.changed', () => void useProfiles.getState().load());
