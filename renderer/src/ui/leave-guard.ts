import { resettableStore } from './resettable';

/**
 * A screen's say on being left: true lets the shell go on; false keeps the screen (it then asks
 * the operator, and calls `leave` once they agree, after clearing its guard).
 */
type LeaveGuard = (leave: () => void) => boolean;

interface LeaveGuardState {
  /** Set by a screen while it holds unsaved changes, cleared when they are saved or discarded. */
  guard: LeaveGuard | undefined;
  setGuard: (guard: LeaveGuard | undefined) => void;
}

export const useLeaveGuard = resettableStore<LeaveGuardState>()((set) => ({
  guard: undefined,
  setGuard: (guard) => set({ guard }),
}));
