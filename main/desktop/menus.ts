import { Menu, shell, type BrowserWindow, type MenuItemConstructorOptions, type WebContents } from 'electron';
import type { Say } from '../platform/speech';
import { applicationMenuTemplate, contextMenuTemplate, type ApplicationMenuActions } from './menu-templates';

/**
 * Electron's side of menu-templates.ts: the menu bar (set again, in the new words, when the window's
 * language changes), and a context menu on every page's right-click.
 */
export function installApplicationMenu(actions: Omit<ApplicationMenuActions, 'openDataFolder'> & { dataFolder: string }, say: Say): void {
  const template = applicationMenuTemplate({ ...actions, openDataFolder: () => void shell.openPath(actions.dataFolder) }, say);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
}

export function offerContextMenu(contents: WebContents, window: () => BrowserWindow | undefined): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    const owner = window();
    if (template.length > 0) Menu.buildFromTemplate(template as MenuItemConstructorOptions[]).popup(owner ? { window: owner } : {});
  });
}
