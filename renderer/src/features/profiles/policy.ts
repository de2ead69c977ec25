import type { PolicyStatus } from '../../../../contract/schemas/policy';
import { bridge } from '../../ui/bridge';
import { resettableStore } from '../../ui/resettable';
import { showError } from '../../ui/toasts';

interface PolicyState {
  /** What the machine's policy fixes; read once, as main reads it once at start. */
  policy: PolicyStatus | undefined;
  load(): Promise<void>;
}

export const usePolicy = resettableStore<PolicyState>()((set, get) => ({
  policy: undefined,
  load: async () => {
    if (get().policy) return;
    const result = await bridge().app.policy();
    if (result.ok) set({ policy: result.value });
    else showError(result.error);
  },
}));
