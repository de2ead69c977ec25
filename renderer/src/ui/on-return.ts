import { useEffect, useRef } from 'react';

/** Focus and visibilitychange arrive together on a return; one check covers both. */
const QUIET_MS = 1_000;

/**
 * Calls `check` when the operator comes back to the window (it gains focus or becomes visible),
 * at most once a second: meanwhile the CLI or another window may have changed the shared data
 * (profiles, the active profile, the call history), and the shared files are cheap to read.
 */
export function useOnReturn(check: () => void): void {
  const latest = useRef(check);
  useEffect(() => {
    latest.current = check;
  }, [check]);

  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    const returned = () => {
      if (document.visibilityState === 'hidden' || Date.now() - last < QUIET_MS) return;
      last = Date.now();
      latest.current();
    };
    window.addEventListener('focus', returned);
    document.addEventListener('visibilitychange', returned);
    return () => {
      window.removeEventListener('focus', returned);
      document.removeEventListener('visibilitychange', returned);
    };
  }, []);
}
