import { create } from 'zustand';

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
  go: (screen: ScreenId) => void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  screen: 'dialer',
  go: (screen) => set({ screen }),
}));
