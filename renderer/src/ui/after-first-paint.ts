import { useDeferredValue } from 'react';

/**
 * False in a component's first render, true in a render React schedules right after it, at low
 * priority and in slices the browser can paint between. For what the operator needs only after
 * the screen is up (a history, a dialog that opens later): the screen's own controls paint and
 * take input first.
 */
export function useAfterFirstPaint(): boolean {
  return useDeferredValue(true, false);
}
