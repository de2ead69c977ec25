/**
 * Main's side of the events it pushes to the renderer: each payload checked against its schema
 * before it leaves, and held until the window's page has loaded (an event sent earlier is lost).
 */
import type { EventName, EventPayload } from '../../contract/events';
import { eventSchemas } from '../../contract/schemas/events';
import type { Logger } from '../platform/log';

/** Puts a checked event on its way to the page (`webContents.send` on the event's channel, in the app). */
export type EventSend = (event: EventName, payload: unknown) => void;

export interface RendererEvents {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Sends from now on through `send` (the loaded window's), the latest held event of each kind first. */
  attach(send: EventSend): void;
  /** Holds events again: the page is gone or loading anew. */
  detach(): void;
}

export function createRendererEvents(log: Logger): RendererEvents {
  let send: EventSend | undefined;
  const held = new Map<EventName, unknown>();
  return {
    emit(event, payload) {
      const checked = eventSchemas[event].safeParse(payload);
      if (!checked.success) {
        log.error('event not sent: its payload breaks the contract', { name: event });
        return;
      }
      if (send) send(event, checked.data);
      else held.set(event, checked.data);
    },
    attach(to) {
      send = to;
      for (const [event, payload] of held) to(event, payload);
      held.clear();
    },
    detach() {
      send = undefined;
    },
  };
}
