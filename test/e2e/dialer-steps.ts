/** What an operator does on the Dialer, shared by the specs that place calls. */
import type { Locator, Page } from 'playwright-core';

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
