/** What an operator does on the Phones screen, shared by the specs that create phones. */
import type { Locator, Page } from 'playwright-core';

export const createForm = (page: Page): Locator => page.getByRole('form', { name: 'Create phones' });

/** The batch's fields as the contract names them (phones.create); the ones given are typed into their fields. */
export interface BatchFields {
  groupName?: string;
  phoneName?: string;
  quantity?: string;
  displayNum?: string;
}

const LABELS: Record<keyof BatchFields, string> = { groupName: 'Group name', phoneName: 'Phone name', quantity: 'Quantity', displayNum: 'Caller ID' };

/** Fills the Create phones form's fields given, in the form's order; submits nothing. */
export async function fillBatch(form: Locator, fields: BatchFields): Promise<void> {
  for (const key of Object.keys(LABELS) as (keyof BatchFields)[]) {
    const value = fields[key];
    if (value !== undefined) await form.getByLabel(LABELS[key]).fill(value);
  }
}
