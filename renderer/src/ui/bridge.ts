import type { Bridge } from '../../../contract/methods';

declare global {
  interface Window {
    /** Exposed by the preload (or the test harness); the renderer's only way out. */
    switchboard: Bridge;
  }
}

export const bridge = (): Bridge => window.switchboard;
