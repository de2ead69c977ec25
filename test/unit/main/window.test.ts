import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  shell: { openExternal: vi.fn(async () => undefined) },
  screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
  BrowserWindow: vi.fn(),
  dialog: { showMessageBoxSync: vi.fn(() => 1) },
}));
vi.mock('electron', () => electron);

const { askBeforeDiscardingChanges, hardenSession, hardenWebContents, rememberBounds, visibleBounds, windowOptions } = await import('../../../main/window');
const { sayIn } = await import('../../../main/platform/speech');
const { CONTENT_SECURITY_POLICY } = await import('../../../main/csp');

beforeEach(() => vi.clearAllMocks());

describe('window options', () => {
  it('isolates and sandboxes the renderer', () => {
    const { webPreferences } = windowOptions('/app/out/preload/index.js', undefined);
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('cannot be made smaller than 800×600, the smallest size every screen is laid out for', () => {
    expect(windowOptions('/p.js', undefined)).toMatchObject({ minWidth: 800, minHeight: 600 });
    expect(windowOptions('/p.js', { x: 0, y: 0, width: 900, height: 700, maximized: false })).toMatchObject({ minWidth: 800, minHeight: 600 });
  });

  it('reuses remembered bounds', () => {
    const options = windowOptions('/p.js', { x: 50, y: 60, width: 1000, height: 700, maximized: false });
    expect(options).toMatchObject({ x: 50, y: 60, width: 1000, height: 700 });
  });

  it('drops remembered bounds that are no longer on any display', () => {
    expect(visibleBounds({ x: 5000, y: 5000, width: 800, height: 600, maximized: false })).toBeUndefined();
    const onScreen = { x: 100, y: 100, width: 800, height: 600, maximized: true };
    expect(visibleBounds(onScreen)).toEqual(onScreen);
  });
});

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    open: (url: string) => openHandler!({ url }),
  });
}

describe('web contents hardening', () => {
  it('prevents every navigation', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never);
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open, sending only https links to the system browser', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never);
    expect(contents.open('https://itniotech.com/api')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://itniotech.com/api');
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('session hardening', () => {
  function fakeSession() {
    return {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
  }

  const OUR_PAGE = 'file:///opt/Switchboard/resources/app.asar/out/renderer/index.html';
  const isOwnPage = (url: string) => url === OUR_PAGE;

  it('denies every permission request and check but clipboard writes from our own page', () => {
    const session = fakeSession();
    hardenSession(session as never, true, isOwnPage);
    const callback = vi.fn();
    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) request({}, permission, callback, { requestingUrl: OUR_PAGE });
    request({}, 'clipboard-sanitized-write', callback, { requestingUrl: 'https://evil.example/' });
    request({}, 'clipboard-sanitized-write', callback, { requestingUrl: OUR_PAGE });
    expect(callback.mock.calls).toEqual([[false], [false], [false], [false], [false], [true]]);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0];
    expect(check({}, 'media', 'file://', { requestingUrl: OUR_PAGE })).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'https://evil.example', { requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'file://', { requestingUrl: OUR_PAGE })).toBe(true);
  });

  describe('the microphone, for recording a greeting', () => {
    const EVIL = 'https://evil.example/';
    function handlers(recording: boolean) {
      const session = fakeSession();
      hardenSession(session as never, true, isOwnPage, { isOpen: () => recording });
      const request = session.setPermissionRequestHandler.mock.calls[0]![0];
      const check = session.setPermissionCheckHandler.mock.calls[0]![0];
      return {
        request: (url: string, mediaTypes: string[]) => {
          const callback = vi.fn();
          request({}, 'media', callback, { requestingUrl: url, mediaTypes });
          return callback.mock.calls[0]![0] as boolean;
        },
        check: (url: string, mediaType: string) => check({}, 'media', new URL(url).origin, { requestingUrl: url, mediaType }) as boolean,
      };
    }

    it('is refused while the operator is not recording', () => {
      const { request, check } = handlers(false);
      expect(request(OUR_PAGE, ['audio'])).toBe(false);
      expect(check(OUR_PAGE, 'audio')).toBe(false);
    });

    it('is granted to our own page, audio only, while recording', () => {
      const { request, check } = handlers(true);
      expect(request(OUR_PAGE, ['audio'])).toBe(true);
      expect(check(OUR_PAGE, 'audio')).toBe(true);
    });

    it('is refused to another page even while recording', () => {
      const { request, check } = handlers(true);
      expect(request(EVIL, ['audio'])).toBe(false);
      expect(check(EVIL, 'audio')).toBe(false);
    });

    it('never comes with the camera, nor for a request that names no media', () => {
      const { request, check } = handlers(true);
      expect(request(OUR_PAGE, ['video'])).toBe(false);
      expect(request(OUR_PAGE, ['audio', 'video'])).toBe(false);
      expect(request(OUR_PAGE, [])).toBe(false);
      expect(check(OUR_PAGE, 'video')).toBe(false);
      expect(check(OUR_PAGE, 'unknown')).toBe(false);
    });
  });

  it('adds the strict CSP to every response', () => {
    const session = fakeSession();
    hardenSession(session as never, true, isOwnPage);
    const listener = session.webRequest.onHeadersReceived.mock.calls[0]![0];
    const callback = vi.fn();
    listener({ responseHeaders: { 'x-other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'x-other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    // The greeting studio plays what it made from a blob: URL; nothing else is loaded from blobs as media.
    expect(CONTENT_SECURITY_POLICY).toMatch(/media-src 'self' blob:/);
  });
});

describe('window bounds', () => {
  it('holds the close until the bounds are saved, then closes', async () => {
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 1, y: 2, width: 900, height: 650 }),
      isMaximized: () => true,
      close: vi.fn(),
    });
    let finishSave!: () => void;
    const save = vi.fn(() => new Promise<void>((resolve) => (finishSave = resolve)));
    rememberBounds(window as never, save);
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(save).toHaveBeenCalledWith({ x: 1, y: 2, width: 900, height: 650, maximized: true });
    expect(window.close).not.toHaveBeenCalled();
    finishSave();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    const second = { preventDefault: vi.fn() };
    window.emit('close', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('hides the window instead while it is kept in the tray, and closes it (saving first) once that ends', async () => {
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 1, y: 2, width: 900, height: 650 }),
      isMaximized: () => false,
      close: vi.fn(),
      hide: vi.fn(),
    });
    let keep = true;
    const save = vi.fn(async () => undefined);
    rememberBounds(window as never, save, () => keep);
    const kept = { preventDefault: vi.fn() };
    window.emit('close', kept);
    expect(kept.preventDefault).toHaveBeenCalled();
    expect(window.hide).toHaveBeenCalledTimes(1);
    expect(save).not.toHaveBeenCalled();
    // Quitting: the close goes ahead as usual.
    keep = false;
    window.emit('close', { preventDefault: vi.fn() });
    expect(save).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(window.hide).toHaveBeenCalledTimes(1);
  });
});

describe('closing with unsaved changes', () => {
  function fakeWindow() {
    const webContents = new EventEmitter();
    return { webContents };
  }

  it('asks, and closes only when the operator chooses to lose the changes', () => {
    const window = fakeWindow();
    askBeforeDiscardingChanges(window as never);

    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    const stay = { preventDefault: vi.fn() };
    window.webContents.emit('will-prevent-unload', stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();

    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    const leave = { preventDefault: vi.fn() };
    window.webContents.emit('will-prevent-unload', leave);
    expect(leave.preventDefault).toHaveBeenCalledTimes(1);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(window, expect.objectContaining({ buttons: ['Close anyway', 'Keep Switchboard open'], cancelId: 1, message: expect.stringContaining('still waiting for ITNIO') }));
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(window, expect.objectContaining({ title: 'Unsaved changes', message: 'You have changes that are not saved, or a change still waiting for ITNIO’s answer.' }));
  });

  it('asks in the window’s language', () => {
    const window = fakeWindow();
    askBeforeDiscardingChanges(window as never, sayIn('zh-CN'));
    window.webContents.emit('will-prevent-unload', { preventDefault: vi.fn() });
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ title: '未保存的更改', buttons: ['仍然关闭', '保持 Switchboard 打开'], message: '您有未保存的更改，或有更改仍在等待 ITNIO 的答复。' }),
    );
  });
});
