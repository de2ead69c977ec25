import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../../../contract/languages';
import { updateChecks } from '../../../contract/schemas/app';
import { JsonStore } from './json-store';

export const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

export const settingsSchema = z.object({
  version: z.literal(1),
  window: windowBoundsSchema.optional(),
  /** The global shortcut that puts the number on the clipboard in the Dialer (Electron's accelerator); off when absent. */
  dialShortcut: z.string().max(60).optional(),
  /** Closing the window hides it and Switchboard stays in the tray, when the operator chose so. */
  keepInTray: z.boolean().optional(),
  /** The window's language as the operator chose it; the system's when absent. */
  language: z.enum(LANGUAGE_CHOICES).optional(),
  /** The kinds of system notification the operator turned off (or on again); every kind is on when absent. */
  notices: z.object({ callOutcome: z.boolean().optional(), lowBalance: z.boolean().optional(), numberExpiring: z.boolean().optional() }).optional(),
  /** How often the app looks for an update (daily when absent), and when it last did. */
  updates: z.object({ checks: updateChecks.optional(), lastCheckedAt: z.string().datetime().optional() }).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export function openSettings(dataDir: string): JsonStore<typeof settingsSchema> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return new JsonStore(join(dataDir, 'settings.json'), settingsSchema, () => ({ version: 1 }));
}
