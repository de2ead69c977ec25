import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import { i18n } from '../../../../../renderer/src/i18n';
import { showError } from '../../../../../renderer/src/ui/toasts';
import { installBridge, shellAnswers } from '../../fake-bridge';

/** happy-dom's window size, which its media queries answer to (1024×768 unless set). */
const setViewport = (size: { width: number; height: number }) =>
  (window as unknown as { happyDOM: { setViewport(viewport: { width: number; height: number }): void } }).happyDOM.setViewport(size);

const LIVE_PROFILE = { id: 'work', name: 'Work', baseUrl: 'https://api.itniotech.com', appId: 'app-2', apiKeyMasked: 'bDq…q9', sandbox: false };

describe('shell', () => {
  it('shows the version from the main process', async () => {
    const calls = installBridge(shellAnswers('9.8.7'));
    render(<App />);
    expect(await screen.findByText('Version 9.8.7')).toBeTruthy();
    expect(calls).toContainEqual({ method: 'app.info', input: undefined });
    // Opening the app only reads: the shell its version, the profiles and the balance; the Dialer,
    // the first screen, its phones, its call history, the outcomes of recent calls and the address
    // book its type-ahead and history name numbers from.
    const reads = ['app.info', 'profiles.list', 'account.balance', 'phones.list', 'calls.history', 'calls.checkOutcomes', 'contacts.list'];
    expect(calls.map((call) => call.method).filter((method) => !reads.includes(method))).toEqual([]);
  });

  it('navigates between every screen with the nav and marks the current one', async () => {
    installBridge(shellAnswers());
    const user = userEvent.setup();
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Screens' });
    for (const label of ['Activity', 'Reports', 'Contacts', 'Call lists', 'Phones', 'Numbers', 'Trunks', 'Changes', 'Profiles', 'Dialer']) {
      await user.click(within(nav).getByRole('button', { name: new RegExp(`^${label}`) }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(label);
      expect(within(nav).getByRole('button', { name: new RegExp(`^${label}`) }).getAttribute('aria-current')).toBe('page');
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    }
  });

  it('switches screens with Ctrl+number, the tenth with Ctrl+0, and Settings with Ctrl+comma', async () => {
    installBridge(shellAnswers());
    const user = userEvent.setup();
    render(<App />);
    await user.keyboard('{Control>}3{/Control}');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Reports');
    await user.keyboard('{Control>}8{/Control}');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trunks');
    await user.keyboard('{Control>}9{/Control}');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Changes');
    await user.keyboard('{Control>}0{/Control}');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Profiles');
    await user.keyboard('{Control>},{/Control}');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');
    const nav = screen.getByRole('navigation', { name: 'Screens' });
    expect(within(nav).getByRole('button', { name: /^Reports/ }).getAttribute('aria-keyshortcuts')).toBe('Control+3');
    expect(within(nav).getByRole('button', { name: /^Profiles/ }).getAttribute('aria-keyshortcuts')).toBe('Control+0');
    expect(within(nav).getByRole('button', { name: /^Settings/ }).getAttribute('aria-keyshortcuts')).toBe('Control+,');
  });

  it('shows a failed bridge call as a toast with its hint', async () => {
    installBridge({
      ...shellAnswers(),
      'app.info': () => ({ ok: false, error: { kind: 'internal', message: 'Switchboard hit an unexpected problem (ref abc123).', hint: 'Restart Switchboard.' } }),
    });
    render(<App />);
    expect(await screen.findByText('Switchboard hit an unexpected problem (ref abc123).')).toBeTruthy();
    expect(screen.getByText('Restart Switchboard.')).toBeTruthy();
  });

  it('marks the built-in sandbox in the header while it is the active profile, as one strip that never scrolls away', async () => {
    installBridge(shellAnswers());
    render(<App />);
    expect((await screen.findByTestId('active-profile')).textContent).toContain('Sandbox');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('status', { name: /sandbox/i }).textContent).toMatch(/built-in sandbox/);
    expect(within(screen.getByRole('main')).queryByRole('status', { name: /sandbox/i })).toBeNull();
  });

  it('shows no sandbox strip under a live account', async () => {
    installBridge({ ...shellAnswers(), 'profiles.list': () => ({ ok: true, value: { activeId: 'work', profiles: [LIVE_PROFILE] } }) });
    render(<App />);
    expect((await screen.findByTestId('active-profile')).textContent).toContain('Work');
    expect(screen.queryByRole('status', { name: /sandbox/i })).toBeNull();
  });

  describe('on a narrow window', () => {
    beforeEach(() => setViewport({ width: 800, height: 600 }));
    afterEach(() => setViewport({ width: 1024, height: 768 }));

    it('folds the sidebar away behind a Screens button, out of the tab order until opened; choosing a screen folds it again', async () => {
      installBridge(shellAnswers());
      const user = userEvent.setup();
      render(<App />);
      const nav = screen.getByRole('navigation', { name: 'Screens', hidden: true });
      const toggle = screen.getByRole('button', { name: 'Screens' });
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(nav.hasAttribute('inert')).toBe(true);

      await user.click(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(nav.hasAttribute('inert')).toBe(false);
      await user.click(within(nav).getByRole('button', { name: /^Trunks/ }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trunks');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(nav.hasAttribute('inert')).toBe(true);

      // A shortcut also folds away a sidebar left open.
      await user.click(toggle);
      await user.keyboard('{Control>}0{/Control}');
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Profiles');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
    });
  });

  it('speaks the language chosen while it is open: screens, theme switch, and the close buttons Mantine draws', async () => {
    installBridge(shellAnswers());
    render(<App />);
    await act(() => i18n.changeLanguage('zh-CN'));
    const nav = screen.getByRole('navigation', { name: '页面' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('拨号');
    expect(within(nav).getByRole('button', { name: /^呼叫列表/ })).toBeTruthy();
    expect(screen.getByLabelText('深色')).toBeTruthy();
    act(() => showError({ kind: 'internal', message: 'Boom.' }));
    const toast = (await screen.findByText('Boom.')).closest<HTMLElement>('[role="alert"]')!;
    expect(within(toast).getByText('未做任何更改。')).toBeTruthy();
    expect(within(toast).getByRole('button', { name: '关闭通知' })).toBeTruthy();
  });

  it('offers a manual theme switch', async () => {
    installBridge(shellAnswers());
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByLabelText('Dark'));
    expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark');
    await user.click(screen.getByLabelText('Light'));
    expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('light');
  });
});
