/** What an operator does on the Dialer, shared by the specs that place calls. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Sandbox } from '../../main/sandbox';

export const numberField = (page: Page): Locator => page.getByRole('textbox', { name: 'Number to call' });

/** Picks the phone that rings first, by the start of its option's name (e.g. /^80010001 · desk-1/). */
export async function pickPhone(page: Page, phone: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: /Phone that rings first/ }).click();
  await page.getByRole('option', { name: phone }).click();
}

/** Empties the number field and types `callee` into it, key by key. */
export async function typeNumber(page: Page, callee: string): Promise<void> {
  await numberField(page).fill('');
  await numberField(page).click();
  await page.keyboard.type(callee);
}

/**
 * Waits until `account` has taken its `count`-th call, then until the Dialer shows that call's
 * recording id. In that order: read before the call reaches the emulator, the expected id would
 * still be the previous one's (or none).
 */
export async function expectPlacedCallShown(page: Page, account: Sandbox, count: number): Promise<void> {
  await expect.poll(() => account.state.calls.length, { timeout: 10_000 }).toBe(count);
  await expect.poll(() => page.getByTestId('recording-id').textContent(), { timeout: 10_000 }).toBe(account.state.calls.at(-1)?.recordingId);
}

