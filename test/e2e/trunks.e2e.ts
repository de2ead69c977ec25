import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useApp } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { expectScreen, settle } from './ui';

const rows = (page: Page) => page.getByRole('table', { name: 'SIP trunks' }).getByRole('row');
const keyIds = async (page: Page) => (await rows(page).evaluateAll((all) => all.map((row) => row.getAttribute('data-testid')))).filter(Boolean);
const row = (page: Page, keyId: number) => page.getByTestId(`trunk-${keyId}`);
const editor = (page: Page, name: string) => page.getByRole('form', { name: `Edit trunk ${name}` });

async function openEditor(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
  const form = editor(page, name);
  await form.waitFor();
  return form;
}

/** Save, then Send in the review that lists what the save changes on ITNIO. */
async function saveAndSend(form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Save trunk' }).click();
  await form.getByRole('group', { name: /^Save trunk / }).getByRole('button', { name: 'Send' }).click();
}

async function saveAndWait(page: Page, form: Locator): Promise<void> {
  await saveAndSend(form);
  await form.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByText('Trunk saved').count()).toBeGreaterThan(0);
}

describe('Trunks screen in Chromium, against the embedded sandbox', () => {
  const app = useApp({ colorScheme: 'light', screen: 'Trunks' });
  beforeEach(async () => {
    await row(app.page, 2001).waitFor();
  });
  const trunk = (keyId: number) => app.sandbox.state.trunks.find((candidate) => candidate.keyId === keyId)!;

  it('lists the sandbox’s trunks and filters them by type and by a part of the name', async () => {
    const { page } = app;
    await expect.poll(() => keyIds(page)).toEqual(['trunk-2001', 'trunk-2002', 'trunk-2003', 'trunk-2004', 'trunk-2005', 'trunk-2006', 'trunk-2007', 'trunk-2008', 'trunk-2009', 'trunk-2010']);
    expect(await row(page, 2008).textContent()).toContain('Support Tier 2 (105) · 12025550189');

    await page.getByRole('radiogroup', { name: 'Trunk type' }).getByText('Incoming', { exact: true }).click();
    await expect.poll(() => keyIds(page)).toEqual(['trunk-2006', 'trunk-2007', 'trunk-2008', 'trunk-2009', 'trunk-2010']);
    await page.getByLabel('Search by name').fill('lon');
    await expect.poll(() => keyIds(page)).toEqual(['trunk-2006', 'trunk-2007']);
    const queries = app.sandbox.requests.filter((request) => request.path === '/v3/cc/sipTrunk/query').map((request) => request.body);
    expect(queries.at(-1)).toEqual({ current: 1, size: 20, params: { type: 2, sipTrunkName: 'lon' } });

    await page.getByLabel('Search by name').fill('');
    await page.getByRole('radiogroup', { name: 'Trunk type' }).getByText('All types', { exact: true }).click();
    await expect.poll(() => keyIds(page).then((ids) => ids.length)).toBe(10);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'trunks.png'), fullPage: true });
  });

  it('edits an incoming trunk: whitelist IP and an agent group with its number', async () => {
    const { page } = app;
    const form = await openEditor(page, 'Lab-In-Test');
    expect(await form.getByLabel('Gateway IP').count()).toBe(0);
    await form.getByLabel('Whitelist IP').fill('2001:db8::41');
    await form.getByRole('button', { name: 'Add agent group' }).click();
    // Picked by name from the call center's agent groups, typing part of it to search.
    const picker = form.getByRole('combobox', { name: /^Agent group 1\b/ });
    await picker.click();
    await picker.pressSequentially('americ');
    await page.getByRole('option', { name: 'Sales Americas (103)' }).click();
    expect(await picker.inputValue()).toBe('Sales Americas (103)');
    await form.getByLabel('Number for agent group 1').fill('13105550199');
    await saveAndWait(page, form);
    await expect.poll(() => row(page, 2010).textContent()).toContain('Sales Americas (103) · 13105550199');
    expect(await row(page, 2010).textContent()).toContain('2001:db8::41');
    expect(trunk(2010)).toMatchObject({ sipWhiteIp: '2001:db8::41', groupList: [{ voiceGroupId: 103, number: '13105550199' }] });
  });

  it('edits an outgoing trunk: registration on with an account and a password that is never shown unasked', async () => {
    const { page } = app;
    let form = await openEditor(page, 'FRA-Out-Primary');
    expect(await form.getByLabel('Whitelist IP').count()).toBe(0);
    await form.getByLabel('Prefix').fill('0033');
    await form.getByRole('switch', { name: 'Registration' }).check({ force: true });
    await form.getByLabel(/^SIP account/).fill('fraout01');
    await form.getByRole('button', { name: 'Save trunk' }).click();
    await expect.poll(() => form.getByText('is required when registration is on (this trunk has no password yet)').count()).toBe(1);
    await form.getByLabel(/^SIP password/).fill('Fr4-Registr-e2e');
    await saveAndWait(page, form);
    await expect.poll(() => row(page, 2004).textContent()).toContain('On (fraout01)');
    expect(trunk(2004)).toMatchObject({ sipPrefix: '0033', sipTrunkState: true, sipAccount: 'fraout01', sipPassword: 'Fr4-Registr-e2e' });

    // Every SIP password stays in main until the operator asks for one.
    const html = await page.content();
    for (const { sipPassword } of app.sandbox.state.trunks) if (sipPassword) expect(html).not.toContain(sipPassword);
    form = await openEditor(page, 'FRA-Out-Primary');
    await form.getByRole('button', { name: 'Show current password' }).click();
    await expect.poll(() => form.getByTestId('current-sip-password').textContent()).toBe('Fr4-Registr-e2e');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
    expect(app.logLines.join('\n')).not.toContain('Fr4-Registr-e2e');
  });

  it('shows a duplicate name (-47) on the name field, and asks before leaving with the unsaved edit', async () => {
    const { page } = app;
    const form = await openEditor(page, 'NYC-Out-Primary');
    const name = form.getByLabel('Trunk name');
    await name.fill('LON-Out-Backup');
    const before = app.sandbox.requests.filter((request) => request.path === '/v3/cc/sipTrunk/update').length;
    await saveAndSend(form);
    await expect.poll(() => form.getByText('Another trunk already has this name. Choose a name no other trunk uses.').count()).toBe(1);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    const updates = app.sandbox.requests.filter((request) => request.path === '/v3/cc/sipTrunk/update');
    expect(updates.slice(before).map((request) => request.status)).toEqual(['-47']);
    expect(trunk(2003).sipTrunkName).toBe('NYC-Out-Primary');

    await settle(page);
    const scan = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa']).include('[role="dialog"]').analyze();
    expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'trunks-editor-duplicate-name.png') });

    // Closing the window is held back too: the browser asks (in the app, main shows a dialog).
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    expect(await name.inputValue()).toBe('LON-Out-Backup');

    await page.keyboard.press('Control+0');
    const prompt = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    await expectScreen(page, 'Trunks');
    expect(await name.inputValue()).toBe('LON-Out-Backup');

    await page.keyboard.press('Control+0');
    await prompt.getByRole('button', { name: 'Discard changes' }).click();
    await expectScreen(page, 'Profiles');
  });

  it('says a slow save cannot be taken back when the operator presses Esc or leaves, then lists the new name and says it was saved', async () => {
    const { page } = app;
    // Long enough for the steps below on a busy machine; the answer then lands by itself.
    app.sandbox.faults.inject({ kind: 'latency', ms: 6000, path: '/v3/cc/sipTrunk/update', times: 1 });
    const form = await openEditor(page, 'FRA-Out-Primary');
    await form.getByLabel('Trunk name').fill('FRA-Out-Main');
    await saveAndSend(form);
    // What is being sent stays as it was sent.
    expect(await form.getByLabel('Trunk name').isDisabled()).toBe(true);

    await page.keyboard.press('Escape');
    const prompt = page.getByRole('dialog', { name: "Wait for ITNIO's answer" });
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Your changes to FRA-Out-Primary are being sent to ITNIO and cannot be taken back.');
    expect(await prompt.getByRole('button', { name: /Discard/ }).count()).toBe(0);
    expect(await page.getByText('have not been saved').count()).toBe(0);
    await prompt.getByRole('button', { name: 'Wait for the answer' }).click();
    await prompt.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+0');
    await prompt.waitFor();
    await expectScreen(page, 'Trunks');
    await settle(page);
    const scan = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa']).include('[role="dialog"]').analyze();
    expect(scan.violations.map((violation) => violation.id)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'trunks-save-under-way.png') });

    // The answer closes the prompt and the editor, says so, and the list shows what ITNIO holds.
    await form.waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(() => page.getByText('Trunk saved').count()).toBeGreaterThan(0);
    expect(await page.getByText('FRA-Out-Main was updated.').count()).toBe(1);
    await expect.poll(() => row(page, 2004).textContent()).toContain('FRA-Out-Main');
    // The prompt closes with its transition.
    await expect.poll(() => prompt.count()).toBe(0);
    await expectScreen(page, 'Trunks');
    expect(trunk(2004).sipTrunkName).toBe('FRA-Out-Main');
    expect(app.sandbox.requests.filter((request) => request.path === '/v3/cc/sipTrunk/update')).toHaveLength(1);
  });

  it('shows a code that names no field (-23) above the buttons, with its hint', async () => {
    const { page } = app;
    app.sandbox.faults.inject({ kind: 'status', code: '-23', path: '/v3/cc/sipTrunk/update', times: 1 });
    const form = await openEditor(page, 'LON-In-Reception');
    await form.getByLabel('Prefix').fill('44');
    await saveAndSend(form);
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The SIP-trunk limit of this account has been reached.');
    expect(await alert.textContent()).toContain('Remove a trunk you no longer need in the ITNIO console');
    await settle(page);
    const scan = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa']).include('[role="dialog"]').analyze();
    expect(scan.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('exports every trunk to CSV through the save dialog, without SIP passwords', async () => {
    const { page } = app;
    // As edited in the ITNIO console: what the export writes is the account's current list.
    trunk(2010).sipWhiteIp = '2001:db8::41';
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect.poll(() => page.getByText('Trunks exported').count()).toBeGreaterThan(0);
    const path = app.dialogs.saved.at(-1)!;
    const csv = await readFile(path, 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(11);
    expect(csv).toContain('2010,Lab-In-Test,incoming,disabled,,2001:db8::41,');
    for (const { sipPassword } of app.sandbox.state.trunks) if (sipPassword) expect(csv).not.toContain(sipPassword);
    expect(app.pageErrors).toEqual([]);
  });
});
