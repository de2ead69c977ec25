import { useEffect, useRef } from 'react';
import { resettableStore } from './resettable';

/**
 * A screen's say on being left: true lets the shell go on; false keeps the screen (it then asks
 * the operator, and calls `leave` once they agree, after clearing its guard).
 */
type LeaveGuard = (leave: () => void) => boolean;

interface LeaveGuardState {
  /**
   * Set while the screen holds something leaving would lose or hide: unsaved changes, or a write
   * on its way to ITNIO whose answer it waits for. Cleared when that is over.
   */
  guard: LeaveGuard | undefined;
  setGuard: (guard: LeaveGuard | undefined) => void;
}

export const useLeaveGuard = resettableStore<LeaveGuardState>()((set) => ({
  guard: undefined,
  setGuard: (guard) => set({ guard }),
}));

/**
 * Whether some part of the screen holds unsaved changes or waits for a write's answer: what
 * leaving it, closing the window or switching profile would lose or hide.
 */
export const holdsUnsavedWork = (): boolean => useLeaveGuard.getState().guard !== undefined;

type Ask = (leave: () => void) => void;

/**
 * The parts of the screen holding it now, latest first: a form and a dialog of one screen may
 * each wait for a write, and the one that ends first must not let the other's go unguarded.
 */
const holders: Ask[] = [];

function publishGuard(): void {
  const ask = holders[0];
  useLeaveGuard.getState().setGuard(
    ask &&
      ((leave) => {
        ask(() => {
          // The holders' effects are cleaned up only after the next render; the way out must be open now.
          holders.length = 0;
          publishGuard();
          leave();
        });
        return false;
      }),
  );
}

/**
 * Holds the screen while `holding`: leaving it calls `ask` instead, which tells the operator why
 * and, when they may leave anyway, calls `leave` once they agree.
 */
export function useHoldScreen(holding: boolean, ask: Ask): void {
  const latestAsk = useRef(ask);
  useEffect(() => {
    latestAsk.current = ask;
  });
  useEffect(() => {
    if (!holding) return;
    const holder: Ask = (leave) => latestAsk.current(leave);
    holders.unshift(holder);
    publishGuard();
    return () => {
      const at = holders.indexOf(holder);
      if (at >= 0) holders.splice(at, 1);
      publishGuard();
    };
  }, [holding]);
}
