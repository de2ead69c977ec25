/**
 * What main may push to the renderer unasked, one schema per event: main parses every payload
 * with these before it leaves, as the router parses every answer.
 */
import { z } from 'zod';
import type { EventName } from '../events';

/** Where a number to dial came from: a tel:/callto: link, a launch with `--dial`, the clipboard (by the global shortcut). */
export const DIAL_SOURCES = ['link', 'launch', 'clipboard'] as const;

/**
 * A number to put in the Dialer, never dialled by itself: the operator presses Call. `number` is
 * as it was written (the Dialer reads it as if typed); `unreadable` is a link or text that held none.
 */
export const dialerPrefill = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), from: z.enum(DIAL_SOURCES), number: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('unreadable'), from: z.enum(DIAL_SOURCES), problem: z.string().min(1).max(200) }),
]);

export const eventSchemas = {
  'dialer.prefill': dialerPrefill,
} satisfies Record<EventName, z.ZodType>;
