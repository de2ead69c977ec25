import { Menu, nativeImage, Tray, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Say } from '../platform/speech';
import { trayMenuTemplate, type TrayActions, type TrayState } from './tray-menu';

/** A 32×32 teal disc with a handset: drawn small enough to ship inline, scaled by the system. */
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAZ0lEQVR42u3XwQkAIAwDwH7d1HlcWBdQaWugQVLwKbmHYGqmCUwbfXpOWTAckg2GQFDhKQQ6PITYXfQOBFEKOF1CAq6IUkDkMb0CtggBBBBAgHKA/gL1AZpKRlFKKWo5xWJCs5p9PQsUuiojiVDsqwAAAABJRU5ErkJggg==';

export interface TrayDeps {
  window(): BrowserWindow | undefined;
  showWindow(): void;
  /** The last calls and the profiles, read through main's services as the window reads them. */
  read(): Promise<Omit<TrayState, 'windowVisible'>>;
  dial: TrayActions['dial'];
  useProfile(id: string): Promise<void>;
  quit(): void;
  /** Says the tray's words in the window's language of the moment. */
  say: Say;
}

/** Electron's side of tray-menu.ts: the icon, and its menu rebuilt whenever what it shows (or its language) may have changed. */
export function installTray(deps: TrayDeps): { refresh(): Promise<void> } {
  const tray = new Tray(nativeImage.createFromDataURL(ICON));
  const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const refresh = async () => {
    const state = { ...(await deps.read()), windowVisible: deps.window()?.isVisible() === true };
    tray.setToolTip(deps.say({ key: 'desktop.tray.tooltip' }));
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(state, actions, timeOf, deps.say) as MenuItemConstructorOptions[]));
  };
  const actions: TrayActions = {
    toggleWindow: () => {
      const window = deps.window();
      if (window?.isVisible()) window.hide();
      else deps.showWindow();
      void refresh();
    },
    dial: deps.dial,
    useProfile: (id) => void deps.useProfile(id).then(refresh),
    quit: deps.quit,
  };
  // Windows and most Linux trays: a click on the icon shows or hides the window; the menu is on the other button.
  tray.on('click', actions.toggleWindow);
  void refresh();
  return { refresh };
}
