import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { numberField, pickPhone, typeNumber } from './dialer-steps';
import { useApp } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { chooseTheme, expectScreen, goTo, settle } from './ui';

describe('Dialer in Chromium against the embedded sandbox', () => {
  const app = useApp({ colorScheme: 'light' });

  const recordingId = () => app.page.getByTestId('recording-id');

  it('dials by keyboard, shows the recording id, finds the call in history and redials it', async () => {
    const { page, sandbox } = app;
    await expectScreen(page, 'Dialer');
    await pickPhone(page, /^80010001 · desk-1/);

    await numberField(page).click();
    await page.keyboard.type('+44 20 7946 0958');
    await expect.poll(() => page.getByTestId('callee-preview').textContent()).toBe('Dials 442079460958 · United Kingdom · a valid United Kingdom number');
    await page.keyboard.press('Enter');

    await expect.poll(() => recordingId().count(), { timeout: 10_000 }).toBe(1);
    const first = sandbox.state.calls.at(-1)!;
    expect(first).toMatchObject({ callee: '442079460958', account: '80010001' });
    expect(await recordingId().textContent()).toBe(first.recordingId);
    expect(await page.getByTestId('place-result').textContent()).toContain('Your phone 80010001 will ring first');

    // History survives a reload of the window: it lives in main, on disk.
    await app.reload();
    await page.getByRole('textbox', { name: 'Search history' }).fill(first.recordingId);
    const rows = page.getByTestId('history-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(first.recordingId);

    await rows.first().getByRole('button', { name: 'Redial 442079460958 from 80010001' }).click();
    expect(await numberField(page).inputValue()).toBe('+442079460958');
    expect(await numberField(page).evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    // Within seconds of the first call: main holds it back and the dialer asks.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Call again?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/You called 442079460958 from phone 80010001 \d+ s ago/);
    expect(sandbox.state.calls).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Call again' }).click();
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(2);
    const second = sandbox.state.calls.at(-1)!;
    await expect.poll(() => recordingId().textContent()).toBe(second.recordingId);
    expect(second.recordingId).not.toBe(first.recordingId);

    await page.getByRole('textbox', { name: 'Search history' }).fill('');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await seriousViolations(app.page)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    // Tall enough for the whole screen: a full-page capture would cut through the fixed header.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 1280, height: 1350 });
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dialer-call-placed.png'), animations: 'disabled' });
    if (viewport) await page.setViewportSize(viewport);
  });

  it('comes forward with the number of a tel: link filled in and Call focused, dialling nothing', async () => {
    const { page, sandbox } = app;
    await goTo(page, 'Trunks');
    await app.launch(['/opt/Switchboard/switchboard', '--no-sandbox', 'tel:+44-20-7946-0958;ext=12']);
    await expectScreen(page, 'Dialer');
    await expect.poll(() => numberField(page).inputValue()).toBe('+44-20-7946-0958');
    await expect.poll(() => page.getByTestId('callee-preview').textContent()).toBe('Dials 442079460958 · United Kingdom · a valid United Kingdom number');
    expect(await page.getByRole('button', { name: 'Call', exact: true }).evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    // A link that holds no number says so and leaves the Dialer as it was.
    await app.launch(['/opt/Switchboard/switchboard', 'tel:javascript:alert(1)']);
    await page.getByText('The tel: link holds no phone number (only digits, spaces and + - . ( ) / are read), so no number was filled in.').waitFor();
    expect(await numberField(page).inputValue()).toBe('+44-20-7946-0958');
    expect(app.calls).not.toContain('calls.place');
    expect(sandbox.requests.filter((request) => request.path === '/voice/sendSip')).toEqual([]);
  });

  it('tells a call’s outcome while the window is away, and the notification’s click shows its row of the history', async () => {
    const { page, sandbox } = app;
    await pickPhone(page, /^80010001 · desk-1/);
    await typeNumber(page, '+1 (202) 555-0143');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect.poll(() => recordingId().count(), { timeout: 10_000 }).toBe(1);
    // The operator goes to another screen, then to another app; ITNIO files the record, and a check
    // finds it (the window's background one, or this one standing for it).
    await goTo(page, 'Trunks');
    app.setAway(true);
    sandbox.setClockOffset(sandbox.state.cdrDelayMs + 1_000);
    expect(await app.call('calls.checkOutcomes', { all: true })).toMatchObject({ ok: true });
    await expect.poll(() => app.notices.length).toBe(1);
    const [notice] = app.notices;
    expect(notice).toMatchObject({ kind: 'callOutcome', title: 'Answered: call to 12025550143' });
    expect(notice!.body).toMatch(/^From phone 80010001 · \d+:\d{2} · \$\d+\.\d{2} · Sandbox$/);

    await app.clickNotice(notice!);
    await expectScreen(page, 'Dialer');
    const row = page.locator('[data-testid="history-row"][data-spotlit]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(await row.textContent()).toContain('12025550143');
    expect(await row.getByTestId('call-result').textContent()).toMatch(/^Answered · /);
  });

  it('shows the vendor message and hint when the balance runs out', async () => {
    const { page, sandbox } = app;
    sandbox.state.balance = 0;
    await pickPhone(page, /^80010004 · support-1/);
    await typeNumber(page, '+1 (202) 555-0143');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    const alert = page.getByTestId('place-result');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('The account balance is too low to place this call.');
    expect(await alert.textContent()).toContain('Top up the ITNIO account, then place the call again.');
    expect(await alert.getAttribute('role')).toBe('alert');
    const failed = page.getByTestId('history-row').first();
    await expect.poll(() => failed.getByTestId('call-outcome').textContent()).toBe('Refused (-10)');
    // The Call button was disabled while the call was placed; the keyboard focus is not lost to
    // the page: it is on the Call button again or back on the number.
    const focused = `(() => {
      const element = document.activeElement;
      if (element.tagName === 'BUTTON') return 'button: ' + element.textContent.trim();
      return element.labels && element.labels.length > 0 ? 'field: ' + element.labels[0].textContent.trim() : element.tagName;
    })()`;
    await expect.poll(() => page.evaluate(focused)).toBeOneOf(['button: Call', 'field: Number to call']);
  });

  it('blocks a number that breaks the vendor rule and sends nothing', async () => {
    const { page, sandbox } = app;
    const sent = sandbox.requests.filter((request) => request.path === '/voice/sendSip').length;
    await numberField(page).fill('123456');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('must be 7–15 digits, country code first (this has 6)', { exact: true }).count()).toBe(1);
    expect(sandbox.requests.filter((request) => request.path === '/voice/sendSip')).toHaveLength(sent);
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations with a failure, a field error and history (%s)', async (scheme) => {
    const { page, sandbox } = app;
    await pickPhone(page, /^80010001 · desk-1/);
    await typeNumber(page, '+44 20 7946 0958');
    await page.keyboard.press('Enter');
    await expect.poll(() => recordingId().count(), { timeout: 10_000 }).toBe(1);
    sandbox.state.balance = 0;
    await typeNumber(page, '+1 (202) 555-0143');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('place-result').textContent(), { timeout: 10_000 }).toContain('The account balance is too low to place this call.');
    await typeNumber(page, '123456');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('must be 7–15 digits, country code first (this has 6)', { exact: true }).count()).toBe(1);
    await chooseTheme(app.page, scheme === 'light' ? 'Light' : 'Dark');
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('exports the history as CSV through the save dialog, then clears it after confirmation', async () => {
    const { page, sandbox } = app;
    // Three calls in the history, placed in main (as the CLI would): two placed, one ITNIO refused.
    await app.value('calls.place', { callee: '+44 20 7946 0958', account: '80010001' });
    await app.value('calls.place', { callee: '+1 202 555 0143', account: '80010004' });
    sandbox.state.balance = 0;
    expect(await app.failure('calls.place', { callee: '+1 310 555 0117', account: '80010003' })).toMatchObject({ kind: 'vendor', code: '-10' });
    await app.reload();
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(3);
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect.poll(() => app.dialogs.saved.length).toBe(1);
    await expect.poll(() => page.getByText(/^3 calls saved to /).count()).toBe(1);
    const csv = await readFile(app.dialogs.saved[0]!, 'utf8');
    expect(csv.split('\n')[0]).toBe('Time,Profile,Callee,Country,Phone account,Caller ID,Note,Outcome,Recording ID,Error kind,Error code,Error,Call result,Answered,Talk time (s),Cost,Currency,Termination code,Termination reason');
    for (const call of sandbox.state.calls) expect(csv).toContain(call.recordingId);

    await page.getByRole('button', { name: 'Clear history' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear call history?' });
    await dialog.getByRole('button', { name: 'Keep history' }).click();
    expect(await page.getByTestId('history-row').count()).toBe(3);
    await page.getByRole('button', { name: 'Clear history' }).click();
    await dialog.getByRole('button', { name: 'Clear all calls' }).click();
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(0);
    expect(await page.getByText(/^No calls yet/).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('filters the history by outcome, phone and day, counts what is shown and exports exactly those calls, in a small window too', async () => {
    const { page, sandbox } = app;
    sandbox.state.cdrDelayMs = 0;
    // Four calls placed in main (as the CLI would): answered and busy from desk-1, answered from support-1, one ITNIO refused.
    const answered = await app.value('calls.place', { callee: '+44 7700 900123', account: '80010001' });
    const busy = await app.value('calls.place', { callee: '+44 7700 900127', account: '80010001' });
    const other = await app.value('calls.place', { callee: '+1 202 555 0143', account: '80010004' });
    sandbox.state.balance = 0;
    await app.failure('calls.place', { callee: '+1 310 555 0117', account: '80010003' });
    await app.value('calls.checkOutcomes', { all: true });
    await page.setViewportSize({ width: 800, height: 600 });
    await app.reload();
    const rows = page.getByTestId('history-row');
    const summary = page.getByRole('region', { name: 'Call history' }).getByRole('status');
    await expect.poll(() => rows.count()).toBe(4);

    const filters = page.getByRole('group', { name: 'Filter the call history' });
    const choose = async (field: string, option: string) => {
      await filters.getByRole('combobox', { name: field, exact: true }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    await choose('Phone', '80010001');
    await expect.poll(() => rows.count()).toBe(2);
    await choose('Outcome', 'Busy');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(busy.recordingId);
    expect(await summary.textContent()).toBe('1 of 4 calls match.');
    // Today, as the operator's calendar says: the calls stay.
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    await filters.getByLabel('From', { exact: true }).fill(today);
    await filters.getByLabel('To', { exact: true }).fill(today);
    await expect.poll(() => summary.textContent()).toBe('1 of 4 calls match.');

    // The filter row wraps within a small window: every filter is on screen, none cut off.
    for (const label of ['Search history', 'From', 'To', 'Outcome', 'Phone']) {
      const box = (await filters.getByLabel(label, { exact: true }).boundingBox())!;
      expect(box.x + box.width, label).toBeLessThanOrEqual(800);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dialer-history-filtered-800.png'), animations: 'disabled' });

    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect.poll(() => app.dialogs.saved.length).toBe(1);
    await expect.poll(() => page.getByText(/^1 call saved to /).count()).toBe(1);
    const csv = (await readFile(app.dialogs.saved[0]!, 'utf8')).trim().split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(`,${busy.recordingId},`);
    expect(csv[1]).toContain(',Busy (486)');
    for (const left of [answered, other]) expect(csv.join('\n')).not.toContain(left.recordingId);
    expect(app.pageErrors).toEqual([]);
  });
});
