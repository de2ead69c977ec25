import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneSetupText } from '../../contract/schemas/phones';
import type { SipRegistrar } from '../../contract/schemas/profiles';
import { seriousViolations } from './axe';
import { useApp, type App } from './harness';
import { createForm, fillBatch } from './phone-steps';
import { SCREENSHOT_DIR } from './paths';
import { chooseTheme, expectScreen, expectToast, goTo, settle } from './ui';

const phoneList = (page: Page) => page.getByRole('table', { name: 'Phones', exact: true });
const rowOf = (page: Page, account: string) => phoneList(page).getByRole('row').filter({ hasText: account });

/**
 * Short, so a copy is seen leaving the clipboard within a test; the app's is 30 s. Long enough that
 * the toast's round trip on a busy machine ends before it is cleared (1 s did not always).
 */
const CLIPBOARD_CLEAR_MS = 5_000;
const REGISTRAR: SipRegistrar = { host: 'sip.example.com', port: 5060, transport: 'udp' };

/** Whether `text` is on the page, or on main's clipboard: booleans, so a failure never prints a password. */
const onPage = async (page: Page, text: string) => (await page.content()).includes(text);
const onClipboard = async (app: App, text: string) => (await app.clipboard.readText()) === text;

/**
 * The sandbox's account under a profile whose registrar the operator recorded (profiles.save with
 * `registrar`), made the active one; the page is loaded afresh on the Phones screen.
 */
async function useProfileWithRegistrar(app: App, registrar: SipRegistrar): Promise<void> {
  const { apiKey, apiSecret } = app.sandbox.state.credentials[0]!;
  const office = await app.value('profiles.save', { name: 'Office', baseUrl: app.sandbox.url, appId: app.sandbox.state.appId, apiKey, apiSecret, registrar });
  await app.value('profiles.use', { id: office.id });
  await app.reload();
  await goTo(app.page, 'Phones');
}

const setupCard = (page: Page, account: string) => page.getByRole('dialog', { name: new RegExp(`^Set up a handset for .+ \\(${account}\\)$`) });
const qrCode = (card: ReturnType<typeof setupCard>) => card.getByRole('img', { name: /^QR code of the setup of/ });

describe('Phones screen in Chromium, against the embedded sandbox', () => {
  const app = useApp({ colorScheme: 'light', screen: 'Phones', clipboardClearMs: CLIPBOARD_CLEAR_MS });

  it('copies a password through main: the clipboard holds it until its time is up, and the page never did', async () => {
    const { page, sandbox } = app;
    const password = sandbox.state.phones.find((phone) => phone.account === '80010003')!.password;
    await rowOf(page, '80010003').getByRole('button', { name: 'Copy password of 80010003' }).click();
    await expectToast(page, 'Copied — the clipboard is cleared in 5 s.');
    expect(app.calls).toContain('phones.copyPassword');
    expect(app.calls).not.toContain('phones.password');
    expect(await onClipboard(app, password)).toBe(true);
    expect(await onPage(page, password)).toBe(false);
    await expect.poll(() => onClipboard(app, ''), { timeout: 15_000 }).toBe(true);
    expect(app.logLines.some((line) => line.includes(password))).toBe(false);
  });

  it('opens a phone’s setup card that says the profile has no registrar, invents none, and leads to the Profiles screen', async () => {
    const { page } = app;
    await rowOf(page, '80010001').getByRole('button', { name: 'Set up a handset for 80010001' }).click();
    const card = setupCard(page, '80010001');
    await card.waitFor();
    expect(await card.textContent()).toContain('The active profile does not say where its phones register');
    expect(await qrCode(card).count()).toBe(0);
    expect(await card.getByText('SIP server').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Set the registrar on the Profiles screen' }).click();
    await expectScreen(page, 'Profiles');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('shows a phone’s setup with the profile’s registrar and a QR code, the password only once revealed, and copies it through main', async () => {
    await useProfileWithRegistrar(app, REGISTRAR);
    const { page, sandbox } = app;
    const password = sandbox.state.phones.find((phone) => phone.account === '80010002')!.password;
    await rowOf(page, '80010002').getByRole('button', { name: 'Set up a handset for 80010002' }).click();
    const card = setupCard(page, '80010002');
    await card.waitFor();
    const fields = await card.getByRole('table', { name: 'Setup of 80010002' }).getByRole('row').allTextContents();
    expect(fields.slice(0, 4)).toEqual(['SIP serversip.example.com', 'Port5060', 'TransportUDP', 'Account80010002']);
    expect(fields[4]).toContain('••••••••');
    const masked = qrCode(card);
    expect(await masked.isVisible()).toBe(true);
    expect(await masked.getAttribute('aria-label')).toBe('QR code of the setup of 80010002');
    const qrWithout = await masked.innerHTML();
    expect(await card.getByLabel('Setup text').inputValue()).toBe(phoneSetupText({ registrar: REGISTRAR, account: '80010002' }));
    expect(await onPage(page, password)).toBe(false);

    await card.getByRole('button', { name: 'Reveal password of 80010002' }).click();
    await card.getByRole('img', { name: 'QR code of the setup of 80010002, with its password' }).waitFor();
    expect((await qrCode(card).innerHTML()) !== qrWithout).toBe(true);
    expect((await card.getByLabel('Setup text').inputValue()) === phoneSetupText({ registrar: REGISTRAR, account: '80010002', password })).toBe(true);
    // The QR code is drawn in the page as SVG: the CSP (no network, no data: images needed) refused nothing.
    expect(app.consoleErrors.filter((line) => /Content.Security.Policy/i.test(line))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phones-setup-card.png'), animations: 'disabled' });

    await card.getByRole('button', { name: 'Copy setup text' }).click();
    await expectToast(page, 'Copied with the password — the clipboard is cleared in 5 s.');
    expect(await onClipboard(app, phoneSetupText({ registrar: REGISTRAR, account: '80010002', password }))).toBe(true);
    await expect.poll(() => onClipboard(app, ''), { timeout: 15_000 }).toBe(true);
    expect(app.logLines.some((line) => line.includes(password))).toBe(false);
  });

  it('lists the sandbox phones with their passwords masked until one is revealed', async () => {
    const { page } = app;
    await expect.poll(() => phoneList(page).getByRole('row').count()).toBe(1 + 8);
    const desk = rowOf(page, '80010001');
    expect(await desk.textContent()).toMatch(/80010001desk-1Front Office447700900123••••••••/);
    const { sandbox } = app;
    const password = sandbox.state.phones.find((phone) => phone.account === '80010001')!.password;
    expect(await page.content()).not.toContain(password);

    await desk.getByRole('button', { name: 'Reveal password of 80010001' }).click();
    await expect.poll(() => desk.textContent()).toContain(password);
    // Only the phone asked for: its neighbour stays masked, and no other password reached the page.
    expect(await rowOf(page, '80010002').textContent()).toContain('••••••••');
    const others = sandbox.state.phones.filter((phone) => phone.account !== '80010001').map((phone) => phone.password);
    const html = await page.content();
    for (const other of others) expect(html).not.toContain(other);

    await desk.getByRole('button', { name: 'Hide password of 80010001' }).click();
    await expect.poll(() => desk.textContent()).not.toContain(password);
  });

  it('names a broken rule as it is typed and sends nothing', async () => {
    const { page } = app;
    const form = createForm(page);
    await fillBatch(form, { groupName: 'Day', quantity: '60', displayNum: '0800-FLOWERS' });
    await expect.poll(() => form.getByText('must be 4–32 characters').count()).toBe(1);
    await expect.poll(() => form.getByText('must be a whole number from 1 to 50').count()).toBe(1);
    await expect.poll(() => form.getByText('may contain only digits, spaces and + - . ( ) /', { exact: true }).count()).toBe(1);
    await form.getByRole('button', { name: 'Create phones' }).click();
    expect(app.calls).not.toContain('phones.create');
  });

  it('creates a batch in the sandbox, lists the new accounts masked, and saves them as CSV', async () => {
    const { page } = app;
    const form = createForm(page);
    await fillBatch(form, { groupName: 'Night Shift', phoneName: 'night', quantity: '3', displayNum: '447700900123' });
    await form.getByLabel('Caller ID').press('Enter');

    const created = page.getByRole('table', { name: 'Phones created in Night Shift' });
    await expect.poll(() => created.getByRole('row').allTextContents(), { timeout: 10_000 }).toEqual([
      'AccountNameCaller ID',
      '80010009night-1447700900123',
      '80010010night-2447700900123',
      '80010011night-3447700900123',
    ]);
    const { sandbox } = app;
    expect(sandbox.requests.filter((request) => request.path === '/voice/sipAdd').map((request) => request.body)).toEqual([
      { groupName: 'Night Shift', phoneName: 'night', quantity: 3, displayNum: '447700900123', appId: 'app-7f3c21' },
    ]);

    // The full list shows them too, masked; the filter finds them. It is typed once the list has
    // been read again with them: typed while the re-read mounts the list anew, it could be lost.
    await rowOf(page, '80010011').waitFor();
    await page.getByLabel('Filter').fill('night');
    await expect.poll(() => phoneList(page).getByRole('row').count()).toBe(1 + 3);
    for (const account of ['80010009', '80010010', '80010011']) expect(await rowOf(page, account).textContent()).toContain('••••••••');
    const passwords = sandbox.state.phones.filter((phone) => phone.groupName === 'Night Shift').map((phone) => phone.password);
    expect(passwords).toHaveLength(3);
    for (const password of passwords) expect(await page.content()).not.toContain(password);
    await rowOf(page, '80010010').getByRole('button', { name: 'Reveal password of 80010010' }).click();
    await expect.poll(() => rowOf(page, '80010010').textContent()).toContain(passwords[1]);

    await page.getByRole('button', { name: 'Save Night Shift as CSV…' }).click();
    await expect.poll(() => page.getByText('Phones saved as CSV').count()).toBe(1);
    const saved = app.dialogs.saved.at(-1)!;
    expect(saved).toMatch(/phones-night-shift-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = (await readFile(saved, 'utf8')).trimEnd().split('\n');
    expect(rows).toEqual([
      'account,password,displayNum,groupName',
      `80010009,${passwords[0]},447700900123,Night Shift`,
      `80010010,${passwords[1]},447700900123,Night Shift`,
      `80010011,${passwords[2]},447700900123,Night Shift`,
    ]);

    await settle(page);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phones-created-batch.png'), fullPage: true });
    for (const line of app.logLines) for (const password of passwords) expect(line).not.toContain(password);
  });

  it('tells while typing that a group exists, and shows the vendor limit (-23) on the quantity', async () => {
    const { page } = app;
    const form = createForm(page);
    await form.getByLabel('Group name').fill('Front Office');
    await expect.poll(() => form.getByText('is already used by a group in this application').count()).toBe(1);

    const { sandbox } = app;
    sandbox.state.limits.phones = sandbox.state.phones.length + 1;
    await fillBatch(form, { groupName: 'Overflow Desk', phoneName: 'overflow', quantity: '2', displayNum: '12025550143' });
    await form.getByRole('button', { name: 'Create phones' }).click();
    await expect
      .poll(() => form.getByText('The application has reached its limit of phones. Create fewer phones, or ask ITNIO support to raise the limit.').count())
      .toBe(1);
    expect(await form.getByLabel('Quantity').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Quantity').evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
  });

  it('resets a phone’s password once confirmed: the new one is shown masked, and is the one the sandbox now has', async () => {
    const { page } = app;
    const { sandbox } = app;
    const phone = () => sandbox.state.phones.find((candidate) => candidate.account === '80010008')!;
    const old = phone().password;
    const resets = () => sandbox.requests.filter((request) => request.path === '/voice/sipReset');
    const before = resets().length;

    await rowOf(page, '80010008').getByRole('button', { name: 'Reset password of 80010008' }).click();
    const prompt = page.getByRole('dialog', { name: `Reset the SIP password of ${phone().phoneName} (80010008)?` });
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('the current one stops working');
    expect(resets()).toHaveLength(before);
    await prompt.getByRole('button', { name: 'Reset password' }).click();

    const done = page.getByRole('dialog', { name: `New SIP password of ${phone().phoneName} (80010008)` });
    await done.waitFor();
    const fresh = phone().password;
    expect(fresh).not.toBe(old);
    expect(resets().map((request) => request.body)).toEqual([{ account: '80010008', appId: sandbox.state.appId }]);
    expect(await done.textContent()).toContain('••••••••');
    expect(await page.content()).not.toContain(fresh);

    await done.getByRole('button', { name: 'Reveal new password of 80010008' }).click();
    await expect.poll(() => done.textContent()).toContain(fresh);
    await page.mouse.move(0, 0);
    await settle(page);
    const scan = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa']).include('[role="dialog"]').analyze();
    expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phones-password-reset.png'), animations: 'disabled' });
    await done.getByRole('button', { name: 'Done' }).click();
    await done.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(fresh);

    // The list now hands out the new password; the old one is gone everywhere.
    await rowOf(page, '80010008').getByRole('button', { name: 'Reveal password of 80010008' }).click();
    await expect.poll(() => rowOf(page, '80010008').textContent()).toContain(fresh);
    expect(resets()).toHaveLength(before + 1);
    for (const line of app.logLines) expect(line).not.toContain(fresh);
  });

  it('shows -24 from sipReset with its hint, sent once', async () => {
    const { page } = app;
    const { sandbox } = app;
    sandbox.faults.inject({ kind: 'status', code: '-24', path: '/voice/sipReset', times: 1 });
    const before = sandbox.requests.filter((request) => request.path === '/voice/sipReset').length;
    await rowOf(page, '80010007').getByRole('button', { name: 'Reset password of 80010007' }).click();
    const prompt = page.getByRole('dialog');
    await prompt.getByRole('button', { name: 'Reset password' }).click();
    await expect
      .poll(() => prompt.getByRole('alert').textContent())
      .toBe('There is no phone with this account in the application.Refresh the phone list and pick the phone again.');
    expect(sandbox.requests.filter((request) => request.path === '/voice/sipReset')).toHaveLength(before + 1);
    await prompt.getByRole('button', { name: 'Back to the list' }).click();
    await prompt.waitFor({ state: 'detached' });
  });

  it.each(['light', 'dark'] as const)('passes axe in %s with a created batch, a revealed password and a rule error on screen', async (scheme) => {
    const { page } = app;
    await chooseTheme(page, scheme === 'light' ? 'Light' : 'Dark');
    const form = createForm(page);
    await fillBatch(form, { groupName: `Axe Desk ${scheme}`, phoneName: `axe${scheme}`, displayNum: '12025550143' });
    await form.getByRole('button', { name: 'Create phones' }).click();
    await page.getByRole('heading', { name: `Created 1 phone in Axe Desk ${scheme}` }).waitFor();
    await form.getByLabel('Group name').fill('Day');
    await expect.poll(() => form.getByText('must be 4–32 characters').count()).toBe(1);
    await rowOf(page, '80010001').getByRole('button', { name: 'Reveal password of 80010001' }).click();
    await rowOf(page, '80010001').getByRole('button', { name: 'Hide password of 80010001' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `phones-batch-${scheme}.png`), animations: 'disabled' });
  });
});

describe('Phones screen in Chromium, with the page’s clock under the test’s hand', () => {
  // Its own browser: Playwright's clock stays installed for the context's life, and the other tests run on real time.
  const app = useApp({ colorScheme: 'light', screen: 'Phones' });

  /** The page loaded afresh under Playwright's clock, which then runs on until the test moves it on. */
  async function underTheTestsClock(): Promise<Page> {
    const { page } = app;
    await page.clock.install();
    await app.reload();
    await goTo(page, 'Phones');
    return page;
  }

  it('masks a revealed password in the list again after 20 s', async () => {
    const page = await underTheTestsClock();
    const password = app.sandbox.state.phones.find((phone) => phone.account === '80010001')!.password;
    await rowOf(page, '80010001').getByRole('button', { name: 'Reveal password of 80010001' }).click();
    await rowOf(page, '80010001').getByRole('button', { name: 'Hide password of 80010001' }).waitFor();
    expect(await onPage(page, password)).toBe(true);
    await page.clock.fastForward(19_000);
    expect(await onPage(page, password)).toBe(true);
    await page.clock.fastForward(1_000);
    await rowOf(page, '80010001').getByRole('button', { name: 'Reveal password of 80010001' }).waitFor();
    expect(await onPage(page, password)).toBe(false);
  });

  it('masks a password revealed on the setup card again after 20 s, and takes it out of the QR code and the text', async () => {
    const page = await underTheTestsClock();
    await useProfileWithRegistrar(app, REGISTRAR);
    const password = app.sandbox.state.phones.find((phone) => phone.account === '80010001')!.password;
    await rowOf(page, '80010001').getByRole('button', { name: 'Set up a handset for 80010001' }).click();
    const card = setupCard(page, '80010001');
    await card.getByRole('button', { name: 'Reveal password of 80010001' }).click();
    await card.getByRole('img', { name: 'QR code of the setup of 80010001, with its password' }).waitFor();
    await page.clock.fastForward(20_000);
    await card.getByRole('img', { name: 'QR code of the setup of 80010001' }).waitFor();
    expect(await onPage(page, password)).toBe(false);
    expect((await card.getByLabel('Setup text').inputValue()).includes('Password')).toBe(false);
  });
});
