/**
 * One window, two ITNIO accounts and another process on the same data folder: after any switch of
 * the active profile, no screen offers the previous account's phones, and nothing is sent under the
 * wrong account. A confirmation that costs money has the safe choice focused.
 */
import { describe, expect, it } from 'vitest';
import { useAccount } from '../support/account';
import { openTestApp } from '../support/app';
import { numberField, pickPhone, typeNumber } from './dialer-steps';
import { useApp } from './harness';
import { addProfile, chooseProfile, profileSwitcher } from './profile-steps';
import { goTo, isFocused } from './ui';

const OFFICE_KEY = 'officeKey42';
const OFFICE_SECRET = 'e2e-office-secret-never-shown-71c';

describe('Switching accounts in Chromium', () => {
  const app = useApp({ colorScheme: 'light' });
  const office = useAccount({ apiKey: OFFICE_KEY, apiSecret: OFFICE_SECRET });

  const phoneOptions = async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: /Phone that rings first/ }).click();
    const names = await page.getByRole('option').allTextContents();
    await page.keyboard.press('Escape');
    return names;
  };

  /** The Office account's phones have names of their own, so a list left over from the Sandbox shows. */
  const nameOfficePhones = () => {
    for (const phone of office.state.phones) phone.phoneName = phone.phoneName.replace(/^[a-z]+/, 'office');
  };

  const addOffice = async () => {
    nameOfficePhones();
    await addProfile(app.page, { name: 'Office', baseUrl: office.url, appId: office.state.appId, apiKey: OFFICE_KEY, apiSecret: OFFICE_SECRET });
    await app.page.getByTestId('profile-Office').waitFor();
  };

  it("offers none of the old account's phones after a switch in this window, even while the new one's list fails, and calls under the new one", async () => {
    const { page } = app;
    await goTo(page, 'Dialer');
    await pickPhone(page, /^80010001 · desk-1/);
    await addOffice();
    // The new account's phone list cannot be read for now (its server answers 503).
    office.faults.inject({ kind: 'html', status: 503, path: '/voice/sipQuery' });
    await page.getByTestId('profile-Office').getByRole('button', { name: 'Use Office' }).click();
    await expect.poll(() => page.getByTestId('active-profile').textContent()).toContain('Office');

    await goTo(page, 'Dialer');
    await expect.poll(() => page.getByText(/Refresh phones/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await phoneOptions()).filter((name) => /desk|support|dock/.test(name))).toEqual([]);
    expect(await page.getByRole('combobox', { name: /Phone that rings first/ }).inputValue()).toBe('');
    await typeNumber(page, '+44 20 7946 0958');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('is required: pick the phone that rings first').count()).toBeGreaterThan(0);
    expect(office.requests.filter((request) => request.path === '/voice/sendSip')).toEqual([]);

    office.faults.clear();
    await page.getByRole('button', { name: /Refresh phones/ }).click();
    await expect.poll(async () => (await phoneOptions()).join(' | '), { timeout: 10_000 }).toMatch(/office-1/);
    await pickPhone(page, /^80010001 · office-1/);
    await numberField(page).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => office.state.calls.length, { timeout: 10_000 }).toBe(1);
    expect(app.sandbox.state.calls).toHaveLength(0);
  });

  it('drops the old account\'s lists when another process makes another profile active, as the window comes back', async () => {
    const { page } = app;
    await goTo(page, 'Dialer');
    await expect.poll(async () => (await phoneOptions()).join(' | '), { timeout: 10_000 }).toMatch(/desk-1/);
    await addOffice();
    const officeId = (await app.value('profiles.list')).profiles.find((profile) => profile.name === 'Office')!.id;

    // `switchboard profile use Office` in a terminal: another process on the same data folder.
    const cli = await openTestApp({ home: app.home });
    try {
      expect((await cli.call('profiles.use', { id: officeId })).ok).toBe(true);
    } finally {
      await cli.close();
    }
    await goTo(page, 'Dialer');
    await page.evaluate("window.dispatchEvent(new Event('focus'))");
    await expect.poll(() => page.getByTestId('active-profile').textContent(), { timeout: 10_000 }).toContain('Office');
    await expect.poll(async () => (await phoneOptions()).join(' | '), { timeout: 10_000 }).toMatch(/office-1/);
    expect((await phoneOptions()).filter((name) => /desk|support|dock/.test(name))).toEqual([]);
  });

  it("switches from the header on another screen, offering only the new account's phones", async () => {
    const { page } = app;
    await addOffice();
    await goTo(page, 'Dialer');
    await expect.poll(async () => (await phoneOptions()).join(' | '), { timeout: 10_000 }).toMatch(/desk-1/);
    await chooseProfile(page, 'Office');
    await expect.poll(() => profileSwitcher(page).textContent()).toContain('Office');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dialer');
    await expect.poll(async () => (await phoneOptions()).join(' | '), { timeout: 10_000 }).toMatch(/office-1/);
    expect((await phoneOptions()).filter((name) => /desk|support|dock/.test(name))).toEqual([]);
  });

  it('asks before switching while the Numbers form waits for its save; Cancel, focused, keeps the form and the profile', async () => {
    const { page, sandbox } = app;
    await addOffice();
    await goTo(page, 'Numbers');
    const settings = page.getByRole('form', { name: 'Number settings' });
    await settings.getByRole('textbox', { name: /^Number/ }).fill('442079460958');
    await settings.getByLabel('Remark').fill('Held through a switch');
    // ITNIO is slow to answer: the save stays on its way while the operator reaches for the switcher.
    sandbox.faults.inject({ kind: 'latency', ms: 4_000, path: '/number/edit', times: 1 });
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('dialog', { name: /^Save the settings of/ }).getByRole('button', { name: 'Send' }).click();

    await chooseProfile(page, 'Office');
    const dialog = page.getByRole('dialog', { name: 'Discard changes and switch to Office?' });
    await dialog.waitFor();
    const cancel = dialog.getByRole('button', { name: 'Cancel' });
    await expect.poll(() => isFocused(cancel)).toBe(true);
    await cancel.click();
    await expect.poll(() => dialog.count()).toBe(0);

    expect(await profileSwitcher(page).textContent()).toContain('Sandbox');
    expect(await settings.getByLabel('Remark').inputValue()).toBe('Held through a switch');
    expect(app.calls).not.toContain('profiles.use');
    // The save went to the account it was typed for.
    await expect.poll(() => sandbox.requests.filter((request) => request.path === '/number/edit').length, { timeout: 10_000 }).toBe(1);
    expect(office.requests.filter((request) => request.path === '/number/edit')).toEqual([]);
  });

  it('places one call when the operator presses Enter twice at the repeat-call question', async () => {
    const { page, sandbox } = app;
    await goTo(page, 'Dialer');
    await pickPhone(page, /^80010001 · desk-1/);
    await typeNumber(page, '+44 20 7946 0958');
    await page.keyboard.press('Enter');
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(1);

    await numberField(page).click();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Call again?' });
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(sandbox.state.calls).toHaveLength(1);
  });
});
