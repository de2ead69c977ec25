import { describe, expect, it } from 'vitest';
import { wav } from '../support/audio-fixtures';
import { seriousViolations } from './axe';
import { dropOn, fileTransfer } from './drop';
import { useApp } from './harness';
import { expectToast, goTo } from './ui';

describe('Changes to many numbers, and the change journal with Put back, in Chromium against the embedded sandbox', () => {
  const app = useApp({ colorScheme: 'light', screen: 'Numbers' });

  it('gives three numbers one greeting, one request each, and says which ITNIO refused and why', async () => {
    const { page, sandbox } = app;
    const chosen = ['442079460958', '12025550143', '13105550117'];
    sandbox.state.numbers.find((number) => number.number === '12025550143')!.workspaceDisabled = true;
    const table = page.getByRole('table', { name: 'Numbers' });
    for (const number of chosen) await table.getByRole('checkbox', { name: `Choose ${number}` }).check({ force: true });
    await page.getByRole('button', { name: 'Edit 3 numbers' }).click();
    const panel = page.getByRole('dialog', { name: 'Edit 3 numbers' });
    await dropOn(panel.getByRole('group', { name: 'Greeting drop zone' }), await fileTransfer(page, 'welcome.wav', wav({ seconds: 1 }), 'audio/wav'));
    await panel.getByRole('group', { name: 'Greeting to send' }).waitFor();

    await panel.getByRole('button', { name: 'Preview' }).click();
    for (const number of chosen) {
      await expect.poll(() => panel.getByRole('list', { name: `Changes to ${number}` }).textContent()).toBe('greeting: (empty) → welcome.wav (new recording)');
    }
    const edits = () => sandbox.requests.filter((request) => request.path === '/number/edit');
    expect(edits()).toHaveLength(0);

    await panel.getByRole('button', { name: 'Apply to 3 numbers' }).click();
    await panel.getByRole('button', { name: 'Done' }).waitFor({ timeout: 20_000 });
    const receipt = (number: string) => panel.getByTestId(`bulk-${number}`).getByTestId('receipt').textContent();
    expect(await receipt('442079460958')).toBe('Saved');
    expect(await receipt('12025550143')).toContain('Refused: The workspace of this account is disabled.');
    expect(await receipt('13105550117')).toBe('Saved');
    // One request per number, in order, none sent again.
    expect(edits().map((request) => (request.body as { number: string }).number)).toEqual(chosen);
    expect(sandbox.state.numbers.find((number) => number.number === '13105550117')?.greeting?.fileName).toBe('welcome.wav');
    expect(sandbox.state.numbers.find((number) => number.number === '12025550143')?.greeting).toBeNull();
  });

  it('previews a trunk change, saves it, and puts it back after a preview; the journal shows both, the second naming the first', async () => {
    const { page, sandbox } = app;
    const trunk = () => sandbox.state.trunks.find((candidate) => candidate.keyId === 2004)!;
    const before = trunk().sipPrefix;
    await goTo(page, 'Trunks');
    await page.getByRole('button', { name: 'Edit FRA-Out-Primary', exact: true }).click();
    const editor = page.getByRole('form', { name: 'Edit trunk FRA-Out-Primary' });
    await editor.getByLabel('Prefix').fill('0033');
    await editor.getByRole('button', { name: 'Save trunk' }).click();
    const review = editor.getByRole('group', { name: /^Save trunk / });
    await expect.poll(() => review.getByRole('list', { name: 'Changes to send' }).textContent()).toBe(`prefix: ${before || '(empty)'} → 0033`);
    await review.getByRole('button', { name: 'Send' }).click();
    await editor.waitFor({ state: 'detached' });
    expect(trunk().sipPrefix).toBe('0033');

    await goTo(page, 'Changes');
    const journal = page.getByRole('table', { name: 'Changes' });
    await journal.getByRole('button', { name: /^Put back .*FRA-Out-Primary/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Put back .*FRA-Out-Primary/ });
    await expect.poll(() => dialog.getByRole('list', { name: 'Changes to send' }).textContent()).toBe(`prefix: 0033 → ${before || '(empty)'}`);
    expect(trunk().sipPrefix).toBe('0033');
    await dialog.getByRole('button', { name: 'Put back' }).click();
    await expectToast(page, 'has its values from before the change again.');
    expect(trunk().sipPrefix).toBe(before);

    const rows = journal.getByRole('row').filter({ hasText: 'FRA-Out-Primary' });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('Puts back the change of');
    expect(await rows.first().textContent()).toContain(`prefix: 0033 → ${before || '(empty)'}`);
    expect(await rows.last().textContent()).toContain(`prefix: ${before || '(empty)'} → 0033`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
