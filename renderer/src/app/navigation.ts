import { useLeaveGuard } from '../ui/leave-guard';
import { resettableStore } from '../ui/resettable';

export const SCREENS = [
  { id: 'dialer', label: 'Dialer', description: 'Place calls through a phone' },
  { id: 'phones', label: 'Phones', description: 'Provision SIP phones in batches' },
  { id: 'numbers', label: 'Numbers', description: 'Routing and voicemail greetings' },
  { id: 'trunks', label: 'Trunks', description: 'Call-center SIP trunks' },
  { id: 'profiles', label: 'Profiles', description: 'Accounts and credentials' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

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
