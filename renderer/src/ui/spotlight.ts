import { useEffect, type RefObject } from 'react';
import type { Unsubscribe } from '../../../contract/events';
import type { NavigateTo } from '../../../contract/schemas/events';
import { bridge } from './bridge';
import { useNavigation, type ScreenId } from './navigation';
import { resettableStore } from './resettable';

interface SpotlightState {
  /** What a clicked notice was about: its row (or the balance) is marked until the next one. */
  target: NavigateTo | undefined;
  /** The target still has to take the focus: once, so coming back to its screen later does not move it. */
  focusPending: boolean;
  focused: () => void;
}

export const useSpotlight = resettableStore<SpotlightState>()((set) => ({
  target: undefined,
  focusPending: false,
  focused: () => set({ focusPending: false }),
}));

/** The screen each target is on; the balance is in the header of every screen. */
const SCREEN_OF: Record<NavigateTo['to'], ScreenId | undefined> = { call: 'dialer', number: 'numbers', balance: undefined };

/** Main's `navigate` events (a clicked notice): its screen comes forward with what it is about in the spotlight. */
export function listenForNavigation(): Unsubscribe {
  return bridge().events.on('navigate', (target) => {
    const screen = SCREEN_OF[target.to];
    if (screen) useNavigation.getState().go(screen);
    useSpotlight.setState({ target, focusPending: true });
  });
}

/**
 * Whether the spotlight is on what `matches` picks; the element of `ref` scrolls into view and
 * takes the focus when it comes into it (at once, or once it is on screen).
 */
export function useSpotlit(ref: RefObject<HTMLElement | null>, matches: (target: NavigateTo) => boolean): boolean {
  const lit = useSpotlight((state) => state.target !== undefined && matches(state.target));
  const focusPending = useSpotlight((state) => state.focusPending);
  useEffect(() => {
    const element = ref.current;
    if (!lit || !focusPending || !element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
    useSpotlight.getState().focused();
  }, [ref, lit, focusPending]);
  return lit;
}

/** How a row in the spotlight looks: outlined, beside its own marks (expiring, editing). */
export const SPOTLIT_ROW = { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: -2 } as const;
