/**
 * The tray (menu-bar) icon's menu, as plain data: show or hide the window, the last calls (each
 * opens the Dialer with its number filled in, never dialling), the profile in use, and quit.
 */
import type { HistoryEntry } from '../../contract/schemas/call-history';
import type { ProfileList } from '../../contract/schemas/profiles';
import { neutralise } from '../../contract/text';
import { inEnglish } from '../platform/messages';
import type { Say } from '../platform/speech';
import type { MenuEntry } from './menu-templates';

/** How many of the newest calls the tray offers again. */
export const TRAY_RECENT_CALLS = 5;

export interface TrayState {
  windowVisible: boolean;
  /** Newest first; the tray shows the first few numbers, each once. */
  recentCalls: readonly Pick<HistoryEntry, 'callee' | 'at'>[];
  profiles: ProfileList | undefined;
}

export interface TrayActions {
  toggleWindow(): void;
  /** Opens the Dialer with this number (the vendor's digits) filled in. */
  dial(callee: string): void;
  useProfile(id: string): void;
  quit(): void;
}

/** The menu, its words said in the window's language (`say`; English unless said). */
export function trayMenuTemplate(state: TrayState, actions: TrayActions, timeOf: (iso: string) => string, say: Say = inEnglish): MenuEntry[] {
  const seen = new Set<string>();
  const recent = state.recentCalls.filter((call) => !seen.has(call.callee) && Boolean(seen.add(call.callee))).slice(0, TRAY_RECENT_CALLS);
  const profiles = state.profiles?.profiles ?? [];
  return [
    { label: say({ key: state.windowVisible ? 'desktop.tray.hide' : 'desktop.tray.show' }), click: actions.toggleWindow },
    { type: 'separator' },
    {
      label: say({ key: 'desktop.tray.recentCalls' }),
      enabled: recent.length > 0,
      submenu: recent.map((call) => ({ label: `+${neutralise(call.callee)} · ${timeOf(call.at)}`, click: () => actions.dial(call.callee) })),
    },
    {
      label: say({ key: 'desktop.tray.profile' }),
      enabled: profiles.length > 1,
      submenu: profiles.map((profile) => ({ label: neutralise(profile.name), type: 'radio' as const, checked: profile.id === state.profiles?.activeId, click: () => actions.useProfile(profile.id) })),
    },
    { type: 'separator' },
    { label: say({ key: 'desktop.tray.quit' }), click: actions.quit },
  ];
}
