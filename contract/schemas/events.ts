/**
 * What main may push to the renderer unasked, one schema per event: main parses every payload
 * with these before it leaves, as the router parses every answer.
 */
import { z } from 'zod';
import type { EventName } from '../events';
import { updateStatus } from './app';
import { said } from './app-error';

/** Where a number to dial came from: a tel:/callto: link, a launch with `--dial`, the clipboard (by the global shortcut), the tray's last calls. */
export const DIAL_SOURCES = ['link', 'launch', 'clipboard', 'tray'] as const;

/**
 * A number to put in the Dialer, never dialled by itself: the operator presses Call. `number` is
 * as it was written (the Dialer reads it as if typed); `unreadable` is a link or text that held none.
 */
export const dialerPrefill = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), from: z.enum(DIAL_SOURCES), number: z.string().min(1).max(64) }),
  /** `problem` in English, and as keys for the window to say in its language. */
  z.object({ kind: z.literal('unreadable'), from: z.enum(DIAL_SOURCES), problem: z.string().min(1).max(200), say: said.optional() }),
]);

/** The active profile changed outside the window (the tray's Profile menu): the window reads the profiles again. */
export const profilesChanged = z.object({ activeId: z.string().min(1).max(64) });

/**
 * What a clicked notification is about, for the window to show: a call of the history (the Dialer,
 * its row), the balance in the header, a number of the Numbers screen (its row).
 */
export const navigateTo = z.discriminatedUnion('to', [
  z.object({ to: z.literal('call'), entryId: z.string().min(1).max(100) }),
  z.object({ to: z.literal('balance') }),
  z.object({ to: z.literal('number'), number: z.string().min(1).max(64) }),
]);
export type NavigateTo = z.output<typeof navigateTo>;

export const eventSchemas = {
  'dialer.prefill': dialerPrefill,
  'profiles.changed': profilesChanged,
  navigate: navigateTo,
  /** An update's progress (a check, the download) moved on; the Settings screen shows it as it goes. */
  'updates.changed': updateStatus,
} satisfies Record<EventName, z.ZodType>;
