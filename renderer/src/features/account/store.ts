import type { AppError, Result } from '../../../../contract/result';
import { isLowBalance, type AccountBalance, type LowBalanceSetting, type SetLowBalanceInput } from '../../../../contract/schemas/account';
import { isCurrentAccount, scopeToAccount } from '../../ui/account-scope';
import { showError } from '../../ui/toasts';
import { bridge } from '../../ui/bridge';
import { startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';

interface AccountState {
  /** The active profile's last balance read (kept when a later read fails). */
  balance: AccountBalance | undefined;
  /** Why the last read failed, while it did. */
  error: AppError | undefined;
  loading: boolean;
  /** Only the newest read may land: a profile switch can overtake a slow read of the old profile. */
  balanceRequest: Latest;
  /** Reads the balance again; `announce` shows a failure as a toast (the operator asked for it). */
  load(options?: { announce?: boolean }): Promise<void>;
  setThreshold(threshold: SetLowBalanceInput['threshold']): Promise<Result<LowBalanceSetting>>;
}

export const useAccount = resettableStore<AccountState>()((set, get, store) => ({
  balance: undefined,
  error: undefined,
  loading: false,
  balanceRequest: undefined,
  load: async ({ announce = false } = {}) => {
    const stillLatest = startLatest(store, 'balanceRequest');
    set({ loading: true });
    const result = await bridge().account.balance();
    if (!stillLatest()) return;
    if (result.ok) set(isCurrentAccount(result.value.profileId) ? { balance: result.value, error: undefined, loading: false } : { loading: false });
    else {
      // The last balance read stays, shown with its time: a failed read says nothing about the money.
      set({ error: result.error, loading: false });
      if (announce) showError(result.error);
    }
  },
  setThreshold: async (threshold) => {
    const result = await bridge().account.setLowBalance({ threshold });
    const { balance } = get();
    if (result.ok && balance?.profileId === result.value.profileId) {
      const level = result.value.threshold;
      set({ balance: { ...balance, threshold: level, low: isLowBalance(balance.balance, level) } });
    }
    return result;
  },
}));

scopeToAccount(useAccount, ['balance', 'error', 'loading', 'balanceRequest']);

/**
 * Reads the active profile's balance again without a toast on failure (the header shows it as
 * unavailable). For other screens, e.g. the Dialer after placing a call.
 */
export const refreshBalance = (): Promise<void> => useAccount.getState().load();
