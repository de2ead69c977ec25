import { join } from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { isOwnPage, registerIpc, type RendererLocation } from './ipc';
import { createLogger } from './platform/log';
import { dataDir, PRODUCT_NAME } from './platform/paths';
import { createAppContext } from './app';
import { systemClipboard } from './desktop/clipboard';
import { createKeytarStore } from './platform/secrets';
import { openSettings } from './platform/storage/settings';
import { askBeforeDiscardingChanges, hardenSession, hardenWebContents, isHttps, rememberBounds, visibleBounds, windowOptions } from './window';

const log = createLogger();
app.setName(PRODUCT_NAME);
app.setPath('userData', dataDir());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const renderer: RendererLocation = devUrl ? { devUrl } : { file: join(__dirname, '../renderer/index.html') };
  const settings = openSettings(app.getPath('userData'));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession, !devUrl, (url) => isOwnPage(url, renderer));
    const context = await createAppContext({
      dataDir: app.getPath('userData'),
      secrets: createKeytarStore(),
      log,
      clipboard: systemClipboard,
      app: {
        name: PRODUCT_NAME,
        version: app.getVersion(),
        platform: process.platform,
        openExternal: async (url) => {
          if (isHttps(url)) await shell.openExternal(url);
        },
      },
      dialogs: {
        chooseSavePath: async ({ title, defaultName, filters }) => {
          const options = { title, defaultPath: join(app.getPath('documents'), defaultName), filters };
          const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return chosen.canceled ? undefined : chosen.filePath;
        },
        chooseOpenPath: async ({ title, filters }) => {
          const options = { title, filters, properties: ['openFile' as const] };
          const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return chosen.canceled ? undefined : chosen.filePaths[0];
        },
      },
    });
    app.on('will-quit', () => void context.close());
    registerIpc(context.router, renderer, log);
    void context.warmUp().catch(() => log.error('sandbox did not start'));

    const saved = visibleBounds(await settings.read().then((current) => current.window, () => undefined));
    mainWindow = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.js'), saved));
    if (saved?.maximized) mainWindow.maximize();
    askBeforeDiscardingChanges(mainWindow);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    rememberBounds(mainWindow, (bounds) =>
      settings.update((current) => ({ ...current, window: bounds })).catch(() => log.error('window state not saved')),
    );
    mainWindow.on('closed', () => (mainWindow = undefined));
    if ('devUrl' in renderer) await mainWindow.loadURL(renderer.devUrl);
    else await mainWindow.loadFile(renderer.file);
  });
}
