/**
 * A stand-in for the `electron` module (the real one cannot be loaded here: its binary is fetched
 * on first use), recording what main does with it: the app's handlers and paths, the windows with
 * their options and loads, IPC handlers, the session's hardening, what was sent to pages. Tests of
 * main's glue load the built entry against it (`bootMain`) and drive it as Electron would.
 */
import { EventEmitter } from 'node:events';
import { request as httpRequest, type RequestOptions } from 'node:http';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

type Handler = (...args: never[]) => unknown;

export class StandInWebContents extends EventEmitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler?: Handler;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  /** What Electron emits once the page has loaded. */
  finishLoad(): void {
    this.emit('did-start-loading');
    this.emit('did-finish-load');
  }
}

export class StandInWindow extends EventEmitter {
  readonly webContents = new StandInWebContents();
  readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  loaded?: { file: string } | { url: string };
  shown = false;
  focused = 0;
  minimized = false;
  constructor(options: StandInWindow['options']) {
    super();
    this.options = options;
  }
  loadFile(file: string) {
    this.loaded = { file };
    return Promise.resolve();
  }
  loadURL(url: string) {
    this.loaded = { url };
    return Promise.resolve();
  }
  show() {
    this.shown = true;
    this.emit('show');
  }
  hide() {
    this.shown = false;
    this.emit('hide');
  }
  closed = false;
  /** As Electron closes a window: 'close' may be prevented; otherwise it goes, and 'closed' follows. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.shown = false;
    this.closed = true;
    this.emit('closed');
  }
  isVisible() {
    return this.shown;
  }
  /** In front, with the keyboard: after focus(), until blur(). */
  inFront = false;
  focus() {
    this.focused += 1;
    this.inFront = true;
  }
  blur() {
    this.inFront = false;
    this.emit('blur');
  }
  isFocused() {
    return this.inFront;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  maximize() {}
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1200, height: 800 };
  }
}

export interface StandInRecord {
  name: string;
  quits: number;
  windows: StandInWindow[];
  ipcHandlers: Map<string, Handler>;
  permissionRequest?: Handler;
  headersReceived?: Handler;
  /** The schemes the system opens with this app; the stand-in's system always agrees to a change. */
  linkSchemes: Set<string>;
  /** The template of the menu bar, once set. */
  applicationMenu?: unknown[];
  /** Each context menu shown: its template. */
  popups: unknown[][];
  aboutShown: number;
  openedPaths: string[];
  /** Global shortcuts registered now, with what a press does; `takenShortcuts` are other apps'. */
  shortcuts: Map<string, () => void>;
  takenShortcuts: Set<string>;
  /** The system clipboard's text. */
  clipboardText: string;
  /** The tray icon, once made: its tooltip, its latest menu, and what a click on it does. */
  tray?: { tooltip: string; menu?: unknown[]; click?: () => void };
  /** Each system notification shown: its words, and a click on it as the operator's. */
  notifications: { title: string; body: string; click(): void }[];
}

export interface ElectronStandIn {
  /** What `require('electron')` answers. */
  module: Record<string, unknown>;
  record: StandInRecord;
  /** `app`, to emit what Electron would: second-instance, open-url, will-quit. */
  app: EventEmitter & { getPath(name: string): string; setPath(name: string, path: string): void };
  /** Resolves `app.whenReady()`. */
  ready(): void;
}

export function createElectronStandIn(options: { documents: string; singleInstance?: boolean; packaged?: boolean; systemLanguages?: string[] }): ElectronStandIn {
  const paths = new Map([['documents', options.documents]]);
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const record: StandInRecord = { name: '', quits: 0, windows: [], ipcHandlers: new Map(), linkSchemes: new Set(), popups: [], aboutShown: 0, openedPaths: [], shortcuts: new Map(), takenShortcuts: new Set(), clipboardText: '', notifications: [] };

  const app = Object.assign(new EventEmitter(), {
    setName: (name: string) => void (record.name = name),
    getName: () => record.name,
    setPath: (name: string, path: string) => void paths.set(name, path),
    getPath: (name: string) => {
      const path = paths.get(name);
      if (path === undefined) throw new Error(`the stand-in has no path "${name}"`);
      return path;
    },
    getVersion: () => '0.1.0',
    getPreferredSystemLanguages: () => options.systemLanguages ?? ['en-US'],
    isPackaged: options.packaged ?? false,
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    quit: () => void (record.quits += 1),
    whenReady: () => ready,
    isDefaultProtocolClient: (scheme: string) => record.linkSchemes.has(scheme),
    setAsDefaultProtocolClient: (scheme: string) => Boolean(record.linkSchemes.add(scheme)),
    removeAsDefaultProtocolClient: (scheme: string) => record.linkSchemes.delete(scheme) || true,
    setAboutPanelOptions: () => undefined,
    showAboutPanel: () => void (record.aboutShown += 1),
  });

  // Electron tells the app of every new page's contents, which main hardens.
  class BrowserWindow extends StandInWindow {
    constructor(windowOptions: StandInWindow['options']) {
      super(windowOptions);
      record.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
  }

  const module = {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        if (record.ipcHandlers.has(channel)) throw new Error(`a second handler for ${channel}`);
        record.ipcHandlers.set(channel, handler);
      },
    },
    session: {
      // electron-updater's own session for its requests.
      fromPartition: () => ({}),
      defaultSession: {
        setPermissionRequestHandler: (handler: Handler) => void (record.permissionRequest = handler),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: (handler: Handler) => void (record.headersReceived = handler) },
      },
    },
    dialog: {
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showMessageBoxSync: () => 1,
    },
    shell: { openExternal: () => Promise.resolve(), openPath: (path: string) => Promise.resolve(void record.openedPaths.push(path)) },
    nativeImage: { createFromDataURL: (url: string) => ({ url }) },
    Tray: class {
      constructor() {
        record.tray = { tooltip: '' };
      }
      setToolTip(text: string) {
        record.tray!.tooltip = text;
      }
      setContextMenu(menu: { template: unknown[] }) {
        record.tray!.menu = menu.template;
      }
      on(event: string, handler: () => void) {
        if (event === 'click') record.tray!.click = handler;
      }
    },
    Notification: Object.assign(
      class extends EventEmitter {
        readonly options: { title: string; body: string };
        constructor(options: { title: string; body: string }) {
          super();
          this.options = options;
        }
        show() {
          record.notifications.push({ title: this.options.title, body: this.options.body, click: () => this.emit('click') });
        }
      },
      { isSupported: () => true },
    ),
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template, popup: () => void record.popups.push(template) }),
      setApplicationMenu: (menu: { template: unknown[] }) => void (record.applicationMenu = menu.template),
    },
    // Told before the app quits to install an update.
    autoUpdater: new EventEmitter(),
    // Chromium's network stack, as electron-updater uses it: Node's http to a loopback server here.
    net: { request: (request: RequestOptions) => httpRequest({ protocol: request.protocol, hostname: request.hostname, port: request.port, path: request.path, method: request.method, headers: request.headers }) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    clipboard: { readText: () => record.clipboardText, writeText: (text: string) => void (record.clipboardText = text), clear: () => void (record.clipboardText = '') },
    globalShortcut: {
      register: (accelerator: string, onPress: () => void) => !record.takenShortcuts.has(accelerator) && Boolean(record.shortcuts.set(accelerator, onPress)),
      unregister: (accelerator: string) => void record.shortcuts.delete(accelerator),
      unregisterAll: () => record.shortcuts.clear(),
    },
  };

  return { module, record, app, ready: markReady };
}


type ModuleLoad = (request: string, ...rest: unknown[]) => unknown;

/**
 * Loads a built entry (out/main/index.js) afresh with `require('electron')` answered by the
 * stand-in; its chunks are loaded afresh too, so no state is left from an earlier boot.
 */
export function bootMain(entry: string, standIn: ElectronStandIn): void {
  const load = createRequire(import.meta.url);
  for (const cached of Object.keys(load.cache)) if (cached.startsWith(dirname(entry))) delete load.cache[cached];
  const restore = answerElectronWith(standIn);
  try {
    load(entry);
  } finally {
    restore();
  }
}

/** Until the answer is called, `require('electron')` anywhere (packages such as electron-updater too) answers the stand-in. */
export function answerElectronWith(standIn: ElectronStandIn): () => void {
  const loader = Module as unknown as { _load: ModuleLoad };
  const original = loader._load;
  loader._load = function (request, ...rest) {
    return request === 'electron' ? standIn.module : original.call(this, request, ...rest);
  };
  return () => void (loader._load = original);
}
