import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { numberField } from './dialer-steps';
import { useApp } from './harness';
import { expectScreen, isFocused } from './ui';

/** Presses Tab until `target` has the keyboard focus, failing after `limit` presses; answers how many it took. */
async function tabTo(page: Page, target: Locator, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return presses;
  }
  throw new Error(`${limit} presses of Tab never reached the field`);
}

describe('The Dialer by keyboard alone, in Chromium against the embedded sandbox', () => {
  const app = useApp({ colorScheme: 'light' });

  it('places a call from a fresh Dialer without the mouse: the number, the pad as one Tab stop, the phone picker, Enter', async () => {
    const { page, sandbox } = app;
    await expectScreen(page, 'Dialer');
    await tabTo(page, numberField(page), 20);
    await page.keyboard.type('+44 20 7946 0958');
    await expect.poll(() => page.getByTestId('callee-preview').textContent()).toBe('Dials 442079460958 · United Kingdom · a valid United Kingdom number');

    // Enter with no phone chosen sends nothing and moves on to the phone picker.
    const phonePicker = page.getByRole('combobox', { name: /Phone that rings first/ });
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(phonePicker)).toBe(true);
    expect(sandbox.state.calls).toEqual([]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(numberField(page))).toBe(true);

    // One Tab to the pad, arrows inside it (Enter presses a key), one Tab out of it.
    const pad = page.getByRole('toolbar', { name: 'Dial pad' });
    await page.keyboard.press('Tab');
    expect(await isFocused(pad.getByRole('button', { name: '1', exact: true }))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await isFocused(pad.getByRole('button', { name: '5', exact: true }))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await isFocused(pad.getByRole('button', { name: 'Delete last digit' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.type('8');
    expect(await numberField(page).inputValue()).toBe('+44 20 7946 0958');
    expect(await tabTo(page, phonePicker, 2)).toBe(2);

    // Choose the phone in the picker's list, then Enter places the call.
    await page.keyboard.type('desk-1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => phonePicker.inputValue()).toMatch(/^80010001 · desk-1/);
    await page.keyboard.press('Enter');

    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(1);
    expect(sandbox.state.calls[0]).toMatchObject({ callee: '442079460958', account: '80010001' });
    await expect.poll(() => page.getByTestId('recording-id').textContent(), { timeout: 10_000 }).toBe(sandbox.state.calls[0]!.recordingId);
    expect(app.pageErrors).toEqual([]);
  });
});
