import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { numberField, pickPhone } from './dialer-steps';
import { dropOn, fileTransfer } from './drop';
import { useApp } from './harness';
import { goTo } from './ui';

/** A phone's export: vCard 3.0, a folded line, two numbers on one card. */
const CARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Lovelace;Ada;;;',
  'FN:Ada Lovelace',
  'ORG:Analytical Engines',
  'TEL;TYPE=CELL:+44 7700 900123',
  'TEL;TYPE=WORK,VOICE:+44 20 7946 0958',
  'NOTE:Prefers calls before noon\\, UK time. Ask for the',
  '  engine room.',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Grace Hopper',
  'TEL;TYPE=WORK:+1 202 555 0143',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Nobody Reachable',
  'TEL:not a number',
  'END:VCARD',
  '',
].join('\r\n');

describe('Contacts in Chromium against the embedded sandbox', () => {
  const app = useApp({ colorScheme: 'light', screen: 'Contacts' });

  it('imports a dropped vCard, finds a contact by part of the name in the Dialer, and calls it', async () => {
    const { page, sandbox } = app;
    await dropOn(page.getByTestId('contact-drop-zone'), await fileTransfer(page, 'phone-export.vcf', new TextEncoder().encode(CARDS), 'text/vcard'));
    const report = page.getByTestId('contact-import-report');
    await report.waitFor();
    expect(await report.getByRole('heading').textContent()).toBe('phone-export.vcf (vCard)');
    expect(await report.getByRole('status').textContent()).toBe('2 contacts imported, 0 merged, 1 refused.');
    expect(await report.getByRole('row').filter({ hasText: 'Nobody Reachable' }).textContent()).toMatch(/Refused/);
    await page.getByRole('table', { name: 'Contacts' }).getByText('Ada Lovelace').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await goTo(page, 'Dialer');
    await pickPhone(page, /^80010001 · desk-1/);
    await numberField(page).click();
    await page.keyboard.type('lovel');
    await page.getByRole('option', { name: 'Ada Lovelace, +442079460958' }).click();
    expect(await numberField(page).inputValue()).toBe('+442079460958');
    expect(await page.getByTestId('callee-contact').textContent()).toBe('Ada Lovelace (work)');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(1);
    expect(sandbox.state.calls[0]).toMatchObject({ callee: '442079460958', account: '80010001' });

    // The history names whom the call went to.
    await expect.poll(() => page.getByTestId('history-row').first().getByTestId('number-owner').textContent()).toBe('Ada Lovelace (work)');
  });

  it('adds a number from the history to the contacts, then exports them as vCard', async () => {
    const { page, sandbox } = app;
    await goTo(page, 'Dialer');
    await pickPhone(page, /^80010001 · desk-1/);
    await numberField(page).fill('+33 1 42 68 53 00');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'Add to contacts: +33142685300' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    expect(await dialog.getByLabel(/^Number 1/).inputValue()).toBe('+33142685300');
    await dialog.getByLabel(/^Name/).fill('Paris office');
    await dialog.getByRole('button', { name: 'Save contact' }).click();
    await expect.poll(() => page.getByTestId('history-row').first().getByTestId('number-owner').textContent()).toBe('Paris office');

    await goTo(page, 'Contacts');
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('menuitem', { name: 'As vCard' }).click();
    // Saved once main says so: the dialog answers before the file is written.
    await page.getByText('1 contact exported').waitFor();
    expect(app.dialogs.saved).toHaveLength(1);
    const card = await readFile(app.dialogs.saved[0]!, 'utf8');
    expect(card).toMatch(/FN:Paris office/);
    expect(card).toMatch(/TEL[^:\r\n]*:\+33142685300/);
  });
});
