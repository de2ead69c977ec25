import { useEffect } from 'react';
import { useNavigation } from './navigation';

/**
 * While a screen holds unsaved changes (it has set a leave guard), closing or reloading the window
 * is held back: Chromium then asks in a browser, and Electron asks main, which shows a dialog.
 */
export function useHoldCloseWhileUnsaved(): void {
  useEffect(() => {
    const holdIfUnsaved = (event: BeforeUnloadEvent) => {
      if (useNavigation.getState().leaveGuard) event.preventDefault();
    };
    window.addEventListener('beforeunload', holdIfUnsaved);
    return () => window.removeEventListener('beforeunload', holdIfUnsaved);
  }, []);
}
