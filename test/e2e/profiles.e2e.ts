import { writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPolicy } from '../../main/platform/policy';
import type { Sandbox } from '../../main/sandbox';
import { startAccount, useAccount } from '../support/account';
import { current } from '../support/current';
import { useTempDirs } from '../support/temp-dirs';
import { useApp } from './harness';
import { seriousViolations } from './axe';
import { addProfile, chooseProfile, fillNewProfile, profileSwitcher } from './profile-steps';
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

  it('after saving a wrong secret, shows the failed connection test once instead of calling the profile ready', async () => {
    const { page } = app;
    await addProfile(page, { name: 'Typo', baseUrl: account.url, appId: account.state.appId, apiKey: ACCOUNT_KEY, apiSecret: 'not-the-right-secret' });
    const row = page.getByTestId('profile-Typo');
    // No click on Test: the save itself ends with a real signed request.
    await expect.poll(() => row.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/key|secret|authentic/i);
    expect(app.calls.slice(app.calls.indexOf('profiles.save'))).toContain('profiles.test');
    await page.getByText('Typo was saved, but it cannot connect').waitFor();
    expect(await page.getByText(/is ready/).count()).toBe(0);
    const failure = (await row.getByRole('status').textContent()) ?? '';
    expect(await page.getByText(failure.slice(0, 30)).count()).toBe(1);
  });

  it('tests the typed credentials in the Add dialog before saving them, and keeps nothing of them', async () => {
    const { page } = app;
    const form = await fillNewProfile(page, { name: 'Operations', baseUrl: account.url, appId: account.state.appId, apiKey: ACCOUNT_KEY, apiSecret: 'mistyped-secret-e2e-5b2' });
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/key|secret|authentic/i);
    expect(await page.getByText((await form.getByRole('status').textContent())!.slice(0, 30)).count()).toBe(1);

    await form.getByLabel('API secret').fill(ACCOUNT_SECRET);
    // The failure spoke for the old secret: gone as soon as it changed.
    expect(await form.getByRole('status').count()).toBe(0);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/Connected in \d+ ms · \d+ phones? on this app/);
    expect(account.requests.filter((request) => request.path === '/voice/sipQuery')).toHaveLength(2);
    expect(app.calls).not.toContain('profiles.save');
    expect((await app.value('profiles.list')).profiles.map((profile) => profile.name)).toEqual(['Sandbox']);
    expect(app.logLines.join('\n')).not.toContain(ACCOUNT_SECRET);
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profiles-add-dialog-tested.png') });
  });

  it("records a profile's SIP registrar in its dialog and lists it", async () => {
    const { page } = app;
    const form = await fillNewProfile(page, { name: 'Operations', baseUrl: account.url, appId: account.state.appId, apiKey: ACCOUNT_KEY, apiSecret: ACCOUNT_SECRET });
    await form.getByLabel('Registrar host').fill('sip.example.com');
    await form.getByRole('button', { name: 'Add profile' }).click();
    await expect.poll(() => form.getByText('is required with the other registrar fields (or leave all three empty)').count()).toBe(2);
    expect(app.calls).not.toContain('profiles.save');

    await form.getByLabel('Transport').selectOption('TLS');
    expect(await form.getByLabel('Registrar port').inputValue()).toBe('5061');
    await form.getByRole('button', { name: 'Add profile' }).click();
    const row = page.getByTestId('profile-Operations');
    await expect.poll(() => row.textContent()).toContain('sip.example.com:5061 · TLS');
    const saved = (await app.value('profiles.list')).profiles.find((profile) => profile.name === 'Operations');
    expect(saved?.registrar).toEqual({ host: 'sip.example.com', port: 5061, transport: 'tls' });

    await row.getByRole('button', { name: 'Edit Operations' }).click();
    const edit = page.getByRole('form', { name: 'Edit profile Operations' });
    expect(await edit.getByLabel('Registrar host').inputValue()).toBe('sip.example.com');
    expect(await edit.getByLabel('Transport').inputValue()).toBe('tls');
  });

  it('switches profile from the header on any screen, the Sandbox banner following', async () => {
    const { page } = app;
    await addProfile(page, { name: 'Operations', baseUrl: account.url, appId: account.state.appId, apiKey: ACCOUNT_KEY, apiSecret: ACCOUNT_SECRET });
    await page.getByTestId('profile-Operations').waitFor();
    await goTo(page, 'Trunks');
    await profileSwitcher(page).click();
    expect(await page.getByRole('option').allTextContents()).toEqual(['Sandbox', 'Operations']);
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profile-switcher-open.png') });
    await page.getByRole('option', { name: 'Operations', exact: true }).click();
    await expect.poll(() => profileSwitcher(page).textContent()).toContain('Operations');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'built-in sandbox' }).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Trunks');
    expect((await app.value('profiles.list')).activeId).not.toBe('sandbox');

    await chooseProfile(page, 'Sandbox');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'built-in sandbox' }).count()).toBe(1);
  });
});

describe('Profiles in Chromium, under an organisation’s policy', () => {
  // Up before the app starts, which reads a policy naming its address; one account for the block.
  let running: Sandbox | undefined;
  beforeAll(async () => {
    running = await startAccount({ apiKey: ACCOUNT_KEY, apiSecret: ACCOUNT_SECRET });
  });
  afterAll(() => running?.close());
  const account = current(() => running, 'the account');
  const freshDir = useTempDirs('switchboard-e2e-policy-');
  // Written as an administrator would, once the account's address is known (the app reads it at start).
  const app = useApp({
    colorScheme: 'light',
    policy: () => {
      const path = join(freshDir(), 'policy.json');
      const preset = { name: 'Head office', baseUrl: account.url, appId: account.state.appId, defaultCallerId: '+44 20 7946 0958' };
      writeFileSync(path, JSON.stringify({ version: 1, baseUrl: account.url, hideSandbox: true, profiles: [preset] }));
      return readPolicy(path);
    },
  });

  it('sets up the preset with the operator’s key and secret, its fields locked, uses it, and shows what the policy fixes', async () => {
    const { page } = app;
    await goTo(page, 'Profiles');
    // The Sandbox is hidden: neither listed nor offered.
    await expect.poll(() => page.getByTestId('profile-Sandbox').count()).toBe(0);
    const presets = page.getByTestId('policy-presets');
    await presets.getByRole('button', { name: 'Set up Head office' }).click();
    const form = page.getByRole('form', { name: 'Add profile' });
    expect(await form.getByLabel('API base URL').inputValue()).toBe(account.url);
    expect(await form.getByLabel('App ID').getAttribute('readonly')).not.toBeNull();
    await form.getByLabel('API key').fill(ACCOUNT_KEY);
    await form.getByLabel('API secret').fill(ACCOUNT_SECRET);
    await form.getByRole('button', { name: 'Add profile' }).click();
    const row = page.getByTestId('profile-Head office');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/Connected in \d+ ms/);
    expect(await presets.count()).toBe(0);
    // With the Sandbox hidden there is nothing else to use: the profile set up is in use at once.
    await expect.poll(() => page.getByTestId('active-profile').textContent()).toContain('Head office');
    expect(account.requests.some((request) => request.path === '/voice/sipQuery')).toBe(true);

    await goTo(page, 'Settings');
    const card = page.getByTestId('policy-card');
    await expect.poll(() => card.textContent()).toContain(`Every profile uses the API address ${account.url}.`);
    expect(await card.textContent()).toContain('The built-in Sandbox is hidden.');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
