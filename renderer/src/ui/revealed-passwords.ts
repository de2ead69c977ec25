import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a revealed SIP password stays on screen before it is masked again. */
export const REVEAL_FOR_MS = 20_000;

export interface RevealedPasswords {
  /** The passwords on screen now, by account. */
  revealed: Readonly<Record<string, string>>;
  reveal(account: string, password: string): void;
  hide(account: string): void;
}

/**
 * SIP passwords revealed on one part of a screen (a list, a dialog). Each is masked again
 * `REVEAL_FOR_MS` after it was revealed, and all are as soon as the window is hidden (minimised,
 * another desktop); unmounting (leaving the screen, closing the dialog) forgets them.
 */
export function useRevealedPasswords(): RevealedPasswords {
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const hide = useCallback((account: string) => {
    clearTimeout(timers.current.get(account));
    timers.current.delete(account);
    setRevealed(({ [account]: _hidden, ...rest }) => rest);
  }, []);

  const reveal = useCallback(
    (account: string, password: string) => {
      clearTimeout(timers.current.get(account));
      timers.current.set(
        account,
        setTimeout(() => hide(account), REVEAL_FOR_MS),
      );
      setRevealed((current) => ({ ...current, [account]: password }));
    },
    [hide],
  );

  useEffect(() => {
    const pending = timers.current;
    const hideAll = () => {
      if (document.visibilityState !== 'hidden') return;
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      setRevealed({});
    };
    document.addEventListener('visibilitychange', hideAll);
    return () => {
      document.removeEventListener('visibilitychange', hideAll);
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, []);

  return { revealed, reveal, hide };
}
