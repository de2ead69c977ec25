/**
 * Against a dead server the whole app stays gentle (issue 16): over five minutes of simulated
 * time with every request to ITNIO failing, the requests it sends stay a handful, and the first
 * answer after the server is back brings the screen up to date.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppError } from '../../../../../contract/result';
import { App } from '../../../../../renderer/src/app/App';
import { installBridge, SANDBOX_BALANCE, shellAnswers } from '../../fake-bridge';

const REFUSED: AppError = { kind: 'network', message: '127.0.0.1:4010 refused the connection.', reachedItnio: 'no' };
const TO_ITNIO = new Set(['account.balance', 'phones.list', 'calls.checkOutcomes', 'numbers.list', 'trunks.list']);

afterEach(() => {
  vi.useRealTimers();
});

describe('the app against a dead server', () => {
  it('sends a bounded number of requests in five minutes, and reads the screen again once the server answers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let dead = true;
    const answers = shellAnswers();
    const calls = installBridge({
      ...answers,
      'account.balance': () => (dead ? { ok: false, error: REFUSED } : ({ ok: true, value: { ...SANDBOX_BALANCE, fetchedAt: new Date().toISOString() } })),
      'phones.list': () => (dead ? { ok: false, error: REFUSED } : ({ ok: true, value: { profileId: 'sandbox', fetchedAt: new Date().toISOString(), phones: [] } })),
      'calls.checkOutcomes': () =>
        dead ? { ok: true, value: { checked: 1, filed: 0, watching: 1, deferred: 0, nextCheckInMs: 60_000, problem: REFUSED } } : answers['calls.checkOutcomes'](),
    });
    render(<App />);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByTestId('connection-banner').textContent).toMatch(/^Offline since/);

    const toItnio = () => calls.filter((call) => TO_ITNIO.has(call.method)).length;
    const atStart = toItnio();
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    // The probe (5, 15, 35, 75, 135, 195, 255 s) and the outcome checks main paces at a minute: about a dozen, not hundreds.
    const inFiveMinutes = toItnio() - atStart;
    expect(inFiveMinutes).toBeGreaterThanOrEqual(7);
    expect(inFiveMinutes).toBeLessThanOrEqual(14);

    dead = false;
    const phonesBefore = calls.filter((call) => call.method === 'phones.list').length;
    await act(() => vi.advanceTimersByTimeAsync(61_000));
    expect(screen.queryByTestId('connection-banner')).toBeNull();
    expect(calls.filter((call) => call.method === 'phones.list').length).toBe(phonesBefore + 1);
  });
});
