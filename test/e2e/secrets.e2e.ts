/**
 * Secrets never leak, the page's side (issue 8, item 4): the operator adds an account with its API
 * secret, calls, creates phones, reveals one password, gives a trunk a SIP password and edits a
 * number, all in Chromium. After each step the page's DOM (form values included) and its
 * localStorage and sessionStorage hold neither the API secret nor the full key, and no SIP
 * password but the one on screen because the operator asked for it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAccount } from '../support/account';
import { expectPlacedCallShown, pickPhone, typeNumber } from './dialer-steps';
import { useApp } from './harness';
import { createForm, fillBatch } from './phone-steps';
import { addProfile } from './profile-steps';
import { goTo, SCREENS } from './ui';

const API_KEY = 'pageKey5e21c9';
const API_SECRET = 'page-secret-never-in-dom-81f3';
const TRUNK_PASSWORD = 'Trunk-Page-Pass-2c7';

// Runs in the page: everything of this document a script or an extension could read back.
const PAGE_STATE = `(() => {
  const values = [...document.querySelectorAll('input, textarea, select')].map((field) => field.value);
  return [document.documentElement.outerHTML, ...values, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].join('\\n');
})()`;

describe('the page never holds a secret it was not asked to show', () => {
  const app = useApp({ colorScheme: 'light' });
  const account = useAccount({ apiKey: API_KEY, apiSecret: API_SECRET });

  const sipPasswords = () => [
    ...account.state.phones.map((phone) => phone.password),
    ...account.state.trunks.map((trunk) => trunk.sipPassword).filter((password): password is string => Boolean(password)),
  ];

  /** Fails when the page holds the API secret, the full key, or a SIP password other than `shown`. */
  async function expectNoSecrets(page: Page, step: string, shown?: string): Promise<void> {
    const state = String(await page.evaluate(PAGE_STATE));
    expect(state.length, step).toBeGreaterThan(1_000);
    expect(state.includes(API_SECRET), `${step}: API secret`).toBe(false);
    expect(state.includes(API_KEY), `${step}: full API key`).toBe(false);
    const leaked = sipPasswords().filter((password) => password !== shown && state.includes(password));
    expect(leaked, `${step}: SIP passwords`).toEqual([]);
  }

  it('through profiles, a call, phones, a trunk and a number', async () => {
    const { page } = app;

    await addProfile(page, { name: 'Operations', baseUrl: account.url, appId: account.state.appId, apiKey: API_KEY, apiSecret: API_SECRET });
    const row = page.getByTestId('profile-Operations');
    await row.getByRole('button', { name: 'Test connection of Operations' }).click();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/Connected in \d+ ms/);
    await row.getByRole('button', { name: 'Use Operations' }).click();
    await expect.poll(() => page.getByTestId('active-profile').textContent()).toContain('Operations');
    await expectNoSecrets(page, 'profile added, tested and in use');

    await goTo(page, 'Dialer');
    await pickPhone(page, /^80010001 · desk-1/);
    await typeNumber(page, '+44 20 7946 0958');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await expectPlacedCallShown(page, account, 1);
    await expectNoSecrets(page, 'call placed');

    await goTo(page, 'Phones');
    const create = createForm(page);
    await fillBatch(create, { groupName: 'Page Check', phoneName: 'page', quantity: '2', displayNum: '447700900123' });
    await create.getByRole('button', { name: 'Create phones' }).click();
    await page.getByRole('table', { name: 'Phones created in Page Check' }).waitFor({ timeout: 10_000 });
    await expectNoSecrets(page, 'phones created');
    const desk = page.getByRole('table', { name: 'Phones', exact: true }).getByRole('row').filter({ hasText: '80010001' });
    const revealed = account.state.phones.find((phone) => phone.account === '80010001')!.password;
    await desk.getByRole('button', { name: 'Reveal password of 80010001' }).click();
    // Compared as a boolean: a failure must not print the password.
    await expect.poll(async () => (await desk.textContent())?.includes(revealed), { timeout: 10_000 }).toBe(true);
    await expectNoSecrets(page, 'one password revealed', revealed);

    // Leaving the screen forgets the revealed password.
    await goTo(page, 'Trunks');
    await page.getByRole('button', { name: 'Edit FRA-Out-Primary', exact: true }).click();
    const editor = page.getByRole('form', { name: 'Edit trunk FRA-Out-Primary' });
    await editor.getByRole('switch', { name: 'Registration' }).check({ force: true });
    await editor.getByLabel(/^SIP account/).fill('fraout01');
    await editor.getByLabel(/^SIP password/).fill(TRUNK_PASSWORD);
    await editor.getByRole('button', { name: 'Save trunk' }).click();
    // The review before the save names the password only as changed.
    const review = editor.getByRole('group', { name: /^Save trunk / });
    await expect.poll(() => review.textContent()).toContain('SIP password: (empty) → changed');
    await expectNoSecrets(page, 'trunk save under review');
    await review.getByRole('button', { name: 'Send' }).click();
    await editor.waitFor({ state: 'detached' });
    expect(account.state.trunks.find((trunk) => trunk.sipTrunkName === 'FRA-Out-Primary')?.sipPassword).toBe(TRUNK_PASSWORD);
    await expectNoSecrets(page, 'trunk saved with a SIP password');

    await goTo(page, 'Numbers');
    const settings = page.getByRole('form', { name: 'Number settings' });
    await settings.getByRole('textbox', { name: /^Number/ }).fill('442079460958');
    await settings.getByLabel('Remark').fill('Page check');
    // Enter saves the form; the trunk's toast may still cover the button.
    await settings.getByLabel('Remark').press('Enter');
    await page.getByRole('dialog', { name: /^Save the settings of/ }).getByRole('button', { name: 'Send' }).click();
    await page.getByText('442079460958 is updated.').waitFor();
    await expectNoSecrets(page, 'number edited');

    // Every screen once more, and the page as a new launch would find it.
    for (const screen of SCREENS) {
      await goTo(page, screen);
      await expectNoSecrets(page, `${screen} screen`);
    }
    await app.reload();
    await expectNoSecrets(page, 'after a reload');
    for (const secret of [API_SECRET, API_KEY, ...sipPasswords()]) expect(app.logLines.join('\n')).not.toContain(secret);
  });
});
