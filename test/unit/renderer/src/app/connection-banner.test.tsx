/**
 * The shell's one word on the connection (issue 16, item 3): offline is said once, with when and
 * what is shown, the Call button says why it waits, and when ITNIO answers again every screen on
 * show reads itself again.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../contract/result';
import { App } from '../../../../../renderer/src/app/App';
import { installBridge, SANDBOX_BALANCE, shellAnswers } from '../../fake-bridge';

const REFUSED: AppError = { kind: 'network', message: '127.0.0.1:4010 refused the connection.', hint: 'Start the sandbox again.', reachedItnio: 'no' };

describe('connection banner', () => {
  it('says offline once, blocks Call with the reason, and reads the screen again when ITNIO is back', async () => {
    let offline = true;
    const calls = installBridge({
      ...shellAnswers(),
      'account.balance': () => (offline ? { ok: false, error: REFUSED } : { ok: true, value: { ...SANDBOX_BALANCE, fetchedAt: new Date().toISOString() } }),
      'phones.list': () =>
        offline
          ? { ok: true, value: { profileId: 'sandbox', fetchedAt: '2025-07-01T10:00:00.000Z', phones: [], stale: REFUSED } }
          : { ok: true, value: { profileId: 'sandbox', fetchedAt: new Date().toISOString(), phones: [] } },
    });
    const user = userEvent.setup();
    render(<App />);

    const banner = await screen.findByTestId('connection-banner');
    expect(banner.textContent).toMatch(/^Offline since \d/);
    expect(banner.textContent).toContain('showing what was read before (each list says when)');
    expect(banner.textContent).toContain(REFUSED.message);
    // Said once, in the shell: no screen repeats the raw error.
    expect(screen.getAllByText(REFUSED.message, { exact: false })).toHaveLength(1);
    const call = screen.getByRole('button', { name: 'Call' });
    expect(call.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/ITNIO cannot be reached, so nothing can be changed now/)).toBeTruthy();

    const phoneReads = () => calls.filter((entry) => entry.method === 'phones.list').length;
    const before = phoneReads();
    offline = false;
    await user.click(within(banner).getByRole('button', { name: 'Try now' }));
    await waitFor(() => expect(screen.queryByTestId('connection-banner')).toBeNull());
    await waitFor(() => expect(phoneReads()).toBe(before + 1));
    expect(calls.filter((entry) => entry.method === 'phones.list').at(-1)?.input).toEqual({ refresh: true });
    expect(screen.getByRole('button', { name: 'Call' }).hasAttribute('disabled')).toBe(false);
  });
});
