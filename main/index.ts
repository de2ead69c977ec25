import { join } from 'node:path';
import { app, BrowserWindow, session, shell } from 'electron';
import { registerIpc, type RendererLocation } from './ipc';
import { createLogger } from './log';
import { dataDir, PRODUCT_NAME } from './paths';
import { createRouter } from './router';
import { createServices } from './services';
import { openSettings } from './store/settings';
import { hardenSession, hardenWebContents, isHttps, rememberBounds, visibleBounds, windowOptions } from './window';

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
    hardenSession(session.defaultSession, !devUrl);
    const services = createServices({
      name: PRODUCT_NAME,
      version: app.getVersion(),
      platform: process.platform,
      openExternal: async (url) => {
        if (isHttps(url)) await shell.openExternal(url);
      },
    });
    registerIpc(createRouter(services, log), renderer, log);

    const saved = visibleBounds(await settings.read().then((current) => current.window, () => undefined));
    mainWindow = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.js'), saved));
    if (saved?.maximized) mainWindow.maximize();
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    rememberBounds(mainWindow, (bounds) =>
      settings.update((current) => ({ ...current, window: bounds })).catch(() => log.error('window state not saved')),
    );
    mainWindow.on('closed', () => (mainWindow = undefined));
    if ('devUrl' in renderer) await mainWindow.loadURL(renderer.devUrl);
    else await mainWindow.loadFile(renderer.file);
  });
}
