import { createJSONStorage, persist } from 'zustand/middleware';
import type { AppError, Result } from '../../../../contract/result';
import { isDialCountry } from '../../../../contract/schemas/callee';
import type { PlaceCallInput, PlacedCall } from '../../../../contract/schemas/calls';
import type { PhoneDirectory } from '../../../../contract/schemas/phones';
import { showError } from '../../ui/toasts';
import { bridge } from '../../ui/bridge';
import { resettableStore } from '../../ui/resettable';
import { refreshBalance } from '../account/store';
import { useCallHistory } from './history-store';

/** What became of the last attempt to place a call: placed, or why not. */
export type PlaceResult = { ok: true; call: PlacedCall } | { ok: false; error: AppError };

interface DialerState {
  /** The country numbers written without a country code are read for ('' = none); remembered. */
  homeCountry: string;
  setHomeCountry(code: string): void;
  /** The active profile's phones, for the account picker. */
  phones: PhoneDirectory | undefined;
  phonesError: AppError | undefined;
  phonesLoading: boolean;
  loadPhones(refresh: boolean): Promise<void>;
  placing: boolean;
  /** The last attempt's result, shown until the next one. */
  lastResult: PlaceResult | undefined;
  /** A repeat call main held back, waiting for the operator's yes or no. */
  repeat: { input: PlaceCallInput; message: string } | undefined;
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
    (set, get) => ({
      homeCountry: localeCountry(),
      setHomeCountry: (homeCountry) => set({ homeCountry }),
      phones: undefined,
      phonesError: undefined,
      phonesLoading: false,
      loadPhones: async (refresh) => {
        set({ phonesLoading: true });
        const result = await bridge().phones.list({ refresh });
        set(result.ok ? { phones: result.value, phonesError: undefined, phonesLoading: false } : { phonesError: result.error, phonesLoading: false });
      },
      placing: false,
      lastResult: undefined,
      repeat: undefined,
      place: async (input) => {
        // One call at a time from this window; main holds every window and the CLI to the same.
        if (get().placing) return undefined;
        set({ placing: true, repeat: undefined });
        const result = await bridge().calls.place(input);
        if (!result.ok && result.error.field === 'confirmRepeat') {
          set({ placing: false, repeat: { input, message: result.error.message } });
        } else {
          set({ placing: false, lastResult: result.ok ? { ok: true, call: result.value } : { ok: false, error: result.error } });
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

/** A failure to read the phones is shown once as a toast, and stays next to the picker. */
export async function loadPhonesOrToast(refresh: boolean): Promise<void> {
  await useDialer.getState().loadPhones(refresh);
  const { phonesError } = useDialer.getState();
  if (phonesError) showError(phonesError);
}
