import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import { installBridge, shellAnswers } from '../../fake-bridge';

describe('shell', () => {
  it('shows the version from the main process', async () => {
    const calls = installBridge(shellAnswers('9.8.7'));
    render(<App />);
    expect(await screen.findByText('Version 9.8.7')).toBeTruthy();
    expect(calls).toContainEqual({ method: 'app.info', input: undefined });
    // Opening the app only reads: the shell its version, the profiles and the balance; the Dialer,
    // the first screen, its phones, its call history and the outcomes of recent calls.
    const reads = ['app.info', 'profiles.list', 'account.balance', 'phones.list', 'calls.history', 'calls.checkOutcomes'];
    expect(calls.map((call) => call.method).filter((method) => !reads.includes(method))).toEqual([]);
  });

  it('navigates between every screen with the nav and marks the current one', async () => {
    installBridge(shellAnswers());
    const user = userEvent.setup();
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Screens' });
    for (const label of ['Phones', 'Numbers', 'Trunks', 'Profiles', 'Dialer']) {
      await user.click(within(nav).getByRole('button', { name: new RegExp(`^${label}`) }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(label);
      expect(within(nav).getByRole('button', { name: new RegExp(`^${label}`) }).getAttribute('aria-current')).toBe('page');
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    }
  });

  it('switches screens with Ctrl+number', async () => {
    installBridge(shellAnswers());
    const user = userEvent.setup();
    render(<App />);
    await user.keyboard('{Control>}4{/Control}');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trunks');
    await user.keyboard('{Control>}5{/Control}');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Profiles');
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

  it('marks the built-in sandbox in the header while it is the active profile', async () => {
    installBridge(shellAnswers());
    render(<App />);
    expect((await screen.findByTestId('active-profile')).textContent).toContain('Sandbox');
    expect(screen.getByRole('status', { name: /sandbox/i }).textContent).toMatch(/built-in sandbox/);
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
