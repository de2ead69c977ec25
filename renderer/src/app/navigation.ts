import { create } from 'zustand';

export const SCREENS = [
  { id: 'dialer', label: 'Dialer', description: 'Place calls through a phone' },
  { id: 'phones', label: 'Phones', description: 'Provision SIP phones in batches' },
  { id: 'numbers', label: 'Numbers', description: 'Routing and voicemail greetings' },
  { id: 'trunks', label: 'Trunks', description: 'Call-center SIP trunks' },
  { id: 'profiles', label: 'Profiles', description: 'Accounts and credentials' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

/** Answers whether the shell may leave the current screen for `next`; false keeps it (the screen then asks the operator). */
export type LeaveGuard = (next: ScreenId) => boolean;

interface NavigationState {
  screen: ScreenId;
  go: (screen: ScreenId) => void;
  /** Set by a screen while it holds unsaved changes, cleared when they are saved or discarded. */
  leaveGuard: LeaveGuard | undefined;
  setLeaveGuard: (guard: LeaveGuard | undefined) => void;
}

export const useNavigation = create<NavigationState>()((set, get) => ({
  screen: 'dialer',
  go: (screen) => {
    const { screen: current, leaveGuard } = get();
    if (screen !== current && leaveGuard && !leaveGuard(screen)) return;
    set({ screen });
  },
  leaveGuard: undefined,
  setLeaveGuard: (leaveGuard) => set({ leaveGuard }),
}));
