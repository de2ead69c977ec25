import { realTimers, type Timers } from './timers';

/**
 * The longest the microphone stays granted once the studio asks for it: the studio stops its own
 * recording well before (five minutes), so this only ends a grant a crashed or stuck page left open.
 */
export const MICROPHONE_GRANT_MS = 10 * 60_000;

/** Whether our page may have the microphone now: only while the operator records a greeting. */
export interface MicrophoneGrant {
  isOpen(): boolean;
  /** Opens the grant (for at most `MICROPHONE_GRANT_MS`) or closes it. */
  set(recording: boolean): void;
}

export function createMicrophoneGrant(timers: Timers = realTimers, boundMs = MICROPHONE_GRANT_MS): MicrophoneGrant {
  let stopBound: (() => void) | undefined;
  const close = () => {
    stopBound?.();
    stopBound = undefined;
  };
  return {
    isOpen: () => stopBound !== undefined,
    set: (recording) => {
      close();
      if (recording) stopBound = timers.after(boundMs, async () => close());
    },
  };
}
