import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../../renderer/src/app/App';
import { i18n } from '../../../../../../renderer/src/i18n';
import type { UpdateProgress, UpdateStatus } from '../../../../../../contract/schemas/app';
import { installBridge, NO_UPDATES, sendEvent, shellAnswers } from '../../../fake-bridge';

const status = (tel: boolean, callto: boolean) => ({ ok: true as const, value: { available: true, schemes: [{ scheme: 'tel', handled: tel }, { scheme: 'callto', handled: callto }] } });

const OFF = { ok: true as const, value: { available: true, accelerator: null, registered: false } };

const NOTICES_ON = { ok: true as const, value: { available: true, kinds: { callOutcome: true, lowBalance: true, numberExpiring: true } } };

async function openSettings(answers: Parameters<typeof installBridge>[0]) {
  const calls = installBridge({ ...shellAnswers(), 'app.linkHandler': () => status(false, false), 'app.dialShortcut': () => OFF, 'app.desktopSettings': () => ({ ok: true, value: { keepInTray: false } }), 'app.notifications': () => NOTICES_ON, 'app.updates': () => ({ ok: true, value: NO_UPDATES }), ...answers });
  const user = userEvent.setup();
  render(<App />);
  await user.keyboard('{Control>},{/Control}');
  await screen.findByRole('heading', { level: 2, name: 'Telephone links' });
  return { calls, user, linkSwitch: () => screen.getByRole('switch', { name: /^Open tel: and callto: links with Switchboard/ }) as HTMLInputElement };
}

describe('Settings: telephone links', () => {
  it('leaves links to other apps until the operator turns it on, then says Switchboard opens them', async () => {
    let handled = false;
    const { calls, user, linkSwitch } = await openSettings({
      'app.linkHandler': () => status(handled, handled),
      'app.setLinkHandler': (input) => {
        handled = (input as { handle: boolean }).handle;
        return status(handled, handled);
      },
    });
    await waitFor(() => expect(linkSwitch().disabled).toBe(false));
    expect(linkSwitch().checked).toBe(false);
    expect(screen.getByText('Another app, or none, opens these links now.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'app.setLinkHandler')).toBe(false);

    await user.click(linkSwitch());
    await waitFor(() => expect(linkSwitch().checked).toBe(true));
    expect(screen.getByText('Switchboard opens these links on this computer.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'app.setLinkHandler').map((call) => call.input)).toEqual([{ handle: true }]);

    await user.click(linkSwitch());
    await waitFor(() => expect(linkSwitch().checked).toBe(false));
    expect(calls.filter((call) => call.method === 'app.setLinkHandler').map((call) => call.input)).toEqual([{ handle: true }, { handle: false }]);
  });

  it('says which links the system refused, and shows what it did with each', async () => {
    const { user, linkSwitch } = await openSettings({
      'app.linkHandler': (() => {
        let reads = 0;
        return () => (reads++ === 0 ? status(false, false) : status(true, false));
      })(),
      'app.setLinkHandler': () => ({ ok: false, error: { kind: 'internal', message: 'The system did not let Switchboard open callto: links.', hint: "Choose the app for these links in the system's default apps settings." } }),
    });
    await waitFor(() => expect(linkSwitch().disabled).toBe(false));
    await user.click(linkSwitch());
    expect(await screen.findByText('The system did not let Switchboard open callto: links.')).toBeTruthy();
    expect(await screen.findByText('Switchboard opens tel: links; another app opens the rest.')).toBeTruthy();
    expect(linkSwitch().checked).toBe(false);
  });

  it('offers no switch where links cannot be opened (the browser preview)', async () => {
    await openSettings({ 'app.linkHandler': () => ({ ok: true, value: { available: false, schemes: [] } }) });
    expect(await screen.findByText('This window cannot open links: the installed Switchboard app can.')).toBeTruthy();
    expect(screen.queryByRole('switch', { name: /^Open tel: and callto: links/ })).toBeNull();
  });
});

describe('Settings: dial the number on the clipboard', () => {
  const shortcutField = () => screen.getByRole('textbox', { name: /^Shortcut/ }) as HTMLInputElement;

  it('is off until the operator sets a shortcut, refuses one without a modifier at once, and turns it off again', async () => {
    let accelerator: string | null = null;
    const { calls, user } = await openSettings({
      'app.dialShortcut': () => ({ ok: true, value: { available: true, accelerator, registered: accelerator !== null } }),
      'app.setDialShortcut': (input) => {
        accelerator = (input as { accelerator: string | null }).accelerator;
        return { ok: true, value: { available: true, accelerator, registered: accelerator !== null } };
      },
    });
    await waitFor(() => expect(shortcutField().disabled).toBe(false));
    expect(screen.getByText('Off: no shortcut is set')).toBeTruthy();

    await user.type(shortcutField(), 'Shift+D');
    await user.click(screen.getByRole('button', { name: 'Set shortcut' }));
    expect(await screen.findByText('The shortcut needs CommandOrControl, Alt or Super with the key, so it does not take the key from other apps.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'app.setDialShortcut')).toBe(false);

    await user.clear(shortcutField());
    await user.type(shortcutField(), 'CommandOrControl+Shift+D');
    await user.click(screen.getByRole('button', { name: 'Set shortcut' }));
    expect(await screen.findByText('Set to CommandOrControl+Shift+D')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    expect(await screen.findByText('Off: no shortcut is set')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'app.setDialShortcut').map((call) => call.input)).toEqual([{ accelerator: 'CommandOrControl+Shift+D' }, { accelerator: null }]);
  });

  it('says a shortcut another app holds was not set, and one taken since it was chosen does not work now', async () => {
    const { user } = await openSettings({
      'app.dialShortcut': () => ({ ok: true, value: { available: true, accelerator: 'Alt+F9', registered: false } }),
      'app.setDialShortcut': () => ({ ok: false, error: { kind: 'invalid-input', field: 'accelerator', rule: 'is taken by another app or the system', message: 'Control+Alt+K is taken by another app or the system, so it was not set.' } }),
    });
    expect(await screen.findByText('Alt+F9 does not work now')).toBeTruthy();
    await user.clear(shortcutField());
    await user.type(shortcutField(), 'Control+Alt+K');
    await user.click(screen.getByRole('button', { name: 'Set shortcut' }));
    expect(await screen.findByText('Control+Alt+K is taken by another app or the system, so it was not set.')).toBeTruthy();
  });

  it("says the rule a shortcut breaks in the window's language", async () => {
    const { user } = await openSettings({ 'app.dialShortcut': () => ({ ok: true, value: { available: true, accelerator: null, registered: false } }) });
    await waitFor(() => expect(shortcutField().disabled).toBe(false));
    const field = shortcutField();
    const set = screen.getByRole('button', { name: 'Set shortcut' });
    await act(() => i18n.changeLanguage('zh-CN'));
    await user.type(field, 'Shift+D');
    await user.click(set);
    expect(await screen.findByText('快捷键无效：需要与 CommandOrControl、Alt 或 Super 组合使用，以免占用其他应用的按键。')).toBeTruthy();
  });
});

describe('Settings: support', () => {
  it('saves the diagnostics zip through main and says where it went', async () => {
    const { calls, user } = await openSettings({ 'app.saveDiagnostics': () => ({ ok: true, value: { saved: true, path: '/home/op/switchboard-diagnostics-2026-12-02.zip' } }) });
    expect(calls.some((call) => call.method === 'app.saveDiagnostics')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Save diagnostics…' }));
    expect(await screen.findByText('Saved to /home/op/switchboard-diagnostics-2026-12-02.zip. Send it to whoever supports you.')).toBeTruthy();
  });
});

describe('Settings: the tray', () => {
  it('ends Switchboard with its window until the operator keeps it in the tray', async () => {
    let keepInTray = false;
    const { calls, user } = await openSettings({
      'app.desktopSettings': () => ({ ok: true, value: { keepInTray } }),
      'app.setDesktopSettings': (input) => {
        keepInTray = (input as { keepInTray: boolean }).keepInTray;
        return { ok: true, value: { keepInTray } };
      },
    });
    const keep = () => screen.getByRole('switch', { name: /^Keep Switchboard in the tray/ }) as HTMLInputElement;
    await waitFor(() => expect(keep().disabled).toBe(false));
    expect(keep().checked).toBe(false);
    expect(screen.getByText('Closing the window ends Switchboard.')).toBeTruthy();
    await user.click(keep());
    await waitFor(() => expect(keep().checked).toBe(true));
    expect(screen.getByText('Closing the window hides it; Quit in the tray menu ends Switchboard.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'app.setDesktopSettings').map((call) => call.input)).toEqual([{ keepInTray: true }]);
  });
});

describe('Settings: notifications', () => {
  it('has every kind on, and turns one off on its own', async () => {
    let kinds = { callOutcome: true, lowBalance: true, numberExpiring: true };
    const { calls, user } = await openSettings({
      'app.notifications': () => ({ ok: true, value: { available: true, kinds } }),
      'app.setNotifications': (input) => {
        kinds = { ...kinds, ...(input as Partial<typeof kinds>) };
        return { ok: true, value: { available: true, kinds } };
      },
    });
    const kind = (name: string) => screen.getByRole('switch', { name: new RegExp(`^${name}`) }) as HTMLInputElement;
    await waitFor(() => expect(kind('Low balance').disabled).toBe(false));
    expect(['Call outcomes', 'Low balance', 'Numbers expiring'].map((name) => kind(name).checked)).toEqual([true, true, true]);
    await user.click(kind('Low balance'));
    await waitFor(() => expect(kind('Low balance').checked).toBe(false));
    expect(kind('Call outcomes').checked).toBe(true);
    expect(calls.filter((call) => call.method === 'app.setNotifications').map((call) => call.input)).toEqual([{ lowBalance: false }]);
  });

  it('says where there are none, every switch off limits', async () => {
    await openSettings({ 'app.notifications': () => ({ ok: true, value: { available: false, kinds: NOTICES_ON.value.kinds } }) });
    expect(await screen.findByText('Only the installed Switchboard app shows system notifications.')).toBeTruthy();
    for (const name of ['Call outcomes', 'Low balance', 'Numbers expiring']) expect((screen.getByRole('switch', { name: new RegExp(`^${name}`) }) as HTMLInputElement).disabled).toBe(true);
  });
});

describe('Settings: updates', () => {
  const FEED = 'https://updates.example.com/switchboard/';
  const withFeed = (progress: UpdateProgress, more: Partial<UpdateStatus> = {}): UpdateStatus => ({ ...NO_UPDATES, feed: FEED, available: true, progress, ...more });
  const card = () => within(screen.getByTestId('updates-card'));

  it('says no update is ever looked for where the policy names no feed, and offers nothing to do', async () => {
    await openSettings({});
    expect(await screen.findByText(/None is named on this computer, so Switchboard never looks\./)).toBeTruthy();
    expect(card().queryAllByRole('button')).toEqual([]);
  });

  it('checks on request, downloads only on request while showing its progress, then restarts to install only on request', async () => {
    let current = withFeed({ step: 'idle' });
    const answer = (next: UpdateStatus) => () => ({ ok: true as const, value: (current = next) });
    const { calls, user } = await openSettings({
      'app.updates': () => ({ ok: true, value: current }),
      'app.checkForUpdate': answer(withFeed({ step: 'available', version: '0.2.0' }, { lastCheckedAt: '2026-12-02T09:00:00.000Z' })),
      'app.downloadUpdate': answer(withFeed({ step: 'downloading', version: '0.2.0', percent: 0 })),
      'app.installUpdate': () => ({ ok: true, value: current }),
    });
    await user.click(await card().findByRole('button', { name: 'Check now' }));
    expect(await card().findByText('Switchboard 0.2.0 is available.')).toBeTruthy();
    expect(card().getByText(/^Last looked /)).toBeTruthy();
    expect(calls.some((call) => call.method === 'app.downloadUpdate')).toBe(false);

    await user.click(card().getByRole('button', { name: 'Download 0.2.0' }));
    act(() => sendEvent('updates.changed', withFeed({ step: 'downloading', version: '0.2.0', percent: 42 })));
    expect(await card().findByText('Downloading Switchboard 0.2.0: 42%')).toBeTruthy();
    expect(card().getByRole('progressbar', { name: 'Download of Switchboard 0.2.0' }).getAttribute('aria-valuenow')).toBe('42');
    expect(card().queryByRole('button', { name: /Restart and install/ })).toBeNull();

    act(() => sendEvent('updates.changed', (current = withFeed({ step: 'ready', version: '0.2.0' }))));
    expect(await card().findByText(/is downloaded and its checksum verified/)).toBeTruthy();
    expect(calls.some((call) => call.method === 'app.installUpdate')).toBe(false);
    await user.click(card().getByRole('button', { name: 'Restart and install 0.2.0' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'app.installUpdate')).toHaveLength(1));
  });

  it('saves how often to look, never included, and shows a failed update in words', async () => {
    const { calls, user } = await openSettings({
      'app.updates': () => ({
        ok: true,
        value: withFeed({ step: 'failed', message: 'The downloaded update did not match the checksum the update feed gives for it, so it was thrown away and nothing was installed.', hint: 'Tell your administrator.' }),
      }),
      'app.setUpdateChecks': (input) => ({ ok: true, value: withFeed({ step: 'idle' }, input as { checks: 'never' }) }),
    });
    expect(await card().findByText(/did not match the checksum the update feed gives for it/)).toBeTruthy();
    await user.click(card().getByRole('combobox', { name: 'Look for updates' }));
    await user.click(await screen.findByRole('option', { name: 'Never (only when I check)', hidden: true }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'app.setUpdateChecks').map((call) => call.input)).toEqual([{ checks: 'never' }]));
    await waitFor(() => expect((card().getByRole('combobox', { name: 'Look for updates' }) as HTMLInputElement).value).toBe('Never (only when I check)'));
  });

  it("says a failed update in the window's language, from main's keys", async () => {
    await openSettings({
      'app.updates': () => ({
        ok: true,
        value: withFeed({
          step: 'failed',
          message: 'The update feed answered HTTP 503. Nothing was downloaded or installed.',
          hint: 'Tell your administrator, who keeps the update feed; Switchboard keeps working as it is.',
          say: { message: { key: 'desktop.updates.http', values: { status: '503' } }, hint: { key: 'desktop.updates.tellAdmin' } },
        }),
      }),
    });
    expect(await card().findByText('The update feed answered HTTP 503. Nothing was downloaded or installed. Tell your administrator, who keeps the update feed; Switchboard keeps working as it is.')).toBeTruthy();
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(await card().findByText('更新源返回了 HTTP 503。未下载或安装任何内容。 请告知负责更新源的管理员；Switchboard 仍可照常使用。')).toBeTruthy();
  });
});
