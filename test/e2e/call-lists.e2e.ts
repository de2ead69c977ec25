import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { pickPhone } from './dialer-steps';
import { dropOn, fileTransfer } from './drop';
import { useApp } from './harness';

const LEADS = ['number,name,note', '+44 20 7946 0958,Ada Lovelace,Renewal due', '+1 202 555 0148,Grace Hopper,Asked for a demo', '+33 1 42 68 53 00,Paris office,', 'not a number,Nobody,', ''].join('\r\n');

const current = (page: Page) => page.getByTestId('call-list-current-entry');

async function dispose(page: Page, choice: string, note: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Disposition' });
  // By the keyboard: a toast from the entry before may lie over the radios.
  await form.getByRole('radio', { name: choice }).focus();
  await page.keyboard.press('Space');
  expect(await form.getByRole('radio', { name: choice }).isChecked()).toBe(true);
  await form.getByLabel('Disposition note').fill(note);
  await form.getByRole('button', { name: 'Save disposition' }).click();
}

describe('Call lists in Chromium against the embedded sandbox', () => {
  const app = useApp({ colorScheme: 'light', screen: 'Call lists' });

  it('works three entries of an imported list one by one, then exports them with their dispositions', async () => {
    const { page, sandbox } = app;
    await page.getByLabel('List name').fill('Renewals December');
    await dropOn(page.getByRole('group', { name: 'Call list drop zone' }), await fileTransfer(page, 'leads.csv', new TextEncoder().encode(LEADS), 'text/csv'));
    const report = page.getByTestId('call-list-import-report');
    await report.waitFor();
    expect(await report.textContent()).toMatch(/3 entries imported, 1 refused/);
    await page.getByRole('button', { name: 'Open Renewals December' }).click();

    // The first entry: called, answered.
    expect(await current(page).getByTestId('call-list-entry-name').textContent()).toBe('Ada Lovelace');
    await pickPhone(page, /^80010001 · desk-1/);
    await current(page).getByRole('button', { name: /^Call \+44 20 7946 0958/ }).click();
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(1);
    expect(sandbox.state.calls[0]).toMatchObject({ callee: '442079460958', account: '80010001' });
    await dispose(page, 'Answered', 'Renews in January');

    // The second: shown next, never dialled by itself; called, no answer.
    await expect.poll(() => current(page).getByTestId('call-list-entry-name').textContent()).toBe('Grace Hopper');
    expect(sandbox.state.calls).toHaveLength(1);
    await current(page).getByRole('button', { name: /^Call \+1 202/ }).click();
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(2);
    await dispose(page, 'No answer', 'Try after lunch');

    // The third: marked without a call.
    await expect.poll(() => current(page).getByTestId('call-list-entry-name').textContent()).toBe('Paris office');
    await dispose(page, 'Do not call', 'Asked to be removed');
    await page.getByTestId('call-list-finished').waitFor();
    expect(await page.getByTestId('call-list-progress').textContent()).toMatch(/3 of 3/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Export list…' }).click();
    // Saved once main says so: the dialog answers before the file is written.
    await page.getByText('Call list saved').waitFor();
    expect(app.dialogs.saved).toHaveLength(1);
    const rows = parse(await readFile(app.dialogs.saved[0]!, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.Number, row.Name, row.Disposition, row['Disposition note'], row.Calls])).toEqual([
      ['442079460958', 'Ada Lovelace', 'answered', 'Renews in January', '1'],
      ['12025550148', 'Grace Hopper', 'no-answer', 'Try after lunch', '1'],
      ['33142685300', 'Paris office', 'do-not-call', 'Asked to be removed', '0'],
    ]);
    expect(rows[0]!['Last call']).not.toBe('');
  });
});
