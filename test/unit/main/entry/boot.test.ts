/**
 * The Electron entry itself (out/main/index.js, as built): loaded against the electron stand-in and
 * driven as Electron drives it, from ready to quit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventChannelOf } from '../../../../contract/events';
import { channelOf, METHODS } from '../../../../contract/methods';
import { bootMain, createElectronStandIn, type ElectronStandIn } from '../../../support/electron-stand-in';

const OUT = fileURLToPath(new URL('../../../../out', import.meta.url));
const ENTRY = join(OUT, 'main', 'index.js');
const RENDERER_FILE = join(OUT, 'renderer', 'index.html');
const PRELOAD_FILE = join(OUT, 'preload', 'index.js');

type Handler = (event: unknown, input?: unknown) => Promise<unknown>;

let home: string;
let electron: ElectronStandIn;
const argv = process.argv;

beforeEach(async () => {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` first (this test loads the built entry).`);
  home = await mkdtemp(join(tmpdir(), 'switchboard-boot-'));
  process.env.SWITCHBOARD_HOME = home;
  electron = createElectronStandIn({ documents: home });
});

afterEach(async () => {
  process.argv = argv;
  // Quit as Electron would, so the sandbox and connections of this boot are closed.
  electron.app.emit('will-quit', { preventDefault: () => undefined });
  await until(() => electron.record.quits > 0);
  delete process.env.SWITCHBOARD_HOME;
  await rm(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 10_000) throw new Error('the entry did not get there within 10 s');
    await new Promise((settled) => setTimeout(settled, 10));
  }
}

/** Boots the entry and makes the app ready; answers its one window once created. */
async function ready() {
  bootMain(ENTRY, electron);
  electron.ready();
  await until(() => electron.record.windows.length === 1 && electron.record.windows[0]!.loaded !== undefined);
  return electron.record.windows[0]!;
}

/** A call through the registered IPC handler, from our own page's top frame unless said. */
const invoke = (method: string, input?: unknown, frame = { parent: null, url: pathToFileURL(RENDERER_FILE).href }) =>
  (electron.record.ipcHandlers.get(`switchboard:${method}`) as Handler)({ senderFrame: frame }, input);

describe('the Electron entry', () => {
  it('opens one hardened window on ready, loading the packaged page with the built preload', async () => {
    const window = await ready();
    expect(electron.record.name).toBe('Switchboard');
    expect(electron.app.getPath('userData')).toBe(home);
    expect(window.loaded).toEqual({ file: RENDERER_FILE });
    expect(existsSync(RENDERER_FILE)).toBe(true);
    expect(window.options.webPreferences).toMatchObject({ preload: PRELOAD_FILE, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(existsSync(PRELOAD_FILE)).toBe(true);
    // Shown once it has something to show, and kept on our page: no navigation, no new windows.
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(window.webContents.listenerCount('will-navigate')).toBe(1);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example' } as never)).toEqual({ action: 'deny' });
    // The packaged page gets the CSP header; the microphone, or anything but writing the clipboard, is refused.
    expect(electron.record.headersReceived).toBeTypeOf('function');
    const granted: boolean[] = [];
    electron.record.permissionRequest?.({} as never, 'media' as never, ((allowed: boolean) => granted.push(allowed)) as never, { requestingUrl: pathToFileURL(RENDERER_FILE).href } as never);
    expect(granted).toEqual([false]);
  });

  it('has a handler for every contract method, answering our page and refusing any other frame', async () => {
    await ready();
    expect([...electron.record.ipcHandlers.keys()].sort()).toEqual(METHODS.map(channelOf).sort());
    expect(await invoke('app.info')).toEqual({ ok: true, value: { name: 'Switchboard', version: '0.1.0', platform: process.platform } });
    expect(await invoke('app.info', undefined, { parent: null, url: 'https://evil.example/' })).toMatchObject({ ok: false, error: { message: 'Refused a request from a page that is not Switchboard.' } });
    // A real request goes through: the first run's Sandbox profile answers its balance.
    expect(await invoke('account.balance')).toMatchObject({ ok: true, value: { profileId: 'sandbox', balance: '25.00' } });
  });

  it('hands a second launch’s tel: link to the page once it has loaded, bringing the window forward', async () => {
    const window = await ready();
    window.minimized = true;
    electron.app.emit('second-instance', {}, ['/opt/Switchboard/switchboard', '--no-sandbox', 'tel:+44-20-7946-0958'], '/');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
    expect(window.webContents.sent).toEqual([]);
    window.webContents.finishLoad();
    expect(window.webContents.sent).toEqual([{ channel: eventChannelOf('dialer.prefill'), payload: { kind: 'number', from: 'link', number: '+44-20-7946-0958' } }]);

    // Loaded, the next one goes at once: a macOS open-url, taken over from the OS.
    let prevented = false;
    electron.app.emit('open-url', { preventDefault: () => (prevented = true) }, 'callto:+12025550143');
    expect(prevented).toBe(true);
    expect(window.webContents.sent.at(-1)).toEqual({ channel: eventChannelOf('dialer.prefill'), payload: { kind: 'number', from: 'link', number: '+12025550143' } });
    // Nothing was dialled: no call went through IPC, and main has no call in its history.
    expect(await invoke('calls.history', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('becomes the handler of tel: and callto: links only when the operator says so, and gives them back', async () => {
    await ready();
    expect([...electron.record.linkSchemes]).toEqual([]);
    expect(await invoke('app.linkHandler')).toEqual({ ok: true, value: { available: true, schemes: [{ scheme: 'tel', handled: false }, { scheme: 'callto', handled: false }] } });
    expect(await invoke('app.setLinkHandler', { handle: true })).toEqual({ ok: true, value: { available: true, schemes: [{ scheme: 'tel', handled: true }, { scheme: 'callto', handled: true }] } });
    expect([...electron.record.linkSchemes].sort()).toEqual(['callto', 'tel']);
    await invoke('app.setLinkHandler', { handle: false });
    expect([...electron.record.linkSchemes]).toEqual([]);
  });

  it('fills the Dialer with the link the app was started with', async () => {
    process.argv = ['/opt/Switchboard/switchboard', 'tel:+442079460958'];
    const window = await ready();
    window.webContents.finishLoad();
    expect(window.webContents.sent).toEqual([{ channel: eventChannelOf('dialer.prefill'), payload: { kind: 'number', from: 'link', number: '+442079460958' } }]);
  });

  it('puts the number on the clipboard in the Dialer on the operator’s shortcut, set from Settings and back after a restart', async () => {
    const window = await ready();
    window.webContents.finishLoad();
    expect(electron.record.shortcuts.size).toBe(0);
    electron.record.takenShortcuts.add('Control+Shift+D');
    expect(await invoke('app.setDialShortcut', { accelerator: 'Control+Shift+D' })).toMatchObject({ ok: false, error: { message: 'Control+Shift+D is taken by another app or the system, so it was not set.' } });
    expect(await invoke('app.setDialShortcut', { accelerator: 'Control+Alt+D' })).toEqual({ ok: true, value: { available: true, accelerator: 'Control+Alt+D', registered: true } });

    electron.record.clipboardText = ' +44 20 7946 0958\n';
    electron.record.shortcuts.get('Control+Alt+D')!();
    await until(() => window.webContents.sent.length === 1);
    expect(window.webContents.sent[0]).toEqual({ channel: eventChannelOf('dialer.prefill'), payload: { kind: 'number', from: 'clipboard', number: '+44 20 7946 0958' } });

    // A SIP password Switchboard copied is never read back into the page, whatever it looks like.
    await invoke('phones.copyPassword', { account: '80010001' });
    const copied = electron.record.clipboardText;
    expect(copied).not.toBe('');
    electron.record.shortcuts.get('Control+Alt+D')!();
    await until(() => window.webContents.sent.length === 2);
    expect(window.webContents.sent[1]!.payload).toEqual({
      kind: 'unreadable',
      from: 'clipboard',
      problem: 'The clipboard holds the SIP password Switchboard copied, so no number was filled in.',
      say: { key: 'desktop.dialLinks.copiedPassword' },
    });
    expect(JSON.stringify(window.webContents.sent)).not.toContain(copied);

    // Quit and start again on the same data folder: the shortcut is registered again.
    electron.app.emit('will-quit', { preventDefault: () => undefined });
    await until(() => electron.record.quits > 0);
    expect(electron.record.shortcuts.size).toBe(0);
    electron = createElectronStandIn({ documents: home });
    await ready();
    await until(() => electron.record.shortcuts.has('Control+Alt+D'));
    expect(await invoke('app.dialShortcut')).toEqual({ ok: true, value: { available: true, accelerator: 'Control+Alt+D', registered: true } });
  });

  it('puts an icon in the tray that shows and hides the window, offers the last calls to the Dialer and switches profile', async () => {
    const window = await ready();
    window.webContents.finishLoad();
    window.emit('ready-to-show');
    type Item = { label?: string; enabled?: boolean; checked?: boolean; click?: () => void; submenu?: Item[] };
    const menu = () => electron.record.tray!.menu as Item[];
    const item = (label: string) => menu().find((entry) => entry.label === label)!;
    await until(() => menu()?.[0]?.label === 'Hide Switchboard');
    expect(electron.record.tray!.tooltip).toBe('Switchboard');
    expect(menu().map((entry) => entry.label ?? '—')).toEqual(['Hide Switchboard', '—', 'Recent calls', 'Profile', '—', 'Quit Switchboard']);
    expect(item('Recent calls').enabled).toBe(false);

    // A call placed in the window; leaving it brings the call into the tray's menu.
    expect(await invoke('calls.place', { callee: '+44 20 7946 0958', account: '80010001' })).toMatchObject({ ok: true });
    window.emit('blur');
    await until(() => item('Recent calls').enabled === true);
    const [recent] = item('Recent calls').submenu!;
    expect(recent!.label).toMatch(/^\+442079460958 · \d{1,2}:\d{2}/);
    item('Hide Switchboard').click!();
    expect(window.isVisible()).toBe(false);
    await until(() => menu()[0]!.label === 'Show Switchboard');
    // The call again: the window comes back with its number in the Dialer, nothing dialled.
    recent!.click!();
    expect(window.isVisible()).toBe(true);
    expect(window.webContents.sent.at(-1)).toEqual({ channel: eventChannelOf('dialer.prefill'), payload: { kind: 'number', from: 'tray', number: '+442079460958' } });
    expect(await invoke('calls.history', {})).toMatchObject({ ok: true, value: { total: 1 } });

    // The profile in use is checked; choosing one tells the window.
    const [sandbox] = item('Profile').submenu!;
    expect(sandbox).toMatchObject({ label: 'Sandbox', checked: true });
    sandbox!.click!();
    await until(() => window.webContents.sent.at(-1)?.channel === eventChannelOf('profiles.changed'));
    expect(window.webContents.sent.at(-1)!.payload).toEqual({ activeId: 'sandbox' });

    // Quit from the tray quits the app (its sandbox and connections closed first).
    item('Quit Switchboard').click!();
    expect(electron.record.quits).toBeGreaterThan(0);
  });

  it('shows a system notification while the window is away, and a click brings it forward on what it is about', async () => {
    const window = await ready();
    window.webContents.finishLoad();
    window.emit('ready-to-show');
    window.focus();
    expect(await invoke('app.notifications')).toEqual({ ok: true, value: { available: true, kinds: { callOutcome: true, lowBalance: true, numberExpiring: true } } });
    expect(await invoke('account.setLowBalance', { threshold: 30 })).toMatchObject({ ok: true });
    // In front, the header's badge says it: no notification.
    expect(await invoke('account.balance')).toMatchObject({ ok: true, value: { low: true } });
    await new Promise((settled) => setTimeout(settled, 50));
    expect(electron.record.notifications).toEqual([]);

    // The operator went to another app; the balance, under the level again after a top-up and more calls, is read.
    window.blur();
    window.hide();
    expect(await invoke('account.setLowBalance', { threshold: 10 })).toMatchObject({ ok: true });
    await invoke('account.balance');
    expect(await invoke('account.setLowBalance', { threshold: 30 })).toMatchObject({ ok: true });
    await invoke('account.balance');
    await until(() => electron.record.notifications.length === 1);
    expect(electron.record.notifications[0]).toMatchObject({ title: 'Low balance: 25.00', body: 'Sandbox: under your warning level of 30.00. Top up the account to keep calls going.' });
    electron.record.notifications[0]!.click();
    expect(window.isVisible()).toBe(true);
    expect(window.webContents.sent.at(-1)).toEqual({ channel: eventChannelOf('navigate'), payload: { to: 'balance' } });

    // Turned off, the kind is not shown again.
    expect(await invoke('app.setNotifications', { numberExpiring: false })).toMatchObject({ ok: true, value: { kinds: { numberExpiring: false } } });
    window.blur();
    await invoke('numbers.list');
    await new Promise((settled) => setTimeout(settled, 50));
    expect(electron.record.notifications).toHaveLength(1);
  });

  it('speaks the operator’s language in the tray, the menu bar and notifications, said again at once when it changes', async () => {
    const window = await ready();
    window.webContents.finishLoad();
    window.emit('ready-to-show');
    type Item = { role?: string; label?: string; submenu?: Item[] };
    const tray = () => (electron.record.tray!.menu as Item[] | undefined)?.map((entry) => entry.label ?? '—');
    const bar = () => electron.record.applicationMenu as Item[];
    await until(() => tray()?.[0] === 'Hide Switchboard');

    expect(await invoke('app.setLanguage', { choice: 'zh-CN' })).toMatchObject({ ok: true, value: { choice: 'zh-CN' } });
    await until(() => tray()?.[0] === '隐藏 Switchboard');
    expect(tray()).toEqual(['隐藏 Switchboard', '—', '最近通话', '配置', '—', '退出 Switchboard']);
    expect(electron.record.tray!.tooltip).toBe('Switchboard');
    expect(bar().map((entry) => entry.role ?? entry.label)).toEqual([process.platform === 'darwin' ? 'appMenu' : 'fileMenu', 'editMenu', '视图', 'windowMenu', 'help']);
    expect(bar().find((entry) => entry.role === 'help')!.submenu!.at(-1)!.label).toBe('打开数据文件夹');

    // A notification shown now is in Chinese; the profile's name stays as the operator wrote it.
    window.hide();
    expect(await invoke('account.setLowBalance', { threshold: 30 })).toMatchObject({ ok: true });
    await invoke('account.balance');
    await until(() => electron.record.notifications.length === 1);
    expect(electron.record.notifications[0]).toMatchObject({ title: '余额不足：25.00', body: 'Sandbox：余额低于您设置的提醒金额 30.00。请为账户充值，以免影响通话。' });

    // Back to English: the same words as ever.
    await invoke('app.setLanguage', { choice: 'en' });
    await until(() => tray()?.[0] === 'Show Switchboard');
    expect(tray()).toEqual(['Show Switchboard', '—', 'Recent calls', 'Profile', '—', 'Quit Switchboard']);
    expect(bar().map((entry) => entry.role ?? entry.label)).toContain('View');
  });

  it('starts in the system’s language when the operator chose none', async () => {
    electron = createElectronStandIn({ documents: home, systemLanguages: ['zh-Hans-CN', 'en-US'] });
    const window = await ready();
    window.emit('ready-to-show');
    await until(() => (electron.record.tray?.menu as { label?: string }[] | undefined)?.[0]?.label === '隐藏 Switchboard');
    expect((electron.record.applicationMenu as { label?: string }[]).map((entry) => entry.label)).toContain('视图');
  });

  it('hides the window on close once the operator keeps Switchboard in the tray, and closes it on Quit', async () => {
    const window = await ready();
    window.emit('ready-to-show');
    expect(await invoke('app.setDesktopSettings', { keepInTray: true })).toEqual({ ok: true, value: { keepInTray: true } });
    window.close();
    expect(window.isVisible()).toBe(false);
    expect(window.closed).toBe(false);
    // Quit (from the tray or the menu): the bounds are saved, then the window closes.
    electron.app.emit('before-quit');
    window.close();
    await until(() => window.closed);
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toMatchObject({ keepInTray: true, window: { width: 1200, height: 800 } });
  });

  it('sets the standard menus, opens the data folder from Help, and offers a context menu in text fields only', async () => {
    const window = await ready();
    const menu = electron.record.applicationMenu as { role?: string; label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    expect(menu.map((entry) => entry.role ?? entry.label)).toEqual([process.platform === 'darwin' ? 'appMenu' : 'fileMenu', 'editMenu', 'View', 'windowMenu', 'help']);
    menu.find((entry) => entry.role === 'help')!.submenu!.find((entry) => entry.label === 'Open data folder')!.click!();
    expect(electron.record.openedPaths).toEqual([home]);

    const flags = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: true, canSelectAll: true };
    window.webContents.emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags: flags });
    expect(electron.record.popups).toHaveLength(1);
    expect(electron.record.popups[0]).toContainEqual({ role: 'paste', enabled: true });
    window.webContents.emit('context-menu', {}, { isEditable: false, selectionText: '', editFlags: flags });
    expect(electron.record.popups).toHaveLength(1);
  });

  it('closes the sandbox and the connections before it lets the quit go on', async () => {
    await ready();
    await invoke('account.balance');
    const listed = (await invoke('profiles.list')) as { value: { profiles: { id: string; baseUrl: string }[] } };
    const sandboxUrl = listed.value.profiles.find((profile) => profile.id === 'sandbox')!.baseUrl;
    expect(await fetch(sandboxUrl).then(() => 'answers')).toBe('answers');

    let prevented = false;
    electron.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await until(() => electron.record.quits === 1);
    await expect(fetch(sandboxUrl)).rejects.toThrow();
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    electron = createElectronStandIn({ documents: home, singleInstance: false });
    bootMain(ENTRY, electron);
    electron.ready();
    await new Promise((settled) => setTimeout(settled, 50));
    expect(electron.record.quits).toBe(1);
    expect(electron.record.windows).toEqual([]);
    expect(electron.record.ipcHandlers.size).toBe(0);
  });
});
