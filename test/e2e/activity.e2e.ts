import { describe, expect, it } from 'vitest';
import { ringNumber } from '../../main/sandbox/state';
import { seriousViolations } from './axe';
import { numberField, pickPhone } from './dialer-steps';
import { useApp } from './harness';
import { expectScreen, goTo } from './ui';

describe('Activity in Chromium against the embedded sandbox', () => {
  const app = useApp({ colorScheme: 'dark', screen: 'Activity' });

  it('shows a missed inbound call, and calls it back from the Dialer only when Call is pressed', async () => {
    const { page, sandbox } = app;
    ringNumber(sandbox.state, { number: '442079460958', caller: '919876543210' });
    await page.getByRole('button', { name: 'Refresh the activity' }).click();
    await page.getByLabel('Answered or missed').selectOption('missed');
    const row = page.getByTestId('activity-row').filter({ hasText: '919876543210' });
    await row.waitFor();
    expect(await row.getAttribute('data-missed')).toBe('true');
    expect(await row.getByTestId('missed-badge').textContent()).toBe('Missed');
    // Every row shown is a missed call of the account's numbers: read at once, as the list may still be replacing the unfiltered one.
    const marks = () => page.getByTestId('activity-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-missed')));
    await expect.poll(async () => (await marks()).every((mark) => mark === 'true')).toBe(true);
    expect((await marks()).length).toBeGreaterThan(1);
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('button', { name: /^Call back 919876543210/ }).click();
    await expectScreen(page, 'Dialer');
    expect(await numberField(page).inputValue()).toBe('+919876543210');
    expect(sandbox.state.calls).toHaveLength(0);
    await pickPhone(page, /^80010001 · desk-1/);
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(1);
    expect(sandbox.state.calls[0]).toMatchObject({ callee: '919876543210', account: '80010001' });
  });

  it('says which field is wrong when the range starts before the two months ITNIO keeps, and asks nothing', async () => {
    const { page, sandbox } = app;
    const asked = () => sandbox.requests.filter((request) => request.path === '/number/record/queryPage').length;
    await page.getByTestId('activity-summary').filter({ hasText: /calls?/ }).waitFor();
    const before = asked();
    const from = page.getByRole('group', { name: 'Filter the activity' }).getByLabel('From', { exact: true });
    await from.fill('2020-01-01');
    await from.blur();
    await page.getByRole('button', { name: 'Refresh the activity' }).click();
    await expect.poll(async () => (await from.getAttribute('aria-invalid')) === 'true').toBe(true);
    expect(asked()).toBe(before);
    await goTo(page, 'Dialer');
  });
});
