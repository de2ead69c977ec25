import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The value a figure shows: the newest, taken up in a timer of its own (figures' timers run in
 * their order on the screen), so a new report re-renders the screen's figures one task each.
 */
export function useOwnTurn<T>(value: T): T | undefined {
  const [shown, setShown] = useState<T>();
  useEffect(() => {
    // flushSync: the figure renders inside its own task, not in one render with every other figure's turn.
    const timer = setTimeout(() => flushSync(() => setShown(value)));
    return () => clearTimeout(timer);
  }, [value]);
  return shown;
}
