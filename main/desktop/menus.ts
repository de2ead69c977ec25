import { Menu, shell, type BrowserWindow, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { applicationMenuTemplate, contextMenuTemplate, type ApplicationMenuActions } from './menu-templates';

/** Electron's side of menu-templates.ts: the menu bar, and a context menu on every page's right-click. */
export function installApplicationMenu(actions: Omit<ApplicationMenuActions, 'openDataFolder'> & { dataFolder: string }): void {
  const template = applicationMenuTemplate({ ...actions, openDataFolder: () => void shell.openPath(actions.dataFolder) });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
}

export function offerContextMenu(contents: WebContents, window: () => BrowserWindow | undefined): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    const owner = window();
    if (template.length > 0) Menu.buildFromTemplate(template as MenuItemConstructorOptions[]).popup(owner ? { window: owner } : {});
  });
}
