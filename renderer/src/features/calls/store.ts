import { createJSONStorage, persist } from 'zustand/middleware';
import type { AppError, Result } from '../../../../contract/result';
import { isDialCountry } from '../../../../contract/schemas/phone-number';
import type { PlaceCallInput, PlacedCall } from '../../../../contract/schemas/calls';
import { accountChanged, scopeToAccount } from '../../ui/account-scope';
import { bridge } from '../../ui/bridge';
import { startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';
import { refreshBalance } from '../account/store';
import { useCallHistory } from './history-store';

/** What became of the last attempt to place a call: placed, or why not. */
export type PlaceResult = { ok: true; call: PlacedCall } | { ok: false; error: AppError };

interface DialerState {
  /** The country numbers written without a country code are read for ('' = none); remembered. */
  homeCountry: string;
  setHomeCountry(code: string): void;
  placing: boolean;
  /** The last attempt's result, shown until the next one (or another profile becomes active). */
  lastResult: PlaceResult | undefined;
  /** The call on its way; let go of when another profile becomes active, so its result is not shown under that one. */
  placeRequest: Latest;
  /** A repeat call main held back, waiting for the operator's yes or no. */
  repeat: { input: PlaceCallInput; error: AppError } | undefined;
  /** Places a call; a refused repeat opens the confirmation instead of failing. */
  place(input: PlaceCallInput): Promise<Result<PlacedCall> | undefined>;
  confirmRepeat(): Promise<Result<PlacedCall> | undefined>;
  cancelRepeat(): void;
}

/** The region of the interface language (en-GB → GB), the likeliest place local numbers are from. */
function localeCountry(): string {
  try {
    const region = new Intl.Locale(navigator.language).maximize().region ?? '';
    return isDialCountry(region) ? region : '';
  } catch {
    return '';
  }
}

export const useDialer = resettableStore<DialerState>()(
  persist(
    (set, get, store) => ({
      homeCountry: localeCountry(),
      setHomeCountry: (homeCountry) => set({ homeCountry }),
      placing: false,
      lastResult: undefined,
      placeRequest: undefined,
      repeat: undefined,
      place: async (input) => {
        // One call at a time from this window; main holds every window and the CLI to the same.
        if (get().placing) return undefined;
        const stillLatest = startLatest(store, 'placeRequest');
        set({ placing: true, repeat: undefined });
        const answer = await bridge().calls.place(input);
        const result: typeof answer = answer.ok ? answer : { ok: false, error: accountChanged(answer.error) ?? answer.error };
        if (!stillLatest()) set({ placing: false });
        else if (!result.ok && result.error.field === 'confirmRepeat') {
          set({ placing: false, repeat: { input, error: result.error } });
        } else {
          set({ placing: false, lastResult: result.ok ? { ok: true, call: result.value } : { ok: false, error: result.error } });
        }
        if (result.ok || result.error.field !== 'confirmRepeat') {
          const history = useCallHistory.getState();
          void history.load();
          // Anything but a refusal by main reached ITNIO, which may have charged for it.
          if (result.ok || result.error.kind !== 'invalid-input') void refreshBalance();
          if (result.ok) void history.watchOutcomes();
        }
        return result;
      },
      confirmRepeat: async () => {
        const pending = get().repeat;
        if (!pending) return undefined;
        return get().place({ ...pending.input, confirmRepeat: true });
      },
      cancelRepeat: () => set({ repeat: undefined }),
    }),
    {
      name: 'switchboard.dialer',
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ homeCountry: state.homeCountry }),
    },
  ),
);

// The last result and a held-back repeat name the old account's phone.
scopeToAccount(useDialer, ['lastResult', 'placeRequest', 'repeat']);
