import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PhoneSummary } from '../../../../../../contract/schemas/phones';
import { App } from '../../../../../../renderer/src/app/App';
import { useNavigation } from '../../../../../../renderer/src/ui/navigation';
import { installBridge, shellAnswers } from '../../../fake-bridge';
import { giveBoxesHeight } from '../../../viewport';

const PHONES: PhoneSummary[] = [1, 2, 3].map((n) => ({ account: `8001000${n}`, phoneName: `desk-${n}`, groupName: 'Front Office', displayNum: '447700900123' }));
const passwordOf = (account: string) => `Pw${account}Zq`;
/** Whether the page shows `text` anywhere: a boolean, so a failure prints no password. */
const onPage = (text: string) => document.body.textContent?.includes(text) ?? false;

function phonesBridge() {
  const calls = installBridge({
    ...shellAnswers(),
    'phones.list': () => ({ ok: true, value: { profileId: 'sandbox', fetchedAt: new Date().toISOString(), phones: PHONES } }),
    'phones.password': (input) => {
      const { account } = input as { account: string };
      return { ok: true, value: { account, password: passwordOf(account) } };
    },
    'phones.copyPassword': () => ({ ok: true, value: { clearsInMs: 30_000 } }),
    'phones.resetPassword': (input) => {
      const { account } = input as { account: string };
      return { ok: true, value: { account, password: `New${account}Xy` } };
    },
  });
  return { inputsOf: (method: string) => calls.filter((call) => call.method === method).map((call) => call.input) };
}

giveBoxesHeight(440);

beforeEach(() => {
  notifications.clean();
  useNavigation.setState({ screen: 'phones' });
  // Only the timers: the page's own clock and Mantine's transitions keep running.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
});

async function showPhones() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(<App />);
  await screen.findByRole('table', { name: 'Phones' });
  return user;
}

async function reveal(user: ReturnType<typeof userEvent.setup>, account: string) {
  await user.click(screen.getByRole('button', { name: `Reveal password of ${account}` }));
  await screen.findByRole('button', { name: `Hide password of ${account}` });
  expect(onPage(passwordOf(account))).toBe(true);
}

describe('a revealed SIP password', () => {
  it('is masked again after 20 s', async () => {
    phonesBridge();
    const user = await showPhones();
    await reveal(user, '80010002');
    await act(() => vi.advanceTimersByTimeAsync(19_000));
    expect(onPage(passwordOf('80010002'))).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(onPage(passwordOf('80010002'))).toBe(false);
    expect(screen.getByRole('button', { name: 'Reveal password of 80010002' })).toBeTruthy();
  });

  it('gets its 20 s each: one revealed later stays its full time', async () => {
    phonesBridge();
    const user = await showPhones();
    await reveal(user, '80010001');
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    await reveal(user, '80010003');
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(onPage(passwordOf('80010001'))).toBe(false);
    expect(onPage(passwordOf('80010003'))).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(onPage(passwordOf('80010003'))).toBe(false);
  });

  it('is masked as soon as the window is hidden (minimised, another desktop)', async () => {
    phonesBridge();
    const user = await showPhones();
    await reveal(user, '80010001');
    await reveal(user, '80010003');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(onPage(passwordOf('80010001'))).toBe(false);
    expect(onPage(passwordOf('80010003'))).toBe(false);
  });

  it('is masked when the operator leaves the screen', async () => {
    phonesBridge();
    const user = await showPhones();
    await reveal(user, '80010001');
    await user.keyboard('{Control>}1{/Control}');
    await user.keyboard('{Control>}6{/Control}');
    await screen.findByRole('button', { name: 'Reveal password of 80010001' });
    expect(onPage(passwordOf('80010001'))).toBe(false);
  });

  it('after a reset is masked again after 20 s too', async () => {
    phonesBridge();
    const user = await showPhones();
    await user.click(screen.getByRole('button', { name: 'Reset password of 80010002' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset password' }));
    const done = await screen.findByRole('dialog', { name: 'New SIP password of desk-2 (80010002)' });
    await user.click(within(done).getByRole('button', { name: 'Reveal new password of 80010002' }));
    await within(done).findByRole('button', { name: 'Hide new password of 80010002' });
    expect(onPage('New80010002Xy')).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(onPage('New80010002Xy')).toBe(false);
  });
});

describe('copying a SIP password', () => {
  it('is done by main, which clears the clipboard later: the page neither gets the password nor writes it', async () => {
    const { inputsOf } = phonesBridge();
    const user = await showPhones();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy password of 80010003' }));
    expect(await screen.findByText('Copied — the clipboard is cleared in 30 s.')).toBeTruthy();
    expect(inputsOf('phones.copyPassword')).toEqual([{ account: '80010003', profileId: 'sandbox' }]);
    expect(inputsOf('phones.password')).toEqual([]);
    expect(writeText).not.toHaveBeenCalled();
    expect(onPage(passwordOf('80010003'))).toBe(false);
  });

  it('of a new password after a reset is done by main too', async () => {
    const { inputsOf } = phonesBridge();
    const user = await showPhones();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Reset password of 80010001' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset password' }));
    const done = await screen.findByRole('dialog', { name: 'New SIP password of desk-1 (80010001)' });
    await user.click(within(done).getByRole('button', { name: 'Copy new password of 80010001' }));
    expect(await screen.findByText('Copied — the clipboard is cleared in 30 s.')).toBeTruthy();
    expect(inputsOf('phones.copyPassword')).toEqual([{ account: '80010001', profileId: 'sandbox' }]);
    expect(writeText).not.toHaveBeenCalled();
  });
});
