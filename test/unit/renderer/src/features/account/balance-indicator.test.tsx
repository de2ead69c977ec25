import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileList } from '../../../../../../contract/schemas/profiles';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/app/navigation';
import { refreshBalance } from '../../../../../../renderer/src/features/account/store';
import { useProfiles } from '../../../../../../renderer/src/features/profiles/store';
import { i18n } from '../../../../../../renderer/src/i18n';
import { FIRST_RUN_PROFILES, installBridge, SANDBOX_BALANCE, shellAnswers } from '../../../fake-bridge';

beforeEach(() => {
  useNavigation.setState({ screen: 'profiles' });
  notifications.clean();
});

afterEach(() => i18n.changeLanguage('en'));

const LOCKED = { kind: 'vendor' as const, code: '-13', message: 'The ITNIO account is locked (user locked).', hint: 'Ask ITNIO support to unlock the account.' };

/** A bridge whose balance and warning level behave like main's. */
function accountBridge(options: { balance?: string; failing?: () => boolean } = {}) {
  const state = { balance: options.balance ?? '25.00', threshold: null as number | null, profileId: 'sandbox' };
  let profiles: ProfileList = structuredClone(FIRST_RUN_PROFILES);
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: profiles }),
    'account.balance': () =>
      options.failing?.()
        ? { ok: false, error: LOCKED }
        : {
            ok: true,
            value: { ...SANDBOX_BALANCE, profileId: state.profileId, balance: state.balance, threshold: state.threshold, low: state.threshold !== null && Number(state.balance) < state.threshold },
          },
    'account.setLowBalance': (input) => {
      const { threshold } = input as { threshold: number | null };
      state.threshold = threshold;
      return { ok: true, value: { profileId: state.profileId, threshold } };
    },
  });
  const switchTo = (profileId: string, balance: string) => {
    state.profileId = profileId;
    state.balance = balance;
    state.threshold = null;
    profiles = { activeId: profileId, profiles: [...FIRST_RUN_PROFILES.profiles, { id: profileId, name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'a1', apiKeyMasked: 'bDq…q9', sandbox: false }] };
  };
  return { calls, state, switchTo, count: (method: string) => calls.filter((call) => call.method === method).length };
}

const header = () => screen.getByRole('banner');
const balanceOf = () => screen.getByTestId('account-balance');

async function openWarning(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(header()).getByRole('button', { name: 'Low-balance warning' }));
  return screen.findByRole('dialog', { name: 'Low-balance warning' });
}

describe('balance in the header', () => {
  it("shows the active profile's balance beside the profile", async () => {
    const { count } = accountBridge();
    render(<App />);
    expect(await within(header()).findByText('25.00')).toBeTruthy();
    expect(balanceOf().textContent).toContain('Balance');
    expect(count('account.balance')).toBe(1);
  });

  it('reads it again with the refresh button', async () => {
    const { state, count } = accountBridge();
    const user = userEvent.setup();
    render(<App />);
    await within(header()).findByText('25.00');
    state.balance = '24.95';
    await user.click(within(header()).getByRole('button', { name: 'Refresh balance' }));
    expect(await within(header()).findByText('24.95')).toBeTruthy();
    expect(count('account.balance')).toBe(2);
  });

  it('keeps the last balance with its time when a refresh fails, with a toast saying why and what to do', async () => {
    let failing = false;
    accountBridge({ failing: () => failing });
    const user = userEvent.setup();
    render(<App />);
    await within(header()).findByText('25.00');
    failing = true;
    await user.click(within(header()).getByRole('button', { name: 'Refresh balance' }));
    expect(await screen.findByText(LOCKED.message)).toBeTruthy();
    expect(screen.getByText(LOCKED.hint)).toBeTruthy();
    expect(balanceOf().textContent).toContain('25.00');
    expect(within(balanceOf()).getByTestId('balance-age').textContent).toMatch(/^as read at .+ \(\d+ days ago\)$/);
  });

  it('is read again quietly when another screen asks (refreshBalance, e.g. after a call)', async () => {
    let failing = false;
    const { state, count } = accountBridge({ failing: () => failing });
    render(<App />);
    await within(header()).findByText('25.00');
    state.balance = '24.90';
    await act(() => refreshBalance());
    expect(within(header()).getByText('24.90')).toBeTruthy();
    failing = true;
    await act(() => refreshBalance());
    expect(balanceOf().textContent).toContain('24.90');
    expect(within(balanceOf()).queryByTestId('balance-age')).not.toBeNull();
    expect(screen.queryByText(LOCKED.message)).toBeNull();
    expect(count('account.balance')).toBe(3);
  });

  it('warns, visibly and to screen readers, once a level above the balance is set; and can turn it off', async () => {
    const { calls } = accountBridge();
    const user = userEvent.setup();
    render(<App />);
    await within(header()).findByText('25.00');
    expect(within(balanceOf()).getByRole('status').textContent).toBe('');

    const dialog = await openWarning(user);
    expect(within(dialog).getByText('No warning is set for this profile.')).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/Warn when the balance is under/), '30');
    await user.click(within(dialog).getByRole('button', { name: 'Save warning' }));
    expect(calls.filter((call) => call.method === 'account.setLowBalance').map((call) => call.input)).toEqual([{ threshold: 30 }]);
    expect(await within(balanceOf()).findByText('Low balance')).toBeTruthy();
    expect(within(balanceOf()).getByRole('status').textContent).toBe('Low balance: under the warning level of 30.00');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Low-balance warning' })).toBeNull());

    const again = await openWarning(user);
    expect(within(again).getByText('Now: warn below 30.00.')).toBeTruthy();
    await user.click(within(again).getByRole('button', { name: 'Turn off' }));
    expect(calls.filter((call) => call.method === 'account.setLowBalance').at(-1)?.input).toEqual({ threshold: null });
    expect(within(balanceOf()).getByRole('status').textContent).toBe('');
  });

  it('names the rule for a level it cannot take and sends nothing', async () => {
    const { count } = accountBridge();
    const user = userEvent.setup();
    render(<App />);
    await within(header()).findByText('25.00');
    const dialog = await openWarning(user);
    await user.type(within(dialog).getByLabelText(/Warn when the balance is under/), '12.345');
    await user.click(within(dialog).getByRole('button', { name: 'Save warning' }));
    expect(await within(dialog).findByText('must be an amount from 0 to 1,000,000, with at most 2 decimals')).toBeTruthy();
    expect(count('account.setLowBalance')).toBe(0);
  });

  it("follows a switch of profile with that profile's balance", async () => {
    const { switchTo } = accountBridge();
    render(<App />);
    await within(header()).findByText('25.00');
    switchTo('p-office', '7.25');
    await act(() => useProfiles.getState().load());
    expect(await within(header()).findByText('7.25')).toBeTruthy();
    expect(within(header()).queryByText('25.00')).toBeNull();
  });

  it('speaks the language chosen while it is open, the warning level written its way', async () => {
    accountBridge({ balance: '1200.00' });
    const user = userEvent.setup();
    render(<App />);
    await within(header()).findByText('1200.00');
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(balanceOf().textContent).toContain('余额');
    expect(within(header()).getByRole('button', { name: '刷新余额' })).toBeTruthy();
    await user.click(within(header()).getByRole('button', { name: '余额预警' }));
    const dialog = await screen.findByRole('dialog', { name: '余额预警' });
    await user.type(within(dialog).getByLabelText(/余额低于此值时提醒/), '1500');
    await user.click(within(dialog).getByRole('button', { name: '保存预警' }));
    expect(await screen.findByText('余额低于 1,500.00 时会提醒你。')).toBeTruthy();
    expect(within(balanceOf()).getByRole('status').textContent).toBe('余额不足：低于预警值 1,500.00');
  });
});
