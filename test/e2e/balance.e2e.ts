/**
 * The active profile's balance in the header, in Chromium against the embedded sandbox: shown on
 * start, refreshed on demand, and a low-balance warning once the profile's level is above it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { useApp } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { chooseTheme, colorScheme } from './ui';

const header = (page: Page) => page.getByRole('banner');
const balance = (page: Page) => page.getByTestId('account-balance');
const warningDialog = (page: Page) => page.getByRole('dialog', { name: 'Low-balance warning' });

describe('balance in the header, in Chromium', () => {
  const app = useApp({ colorScheme: 'light' });

  it("shows the sandbox's balance and reads it again on request", async () => {
    const { page } = app;
    await expect.poll(() => balance(page).textContent()).toContain('Balance25.00');
    expect(app.calls).toContain('account.balance');
    const { sandbox } = app;
    expect(sandbox.requests.some((request) => request.method === 'GET' && request.path === '/sms/getBalance')).toBe(true);

    sandbox.state.balance = 19.5;
    await header(page).getByRole('button', { name: 'Refresh balance' }).click();
    await expect.poll(() => balance(page).textContent()).toContain('19.50');
    expect(app.pageErrors).toEqual([]);
  });

  it('warns once the low-balance level is set above the balance, by keyboard alone, and clears it', async () => {
    const { page } = app;
    await expect.poll(() => balance(page).textContent()).toContain('25.00');
    await header(page).getByRole('button', { name: 'Low-balance warning' }).focus();
    await page.keyboard.press('Enter');
    const dialog = warningDialog(page);
    await dialog.waitFor();
    await expect.poll(() => dialog.getByText('No warning is set for this profile.').count()).toBe(1);

    // A level the contract refuses is named with its rule, and nothing reaches main.
    await page.keyboard.type('30.125');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByText('must be an amount from 0 to 1,000,000, with at most 2 decimals').count()).toBe(1);
    expect(app.calls).not.toContain('account.setLowBalance');

    await dialog.getByLabel('Warn when the balance is under').fill('30');
    await page.keyboard.press('Enter');
    await expect.poll(() => warningDialog(page).count()).toBe(0);
    const status = balance(page).getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Low balance: under the warning level of 30.00');
    expect(await status.getByText('Low balance').isVisible()).toBe(true);

    // The level is the profile's: it survives a reload, read back from main.
    await app.reload();
    await expect.poll(() => balance(page).getByRole('status').textContent()).toBe('Low balance: under the warning level of 30.00');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'balance-low-light.png'), clip: { x: 0, y: 0, width: 1280, height: 120 } });

    await header(page).getByRole('button', { name: 'Low-balance warning' }).click();
    await warningDialog(page).getByRole('button', { name: 'Turn off' }).click();
    await expect.poll(() => balance(page).getByRole('status').textContent()).toBe('');
  });

  it.each(['light', 'dark'] as const)('passes axe with the warning shown and the form open in %s', async (scheme) => {
    const { page } = app;
    await chooseTheme(page, scheme === 'light' ? 'Light' : 'Dark');
    await expect.poll(() => colorScheme(page)).toBe(scheme);
    await app.value('account.setLowBalance', { threshold: 40 });
    await header(page).getByRole('button', { name: 'Refresh balance' }).click();
    await expect.poll(() => balance(page).getByRole('status').textContent()).toContain('Low balance');
    await header(page).getByRole('button', { name: 'Low-balance warning' }).click();
    await warningDialog(page).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `balance-warning-form-${scheme}.png`), animations: 'disabled' });
  });
});
