import { describe, expect, it } from 'vitest';
import { trayMenuTemplate, TRAY_RECENT_CALLS, type TrayActions } from '../../../../main/desktop/tray-menu';
import { sayIn } from '../../../../main/platform/speech';

const done: string[] = [];
const actions: TrayActions = {
  toggleWindow: () => done.push('toggle'),
  dial: (callee) => done.push(`dial ${callee}`),
  useProfile: (id) => done.push(`use ${id}`),
  quit: () => done.push('quit'),
};
const PROFILES = {
  activeId: 'p1',
  profiles: [
    { id: 'sandbox', name: 'Sandbox', baseUrl: 'http://127.0.0.1', appId: 'sandbox', apiKeyMasked: 'sbx…9f', sandbox: true },
    { id: 'p1', name: 'Head\u202e office', baseUrl: 'https://api.itniotech.com', appId: 'app-1', apiKeyMasked: 'bDq…q9', sandbox: false },
  ],
};
const call = (callee: string, minute: number) => ({ callee, at: `2026-12-02T10:${String(minute).padStart(2, '0')}:00.000Z` });

describe('the tray menu', () => {
  it('offers the newest calls once each, at most five, as +number · time, each opening the Dialer with it', () => {
    const calls = [call('442079460958', 9), call('12025550143', 8), call('442079460958', 7), ...[5, 4, 3, 2, 1].map((n) => call(`4477009001${n}0`, n))];
    const menu = trayMenuTemplate({ windowVisible: true, recentCalls: calls, profiles: PROFILES }, actions, (iso) => iso.slice(11, 16));
    const recent = menu.find((entry) => entry.label === 'Recent calls')!;
    expect(recent.submenu!.map((entry) => entry.label)).toEqual(['+442079460958 · 10:09', '+12025550143 · 10:08', '+447700900150 · 10:05', '+447700900140 · 10:04', '+447700900130 · 10:03']);
    expect(recent.submenu).toHaveLength(TRAY_RECENT_CALLS);
    done.length = 0;
    recent.submenu![1]!.click!();
    expect(done).toEqual(['dial 12025550143']);
  });

  it('says Show or Hide by the window, checks the profile in use with its name made harmless, and quits', () => {
    const hidden = trayMenuTemplate({ windowVisible: false, recentCalls: [], profiles: PROFILES }, actions, () => '');
    expect(hidden[0]!.label).toBe('Show Switchboard');
    expect(hidden.find((entry) => entry.label === 'Recent calls')).toMatchObject({ enabled: false, submenu: [] });
    const profile = hidden.find((entry) => entry.label === 'Profile')!;
    expect(profile.submenu!.map(({ label, type, checked }) => ({ label, type, checked }))).toEqual([
      { label: 'Sandbox', type: 'radio', checked: false },
      { label: 'Head\ufffd office', type: 'radio', checked: true },
    ]);
    done.length = 0;
    profile.submenu![0]!.click!();
    hidden.at(-1)!.click!();
    hidden[0]!.click!();
    expect(done).toEqual(['use sandbox', 'quit', 'toggle']);
  });

  it('speaks the window’s language, the numbers and profile names as they are', () => {
    const labels = (windowVisible: boolean) =>
      trayMenuTemplate({ windowVisible, recentCalls: [call('442079460958', 9)], profiles: PROFILES }, actions, (iso) => iso.slice(11, 16), sayIn('zh-CN')).map((entry) => entry.label ?? '—');
    expect(labels(true)).toEqual(['隐藏 Switchboard', '—', '最近通话', '配置', '—', '退出 Switchboard']);
    expect(labels(false)[0]).toBe('显示 Switchboard');
    const menu = trayMenuTemplate({ windowVisible: true, recentCalls: [call('442079460958', 9)], profiles: PROFILES }, actions, (iso) => iso.slice(11, 16), sayIn('zh-CN'));
    expect(menu[2]!.submenu!.map((entry) => entry.label)).toEqual(['+442079460958 · 10:09']);
    expect(menu[3]!.submenu!.map((entry) => entry.label)).toEqual(['Sandbox', 'Head\ufffd office']);
  });
});
