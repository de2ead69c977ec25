import type { Bridge, MethodName } from '../../../contract/methods';
import { observeCall } from './connection';

declare global {
  interface Window {
    /** Exposed by the preload (or the test harness); the renderer's only way out. */
    switchboard: Bridge;
  }
}

type Verbs = Record<string, (input?: unknown) => Promise<never>>;

/**
 * `window.switchboard`, with every call watched for what it tells about the connection to ITNIO
 * (ui/connection.ts); main's events as they are. The method is looked up when called, so a bridge replaced later (a test's
 * fake) is the one used.
 */
const observed = new Proxy({} as Bridge, {
  get: (_bridge, feature: string) =>
    feature === 'events' ? window.switchboard.events : new Proxy({} as Verbs, {
      get: (_verbs, verb: string) => (input?: unknown) =>
        observeCall(`${feature}.${verb}` as MethodName, () => (window.switchboard as unknown as Record<string, Verbs>)[feature]![verb]!(input)),
    }),
});

export const bridge = (): Bridge => observed;
