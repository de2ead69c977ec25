/**
 * The events main pushes to the renderer, as allow-listed and typed as the methods the renderer
 * calls (methods.ts), and zod-free for the same reason: the sandboxed preload imports it.
 */
import type { z } from 'zod';
import type { eventSchemas } from './schemas/events';

export const EVENTS = ['dialer.prefill', 'profiles.changed', 'navigate', 'updates.changed'] as const;

export type EventName = (typeof EVENTS)[number];
export type EventPayload<E extends EventName> = z.output<(typeof eventSchemas)[E]>;

const EVENT_CHANNEL_PREFIX = 'switchboard-event:';
export const eventChannelOf = (event: EventName): string => `${EVENT_CHANNEL_PREFIX}${event}`;

export type Unsubscribe = () => void;

/** `window.switchboard.events`: listen to one event; the answer stops listening. */
export interface EventBridge {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
}

export interface EventHub {
  /** Hands a payload main sent to the page's listeners of the event; unknown events are dropped. */
  deliver(event: string, payload: unknown): void;
  on(event: string, listener: (payload: unknown) => void): Unsubscribe;
}

/**
 * Where events wait for the page: one that arrives before the page listens (the link that started
 * the app) is kept, the latest of each event only, and handed to the first listener. Self-contained
 * like buildBridge, so the e2e harness and the preview can ship its source into a page.
 */
export function createEventHub(events: readonly string[]): EventHub {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const waiting = new Map<string, unknown>();
  return {
    deliver(event, payload) {
      if (!events.includes(event)) return;
      const current = listeners.get(event);
      if (current && current.size > 0) for (const listener of [...current]) listener(payload);
      else waiting.set(event, payload);
    },
    on(event, listener) {
      if (!events.includes(event)) throw new Error(`"${event}" is not an event of Switchboard`);
      let current = listeners.get(event);
      if (!current) listeners.set(event, (current = new Set()));
      current.add(listener);
      if (waiting.has(event)) {
        const payload = waiting.get(event);
        waiting.delete(event);
        listener(payload);
      }
      return () => void current.delete(listener);
    },
  };
}
