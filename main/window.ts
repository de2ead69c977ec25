import { BrowserWindow, dialog, screen, shell, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import type { MicrophoneGrant } from './desktop/microphone';
import { inEnglish } from './platform/messages';
import type { Say } from './platform/speech';
import type { WindowBounds } from './platform/storage/settings';

const DEFAULT_SIZE = { width: 1200, height: 800 };
/** The smallest window every screen is laid out for, its main actions in view (test/e2e/layout.e2e.ts). */
const MIN_SIZE = { minWidth: 800, minHeight: 600 };

export function windowOptions(preloadPath: string, bounds: WindowBounds | undefined): BrowserWindowConstructorOptions {
  return {
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : DEFAULT_SIZE),
    ...MIN_SIZE,
    show: false,
    title: 'Switchboard',
    backgroundColor: '#1a1b1e',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** A remembered position is reused only if it is still on a connected display. */
export function visibleBounds(saved: WindowBounds | undefined): WindowBounds | undefined {
  if (!saved) return undefined;
  const onScreen = screen.getAllDisplays().some(({ workArea: a }) =>
    saved.x < a.x + a.width && saved.x + saved.width > a.x && saved.y < a.y + a.height && saved.y + saved.height > a.y,
  );
  return onScreen ? saved : undefined;
}

/**
 * Saves the window's bounds as it closes, holding the close until the write is done: the app
 * quits right after the last window closes, which would cut an unfinished write short. While
 * `hideInstead` says so (kept in the tray, not quitting), a close hides the window instead.
 */
export function rememberBounds(window: BrowserWindow, save: (bounds: WindowBounds) => Promise<unknown>, hideInstead: () => boolean = () => false): void {
  let saved = false;
  window.on('close', (event) => {
    // Kept in the tray: the window only goes out of sight, its page and unsaved work as they are.
    if (hideInstead()) {
      event.preventDefault();
      window.hide();
      return;
    }
    if (saved) return;
    event.preventDefault();
    const { x, y, width, height } = window.getNormalBounds();
    void save({ x, y, width, height, maximized: window.isMaximized() }).finally(() => {
      saved = true;
      window.close();
    });
  });
}

/** No navigation away from the app; https links go to the system browser, nothing else opens. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isHttps(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * The one permission our own page always has: writing to the clipboard, for copy buttons of text
 * with no secret in it (a phone's setup without its password). Passwords are copied by main, which
 * alone reads the clipboard back to clear them (desktop/clipboard.ts): the page may never read it.
 * The microphone is our page's only while the operator records a greeting (`microphone`), and
 * never with the camera. Anything else, or any other page, is denied.
 */
const GRANTED_TO_OUR_PAGE = new Set(['clipboard-sanitized-write']);

/** Audio and nothing else: a request that also names video (or names nothing) is not the studio's. */
const audioOnly = (mediaTypes: readonly string[] | undefined): boolean => mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'audio');

const CLOSED: Pick<MicrophoneGrant, 'isOpen'> = { isOpen: () => false };

export function hardenSession(target: Session, enforceCsp: boolean, isOwnPage: (url: string) => boolean, microphone: Pick<MicrophoneGrant, 'isOpen'> = CLOSED): void {
  const granted = (permission: string, url: string, mediaTypes: readonly string[] | undefined): boolean =>
    isOwnPage(url) && (GRANTED_TO_OUR_PAGE.has(permission) || (permission === 'media' && microphone.isOpen() && audioOnly(mediaTypes)));
  target.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(granted(permission, details.requestingUrl, 'mediaTypes' in details ? details.mediaTypes : undefined)),
  );
  target.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    granted(permission, details.requestingUrl ?? '', details.mediaType === undefined ? undefined : [details.mediaType]),
  );
  if (enforceCsp) {
    target.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      });
    });
  }
}

export function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The renderer cancels its unload while a screen holds unsaved changes or waits for a change it
 * sent to ITNIO; Electron then closes nothing and asks us. The operator decides: leave (unsaved
 * changes are lost, and the answer to a change already sent is not shown) or stay. The question is
 * asked in the window's language of the moment (`say`; English unless said).
 */
export function askBeforeDiscardingChanges(window: BrowserWindow, say: Say = inEnglish): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [say({ key: 'desktop.unsaved.closeAnyway' }), say({ key: 'desktop.unsaved.keepOpen' })],
      defaultId: 1,
      cancelId: 1,
      title: say({ key: 'desktop.unsaved.title' }),
      message: say({ key: 'desktop.unsaved.message' }),
      detail: say({ key: 'desktop.unsaved.detail' }),
    });
    // Preventing the prevention lets the unload, and so the close, go ahead.
    if (choice === 0) event.preventDefault();
  });
}
