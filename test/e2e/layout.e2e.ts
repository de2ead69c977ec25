/**
 * Every screen at the smallest window Switchboard allows (800×600), a laptop's (1280×800) and a
 * full-HD screen's (1920×1080): nothing scrolls sideways, each screen's main actions are on screen
 * and not hidden under anything, axe finds nothing serious in light or dark, and a screenshot of
 * each is kept (test-results/screenshots/layout-*.png). One app for the file; sizes are iterated.
 * The full check of every screen at the two larger sizes is in layout-wide.e2e.ts.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { pickPhone, typeNumber } from './dialer-steps';
import { useApp } from './harness';
import { boxOf, burger, EVERY_SCREEN_FITS, EVERY_SCREEN_TIMEOUT_MS, everyScreenFits, expectInView, openScreen, shot, sidewaysScroll, SIZES, sizeName, whyNotInView } from './layout-steps';
import { SCREENSHOT_DIR } from './paths';
import { expectScreen, heading, navItem, settle } from './ui';

describe('layout at 800×600, 1280×800 and 1920×1080', () => {
  const app = useApp({ colorScheme: 'light' });

  it.each(SIZES.filter((size) => size.width === 800))(EVERY_SCREEN_FITS, { timeout: EVERY_SCREEN_TIMEOUT_MS }, (size) => everyScreenFits(app, size));

  it.each(SIZES)('at $width×$height shows the history on first run beside or under the dialer, and after Call its result and the newest call', async (size) => {
    const { page, sandbox } = app;
    await page.setViewportSize(size);
    await expectScreen(page, 'Dialer');
    if (size.width >= 1920) {
      await expectInView(page.getByRole('heading', { name: 'Call history' }), 'the call history heading on first run');
      await expectInView(page.getByText(/^No calls yet/), 'the empty history’s message on first run');
    }
    await pickPhone(page, /^80010001 · desk-1/);
    await typeNumber(page, '+44 20 7946 0958');
    await page.keyboard.press('Enter');
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(1);
    const result = page.getByTestId('place-result');
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toContain('Call placed');
    await settle(page);
    await expectInView(result, `the result of the call at ${sizeName(size)}`);
    const newest = page.getByTestId('history-row').first();
    await expect.poll(() => newest.textContent()).toContain(sandbox.state.calls[0]!.recordingId);
    // Its first cell at least: a wide table may scroll its other columns inside its own box.
    await expectInView(newest.getByRole('cell').first(), `the newest call in the history at ${sizeName(size)}`);
    expect(await sidewaysScroll(page)).toBe(0);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await shot(page, `dialer-after-call-${sizeName(size)}`);
  });

  it.each(SIZES)('at $width×$height Edit on a number marks its row and brings the form with its Save into view', async (size) => {
    const { page } = app;
    await page.setViewportSize(size);
    await openScreen(page, 'Numbers');
    const row = page.getByTestId('number-442079460958');
    await row.getByRole('button', { name: 'Edit 442079460958' }).click();
    const form = page.getByRole('form', { name: 'Number settings' });
    await expect.poll(() => form.getByRole('textbox', { name: /^Number/ }).inputValue()).toBe('442079460958');
    await settle(page);
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(await row.textContent()).toContain('Editing');
    expect(await page.getByRole('table', { name: 'Numbers' }).locator('[aria-current="true"]').count()).toBe(1);
    await expectInView(form.getByRole('textbox', { name: /^Number/ }), `the number field at ${sizeName(size)}`);
    await expectInView(form.getByRole('button', { name: /^Save settings/ }), `Save at ${sizeName(size)}`);
    // Wide enough for both: the list stays beside the form, the chosen row in view.
    if (size.width >= 1280) await expectInView(row.getByRole('cell').first(), `the chosen row beside the form at ${sizeName(size)}`);
    expect(await sidewaysScroll(page)).toBe(0);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await shot(page, `numbers-editing-${sizeName(size)}`);
  });

  it('keeps toasts clear of the column of row actions: a message after Refresh outcomes lies nowhere above or below a Redial', async () => {
    const { page, sandbox } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await pickPhone(page, /^80010001 · desk-1/);
    await typeNumber(page, '+44 20 7946 0958');
    await page.keyboard.press('Enter');
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(1);
    const redial = page.getByRole('button', { name: /^Redial / }).first();
    await redial.waitFor();
    await page.getByRole('button', { name: 'Refresh outcomes' }).click();
    const toast = page.locator('.mantine-Notification-root').first();
    await toast.waitFor();
    await settle(page);
    // Side by side, whatever the rows' height: a longer history or a shorter window brings its rows down to where toasts stack.
    const toastBox = await boxOf(toast);
    const redialBox = await boxOf(redial);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await shot(page, 'dialer-toast-1280x800');
    expect(toastBox.right <= redialBox.left || redialBox.right <= toastBox.left, `toast at x ${toastBox.left}–${toastBox.right}, Redial at x ${redialBox.left}–${redialBox.right}`).toBe(true);
  });

  it('folds the sidebar away at 800×600 behind a Screens button, which a choice closes again', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 800, height: 600 });
    await expectScreen(page, 'Dialer');
    expect(await burger(page).getAttribute('aria-expanded')).toBe('false');
    expect(await whyNotInView(navItem(page, 'Phones'))).toMatch(/outside the 800×600 window/);
    await openScreen(page, 'Trunks');
    await expect.poll(() => burger(page).getAttribute('aria-expanded')).toBe('false');
    await expectInView(heading(page), 'the Trunks heading');
    // From 1280 on, the sidebar stays open and there is no button to fold it.
    await page.setViewportSize({ width: 1280, height: 800 });
    await settle(page);
    expect(await burger(page).isVisible()).toBe(false);
    await expectInView(navItem(page, 'Phones'), 'the Phones item in the sidebar at 1280×800');
  });
});
