import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAccount } from '../support/account';
import { useApp } from './harness';
import { addProfile } from './profile-steps';
import { SCREENSHOT_DIR } from './paths';
import { goTo } from './ui';

// A second emulator plays the operator's real ITNIO account, reached over loopback HTTP.
const ACCOUNT_KEY = 'opsKey7731';
const ACCOUNT_SECRET = 'e2e-secret-must-never-show-9d41';

describe('Profiles screen in Chromium', () => {
  const app = useApp({ colorScheme: 'light' });
  const account = useAccount({ apiKey: ACCOUNT_KEY, apiSecret: ACCOUNT_SECRET });

  it('starts on the built-in sandbox, clearly marked, and its connection test passes', async () => {
    const { page } = app;
    await expect.poll(() => page.getByTestId('active-profile').textContent()).toContain('Sandbox');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'built-in sandbox' }).count()).toBe(1);
    await goTo(page, 'Profiles');
    await page.getByRole('button', { name: 'Test connection of Sandbox' }).click();
    await expect.poll(() => page.getByTestId('profile-Sandbox').textContent(), { timeout: 10_000 }).toMatch(/Connected in \d+ ms · \d+ phones? on this app/);
  });

  it('adds a profile after correcting a refused base URL, then tests, uses and removes it', async () => {
    const { page } = app;
    const form = await addProfile(page, { name: 'Operations', baseUrl: 'http://api.itniotech.com', appId: account.state.appId, apiKey: ACCOUNT_KEY, apiSecret: ACCOUNT_SECRET });
    await expect.poll(() => form.getByText('must use https:// (plain http is allowed only for 127.0.0.1 or localhost)').count()).toBe(1);
    expect(app.calls).not.toContain('profiles.save');

    await form.getByLabel('API base URL').fill(account.url);
    await form.getByRole('button', { name: 'Add profile' }).click();
    const row = page.getByTestId('profile-Operations');
    await row.waitFor();
    expect(await row.textContent()).toContain('ops…31');

    await row.getByRole('button', { name: 'Test connection of Operations' }).click();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/Connected in \d+ ms · \d+ phones? on this app/);
    expect(account.requests.some((request) => request.path === '/voice/sipQuery')).toBe(true);

    await row.getByRole('button', { name: 'Use Operations' }).click();
    await expect.poll(() => page.getByTestId('active-profile').textContent()).toContain('Operations');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'built-in sandbox' }).count()).toBe(0);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profiles-with-account.png'), fullPage: true });

    // The secret never reaches the renderer: not in the DOM, storage, or any bridge answer.
    const pageState = await page.evaluate('document.documentElement.outerHTML + JSON.stringify(localStorage) + JSON.stringify(sessionStorage)');
    expect(String(pageState)).not.toContain(ACCOUNT_SECRET);
    expect(String(pageState)).not.toContain(ACCOUNT_KEY);
    const list = await app.call('profiles.list');
    expect(JSON.stringify(list)).not.toContain(ACCOUNT_SECRET);

    await row.getByRole('button', { name: 'Remove Operations' }).click();
    await page.getByRole('dialog', { name: 'Remove profile?' }).getByRole('button', { name: 'Remove Operations' }).click();
    await expect.poll(() => page.getByTestId('profile-Operations').count()).toBe(0);
    await expect.poll(() => page.getByTestId('active-profile').textContent()).toContain('Sandbox');
  });

  it('shows a wrong secret as an authentication failure with a hint', async () => {
    const { page } = app;
    await addProfile(page, { name: 'Typo', baseUrl: account.url, appId: account.state.appId, apiKey: ACCOUNT_KEY, apiSecret: 'not-the-right-secret' });
    const row = page.getByTestId('profile-Typo');
    await row.getByRole('button', { name: 'Test connection of Typo' }).click();
    await expect.poll(() => row.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/key|secret|authentic/i);
  });
});
