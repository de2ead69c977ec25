import { useEffect } from 'react';
import { keptDraftsUnsaved } from '../ui/account-scope';
import { holdsUnsavedWork } from '../ui/leave-guard';

/**
 * While a screen holds unsaved changes or waits for a write's answer (it has set a leave guard),
 * or a store keeps a draft typed on another screen, closing or reloading the window is held back: Chromium then asks in a browser, and Electron asks
 * main, which shows a dialog.
 */
export function useHoldCloseWhileUnsaved(): void {
  useEffect(() => {
    const holdIfUnsaved = (event: BeforeUnloadEvent) => {
      if (holdsUnsavedWork() || keptDraftsUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', holdIfUnsaved);
    return () => window.removeEventListener('beforeunload', holdIfUnsaved);
  }, []);
}
