import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n } from '../../../renderer/src/i18n';
import { resetStores } from '../../../renderer/src/ui/resettable';

// How long findBy… and waitFor wait for a screen to get there. The library's 1 s is too short for
// a whole App rendered in happy-dom while two test files share two cores beside other work (seen
// failing under load); a screen that never gets there still fails, within the test's own timeout.
configure({ asyncUtilTimeout: 10_000 });

// happy-dom lacks these browser APIs, which the component library queries on mount.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Every case starts from the stores' initial state, whatever the case before it left behind.
beforeEach(() => resetStores());
// Every case reads the window in English, whatever language the case before it chose.
beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => cleanup());
