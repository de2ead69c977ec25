import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../contract/result';
import type { ProfileList } from '../../../../../contract/schemas/profiles';
import type { PhoneSummary } from '../../../../../contract/schemas/phones';
import { App } from '../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../renderer/src/app/navigation';
import { FIRST_RUN_PROFILES, installBridge, shellAnswers } from '../../fake-bridge';

const OFFICE = { id: 'office', name: 'Office', baseUrl: 'https://api.itniotech.com', appId: 'app-1', apiKeyMasked: 'bDq…q9', sandbox: false };
const SANDBOX_PHONE: PhoneSummary = { account: '80010004', phoneName: 'support-1', groupName: 'Support Team', displayNum: '12025550143' };
const OFFICE_PHONE: PhoneSummary = { account: '70020001', phoneName: 'office-1', groupName: 'Head Office', displayNum: '442079460958' };
const AT = '2025-07-01T10:00:00.000Z';
const OFFICE_DOWN = { kind: 'auth', code: '-1', message: 'ITNIO refused the API key or secret.', hint: 'Copy both again from the console.' } as const;

beforeEach(() => {
  notifications.clean();
  localStorage.clear();
});

/**
 * Main with two accounts, the Sandbox active: every list is answered for the profile active at the
 * moment of the request, as main does. `officeDown` makes the Office account refuse every request.
 */
function twoAccounts(options: { officeDown?: boolean } = {}) {
  const profiles: ProfileList = { activeId: 'sandbox', profiles: [...FIRST_RUN_PROFILES.profiles, OFFICE] };
  const phones: Record<string, PhoneSummary[]> = { sandbox: [SANDBOX_PHONE], office: [OFFICE_PHONE] };
  const refused = () => options.officeDown && profiles.activeId === 'office';
  const calls = installBridge({
    ...shellAnswers(),
    'profiles.list': () => ({ ok: true, value: structuredClone(profiles) }),
    'profiles.use': (input) => {
      profiles.activeId = (input as { id: string }).id;
      return { ok: true, value: structuredClone(profiles) };
    },
    'phones.list': () => (refused() ? { ok: false, error: OFFICE_DOWN } : { ok: true, value: { profileId: profiles.activeId, fetchedAt: AT, phones: [...phones[profiles.activeId]!] } }),
    'phones.create': (input) => {
      const { groupName, phoneName, displayNum } = input as { groupName: string; phoneName: string; displayNum: string };
      const created = { account: '80010009', phoneName: `${phoneName}-1`, groupName, displayNum };
      phones[profiles.activeId]!.push(created);
      return { ok: true, value: { profileId: profiles.activeId, appId: 'app-7f3c21', groupName, phoneName, quantity: 1, displayNum, phones: [created] } };
    },
    'account.balance': () =>
      refused() ? { ok: false, error: OFFICE_DOWN } : { ok: true, value: { profileId: profiles.activeId, balance: profiles.activeId === 'office' ? '310.00' : '25.00', gift: '0', credit: '0', fetchedAt: AT, threshold: null, low: false } },
    'trunks.list': () =>
      refused()
        ? { ok: false, error: OFFICE_DOWN }
        : {
            ok: true,
            value: {
              profileId: profiles.activeId,
              fetchedAt: AT,
              total: 1,
              current: 1,
              size: 20,
              pages: 1,
              records: [
                {
                  keyId: profiles.activeId === 'office' ? 3001 : 2001,
                  sipTrunkName: profiles.activeId === 'office' ? 'Office-Out' : 'Sandbox-Out',
                  type: 1,
                  enabled: true,
                  sipPrefix: '',
                  sipGatewayIp: '198.51.100.10',
                  sipWhiteIp: '',
                  sipAccount: '',
                  hasSipPassword: false,
                  sipTrunkState: false,
                  ccIp: '',
                  updateTime: '2025-03-01 10:00:00',
                  groupList: [],
                },
              ],
            },
          },
  });
  const of = (method: string) => calls.filter((call) => call.method === method).map((call) => call.input);
  /** The CLI's `switchboard profile use`: main's file changes, this window is not told. */
  const useElsewhere = (id: string) => {
    profiles.activeId = id;
  };
  return { of, useElsewhere };
}

const accountField = () => screen.getByRole('combobox', { name: /Phone that rings first/ }) as HTMLInputElement;
const nav = (name: RegExp) => screen.getByRole('button', { name });

/** The picker's choices, as the operator sees them when opening it. */
async function offeredPhones(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
  await user.click(accountField());
  const listbox = document.getElementById(accountField().getAttribute('aria-controls') ?? '');
  return listbox ? within(listbox).queryAllByRole('option', { hidden: true }).map((option) => option.textContent ?? '') : [];
}

async function switchHere(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(nav(/^Profiles/));
  await user.click(await screen.findByRole('button', { name: `Use ${name}` }));
  await waitFor(() => expect(screen.getByTestId('active-profile').textContent).toContain(name));
}

describe('a profile switch drops the old account’s lists', { timeout: 20_000 }, () => {
  it('in this window: the Dialer never offers the Sandbox’s phones beside the Office’s error, and keeps no picked phone', async () => {
    twoAccounts({ officeDown: true });
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(accountField().value).toBe(''));
    await user.click(accountField());
    await user.click(await screen.findByRole('option', { name: /80010004/, hidden: true }));
    expect(accountField().value).toContain('80010004');

    await switchHere(user, 'Office');
    await user.click(nav(/^Dialer/));
    // The Office's phones could not be read: said beside an empty picker, never the Sandbox's list.
    expect((await screen.findAllByText(/ITNIO refused the API key or secret/)).length).toBeGreaterThan(0);
    expect(accountField().value).toBe('');
    expect(await offeredPhones(user)).toEqual([]);
    expect(screen.getByTestId('account-balance').textContent).not.toContain('25.00');
  });

  it('from another process: on coming back to the window, the lists are dropped and read for the profile active now', async () => {
    const { of, useElsewhere } = twoAccounts();
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('account-balance').textContent).toContain('25.00'));
    await waitFor(() => expect(of('phones.list')).toHaveLength(1));

    useElsewhere('office');
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(() => expect(screen.getByTestId('active-profile').textContent).toContain('Office'));
    await waitFor(() => expect(screen.getByTestId('account-balance').textContent).toContain('310.00'));
    expect(await offeredPhones(user)).toEqual([expect.stringContaining('70020001')]);
    // Focus and visibilitychange arrive together: one check, not two.
    expect(of('profiles.list').length).toBeLessThanOrEqual(3);
  });

  it('an answer read under another profile than the one shown is not shown: the active profile is read again first', async () => {
    const { of, useElsewhere } = twoAccounts();
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(of('phones.list')).toHaveLength(1));
    const listsBefore = of('profiles.list').length;

    useElsewhere('office');
    await user.click(screen.getByRole('button', { name: 'Refresh phones' }));
    await waitFor(() => expect(of('profiles.list').length).toBeGreaterThan(listsBefore));
    await waitFor(() => expect(screen.getByTestId('active-profile').textContent).toContain('Office'));
    expect(await offeredPhones(user)).toEqual([expect.stringContaining('70020001')]);
  });

  it('the Trunks screen on show drops the old account’s trunks and reads the new one’s', async () => {
    const { useElsewhere } = twoAccounts();
    useNavigation.setState({ screen: 'trunks' });
    render(<App />);
    expect(await screen.findByText('Sandbox-Out')).toBeTruthy();
    useElsewhere('office');
    await act(async () => {
      fireEvent.focus(window);
    });
    expect(await screen.findByText('Office-Out')).toBeTruthy();
    expect(screen.queryByText('Sandbox-Out')).toBeNull();
  });
});

describe('a list the operator changed is re-read by every screen that shows it', { timeout: 20_000 }, () => {
  it('phones created on the Phones screen are offered by the Dialer at once', async () => {
    twoAccounts();
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(accountField()).toBeTruthy());
    expect(await offeredPhones(user)).toHaveLength(1);

    await user.click(nav(/^Phones/));
    const form = await screen.findByRole('form', { name: 'Create phones' });
    await user.type(within(form).getByLabelText(/Group name/), 'Night Shift');
    await user.type(within(form).getByLabelText(/Phone name/), 'night');
    await user.type(within(form).getByLabelText(/Caller ID/), '447700900123');
    await user.click(within(form).getByRole('button', { name: 'Create phones' }));
    await screen.findByRole('heading', { name: 'Created 1 phone in Night Shift' });

    await user.click(nav(/^Dialer/));
    await waitFor(() => expect(accountField()).toBeTruthy());
    expect(await offeredPhones(user)).toEqual([expect.stringContaining('80010004'), expect.stringContaining('80010009')]);
  });
});

describe('coming back to the window', { timeout: 20_000 }, () => {
  it('reads the call history again, for calls other processes placed meanwhile', async () => {
    const history: Result<unknown> = { ok: true, value: { entries: [], total: 0, matched: 0 } };
    const calls = installBridge({ ...shellAnswers(), 'calls.history': () => history });
    render(<App />);
    await waitFor(() => expect(calls.filter((call) => call.method === 'calls.history')).toHaveLength(1));
    await act(async () => {
      fireEvent.focus(window);
    });
    await waitFor(() => expect(calls.filter((call) => call.method === 'calls.history')).toHaveLength(2));
  });
});
