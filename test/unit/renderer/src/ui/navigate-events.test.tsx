import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../../contract/schemas/call-history';
import { App } from '../../../../../renderer/src/app/App';
import { listedNumber } from '../../../../support/fixtures/numbers';
import { installBridge, SANDBOX_BALANCE, sendEvent, shellAnswers } from '../../fake-bridge';

const entry = (id: string, callee: string): HistoryEntry => ({ id, at: '2025-07-01T09:00:00.000Z', profileId: 'sandbox', profileName: 'Sandbox', callee, account: '80010001', request: 'placed', recordingId: `r-${id}` });
const ENTRIES = [entry('a1', '442079460958'), entry('b2', '12025550143'), entry('c3', '4930123456')];
const NUMBERS = ['442079460958', '12025550143', '13105550117'].map((number) => listedNumber({ number }));

function answers() {
  return installBridge({
    ...shellAnswers(),
    'calls.history': () => ({ ok: true, value: { entries: ENTRIES, total: 3, matched: 3, phones: [], profiles: [] } }),
    'calls.checkOutcomes': () => ({ ok: true, value: { checked: 0, filed: 0, watching: 0, deferred: 0, nextCheckInMs: null } }),
    'numbers.list': () => ({ ok: true, value: { profileId: 'sandbox', fetchedAt: '2025-07-01T10:00:00.000Z', numbers: NUMBERS } }),
    'numbers.recent': () => ({ ok: true, value: { profileId: 'sandbox', numbers: [] } }),
  });
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const goTo = async (user: ReturnType<typeof userEvent.setup>, name: string) =>
  user.click(within(screen.getByRole('navigation', { name: 'Screens' })).getByRole('button', { name: new RegExp(`^${name}`) }));

describe('a clicked notification', () => {
  it('about a call: the Dialer comes forward with that call’s row of the history marked and focused', async () => {
    answers();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await goTo(user, 'Phones');
    act(() => sendEvent('navigate', { to: 'call', entryId: 'b2' }));
    await waitFor(() => expect(heading()).toBe('Dialer'));
    const rows = await screen.findAllByTestId('history-row');
    await waitFor(() => expect(document.activeElement).toBe(rows[1]));
    expect(rows.map((row) => row.hasAttribute('data-spotlit'))).toEqual([false, true, false]);

    // Back on the Dialer later, the focus stays where the operator puts it.
    await goTo(user, 'Phones');
    await goTo(user, 'Dialer');
    await screen.findAllByTestId('history-row');
    expect(document.activeElement?.getAttribute('data-testid')).not.toBe('history-row');
  });

  it('about a number: the Numbers screen with that number’s row shown, whatever was searched, marked and focused', async () => {
    answers();
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await goTo(user, 'Numbers');
    await user.type(await screen.findByRole('textbox', { name: 'Search numbers' }), 'United States 1202');
    await waitFor(() => expect(screen.queryByTestId('number-13105550117')).toBeNull());
    await goTo(user, 'Dialer');
    act(() => sendEvent('navigate', { to: 'number', number: '13105550117' }));
    await waitFor(() => expect(heading()).toBe('Numbers'));
    const row = await screen.findByTestId('number-13105550117');
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(row.hasAttribute('data-spotlit')).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Search numbers' }) as HTMLInputElement).value).toBe('');
  });

  it('about the balance: the low-balance warning’s button in the header takes the focus, on the screen the operator is on', async () => {
    installBridge({ ...shellAnswers(), 'account.balance': () => ({ ok: true, value: { ...SANDBOX_BALANCE, threshold: 30, low: true } }) });
    render(<App />);
    await screen.findByText('Low balance');
    act(() => sendEvent('navigate', { to: 'balance' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Low-balance warning' })));
    expect(heading()).toBe('Dialer');
  });
});
