import { join } from 'node:path';
import { app, BrowserWindow, dialog, globalShortcut, session, shell } from 'electron';
import { eventChannelOf } from '../contract/events';
import { windowLanguage } from '../contract/languages';
import { isOwnPage, registerIpc, type RendererLocation } from './ipc';
import { createLogger } from './platform/log';
import { logFileWriter } from './platform/log-file';
import { APP_ID, dataDir, PRODUCT_NAME } from './platform/paths';
import { createAppContext } from './app';
import { systemClipboard } from './desktop/clipboard';
import { dialFromArgs, dialRequestFromLink } from './desktop/dial-links';
import { electronLinkHandlers } from './desktop/link-handlers';
import { installApplicationMenu, offerContextMenu } from './desktop/menus';
import { electronNotices } from './desktop/notifications';
import { createMicrophoneGrant } from './desktop/microphone';
import { installTray } from './desktop/tray';
import { electronUpdater } from './desktop/updater';
import { createRendererEvents } from './desktop/renderer-events';
import { createKeytarStore } from './platform/secrets';
import { dialogWords } from './platform/files/dialogs';
import { sayIn, type Say } from './platform/speech';
import { openSettings } from './platform/storage/settings';
import { askBeforeDiscardingChanges, hardenSession, hardenWebContents, isHttps, rememberBounds, visibleBounds, windowOptions } from './window';

// Kept on disk too, for Save diagnostics…: the lines hold no secret by the logger's rule.
const keepLine = logFileWriter(dataDir());
const log = createLogger((line) => {
  process.stderr.write(`${line}\n`);
  keepLine(line);
});
app.setName(PRODUCT_NAME);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
app.setPath('userData', dataDir());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const renderer: RendererLocation = devUrl ? { devUrl } : { file: join(__dirname, '../renderer/index.html') };
  const settings = openSettings(app.getPath('userData'));
  // Our page's microphone, granted only while the greeting studio records.
  const microphone = createMicrophoneGrant();
  // A number from a link waits here until the window's page has loaded.
  const events = createRendererEvents(log);
  let openWindow: (() => Promise<void>) | undefined;
  const bringForward = () => {
    if (!mainWindow) return void openWindow?.();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  // Windows and Linux start a second instance with the link (or --dial) in its arguments; macOS
  // hands links over with open-url, which may come before the app is ready.
  app.on('second-instance', (_event, argv) => {
    bringForward();
    dialFromArgs(argv, events);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    bringForward();
    events.emit('dialer.prefill', dialRequestFromLink(url));
  });
  dialFromArgs(process.argv, events);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
    offerContextMenu(contents, () => mainWindow);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => bringForward());

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession, !devUrl, (url) => isOwnPage(url, renderer), microphone);
    app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: app.getVersion(), copyright: 'ITNIO Tech' });
    const kept = await settings.read().catch(() => undefined);
    // What main draws itself (menu bar, tray, notifications, dialogs) speaks the window's language, and follows it when the operator changes it.
    let speech = sayIn(windowLanguage(kept?.language ?? 'system', app.getPreferredSystemLanguages()));
    const say: Say = (said) => speech(said);
    const installMenu = () => installApplicationMenu({ platform: process.platform, about: () => app.showAboutPanel(), dataFolder: app.getPath('userData') }, say);
    installMenu();
    let languageChanged: () => void = installMenu;
    // Closing the window keeps Switchboard in the tray when the operator chose so, until Quit.
    let keepInTray = kept?.keepInTray === true;
    let quitting = false;
    app.on('before-quit', () => (quitting = true));
    // A press of the operator's shortcut: the window forward, the clipboard's number in the Dialer.
    let dialClipboard: () => Promise<void> = async () => undefined;
    const context = await createAppContext({
      dataDir: app.getPath('userData'),
      secrets: createKeytarStore(),
      log,
      clipboard: systemClipboard,
      // A click on a notice brings the window forward on what it is about.
      notices: electronNotices(
        () => mainWindow,
        (target) => {
          bringForward();
          events.emit('navigate', target);
        },
      ),
      app: {
        name: PRODUCT_NAME,
        version: app.getVersion(),
        platform: process.platform,
        openExternal: async (url) => {
          if (isHttps(url)) await shell.openExternal(url);
        },
        links: electronLinkHandlers(),
        systemLanguages: () => app.getPreferredSystemLanguages(),
        speak: say,
        onLanguage: (language) => {
          speech = sayIn(language);
          languageChanged();
        },
        onDesktopSettings: (chosen) => (keepInTray = chosen.keepInTray),
        updater: (feed) => electronUpdater(feed, log),
        onUpdates: (status) => events.emit('updates.changed', status),
        microphone: (recording) => microphone.set(recording),
        dialShortcut: {
          register: (accelerator) => {
            try {
              return globalShortcut.register(accelerator, () => void dialClipboard());
            } catch {
              return false;
            }
          },
          unregister: (accelerator) => globalShortcut.unregister(accelerator),
        },
      },
      dialogs: {
        chooseSavePath: async ({ title, defaultName, filters }) => {
          const options = { ...dialogWords({ title, filters }, say), defaultPath: join(app.getPath('documents'), defaultName) };
          const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return chosen.canceled ? undefined : chosen.filePath;
        },
        chooseOpenPath: async ({ title, filters }) => {
          const options = { ...dialogWords({ title, filters }, say), properties: ['openFile' as const] };
          const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return chosen.canceled ? undefined : chosen.filePaths[0];
        },
      },
    });
    // Quitting waits for the sandbox, the connections and the clipboard's pending clear to finish.
    let closed = false;
    app.on('will-quit', (event) => {
      if (closed) return;
      event.preventDefault();
      void context
        .close()
        .catch(() => log.error('did not close cleanly'))
        .finally(() => {
          closed = true;
          globalShortcut.unregisterAll();
          app.quit();
        });
    });
    dialClipboard = async () => {
      bringForward();
      events.emit('dialer.prefill', await context.clipboardDialRequest());
    };
    void context.dialShortcut.restore();
    registerIpc(context.router, renderer, log);
    void context.warmUp().catch(() => log.error('sandbox did not start'));
    context.startNoticeChecks();
    context.startUpdateChecks();

    const tray = installTray({
      window: () => mainWindow,
      showWindow: bringForward,
      read: async () => {
        const [history, profiles] = await Promise.all([context.services['calls.history']({ limit: 20 }), context.services['profiles.list']()]);
        return { recentCalls: history.ok ? history.value.entries : [], profiles: profiles.ok ? profiles.value : undefined };
      },
      dial: (callee) => {
        bringForward();
        events.emit('dialer.prefill', { kind: 'number', from: 'tray', number: `+${callee}` });
      },
      useProfile: async (id) => {
        const used = await context.services['profiles.use']({ id });
        if (used.ok) events.emit('profiles.changed', { activeId: used.value.activeId });
      },
      quit: () => app.quit(),
      say,
    });
    languageChanged = () => {
      installMenu();
      void tray.refresh();
    };
    let opening: Promise<void> | undefined;
    const createWindow = async () => {
      const saved = visibleBounds(await settings.read().then((current) => current.window, () => undefined));
      const browserWindow = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.js'), saved));
      mainWindow = browserWindow;
      if (saved?.maximized) browserWindow.maximize();
      askBeforeDiscardingChanges(browserWindow, say);
      browserWindow.once('ready-to-show', () => browserWindow.show());
      rememberBounds(
        browserWindow,
        (bounds) => settings.update((current) => ({ ...current, window: bounds })).catch(() => log.error('window state not saved')),
        () => keepInTray && !quitting,
      );
      browserWindow.webContents.on('did-start-loading', () => {
        events.detach();
        // A reloaded page records nothing: what its studio had open closes with it.
        microphone.set(false);
      });
      browserWindow.webContents.on('did-finish-load', () => events.attach((event, payload) => browserWindow.webContents.send(eventChannelOf(event), payload)));
      // What the tray shows may have changed: the window's visibility, or calls and profiles changed in it.
      const refreshTray = () => void tray.refresh();
      browserWindow.on('show', refreshTray);
      browserWindow.on('hide', refreshTray);
      browserWindow.on('blur', refreshTray);
      browserWindow.on('closed', () => {
        events.detach();
        microphone.set(false);
        mainWindow = undefined;
      });
      if ('devUrl' in renderer) await browserWindow.loadURL(renderer.devUrl);
      else await browserWindow.loadFile(renderer.file);
    };
    // One window, however many links, launches and dock clicks ask for it while it is made.
    openWindow = () => (opening ??= createWindow().finally(() => (opening = undefined)));
    await openWindow();
  });
}
