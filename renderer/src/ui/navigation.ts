import { useLeaveGuard } from './leave-guard';
import { resettableStore } from './resettable';

/**
 * The screens by id, so that a feature can send the operator to another one (the Phones screen's
 * setup card to the Profiles screen) without knowing the shell, which gives each its label and
 * component (app/navigation.ts, app/screens.tsx).
 */
export type ScreenId = 'dialer' | 'activity' | 'reports' | 'contacts' | 'lists' | 'phones' | 'numbers' | 'trunks' | 'changes' | 'profiles' | 'settings';

interface NavigationState {
  screen: ScreenId;
  /** Goes to `screen` unless the current one holds unsaved changes (its leave guard then asks first). */
  go: (screen: ScreenId) => void;
}

export const useNavigation = resettableStore<NavigationState>()((set, get) => ({
  screen: 'dialer',
  go: (screen) => {
    const { guard } = useLeaveGuard.getState();
    if (screen !== get().screen && guard && !guard(() => get().go(screen))) return;
    set({ screen });
  },
}));
