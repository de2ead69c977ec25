/** What an operator does on the Profiles screen, shared by the specs that add an account. */
import type { Locator, Page } from 'playwright-core';
import { goTo } from './ui';

export interface ProfileFields {
  name: string;
  baseUrl: string;
  appId: string;
  apiKey: string;
  apiSecret: string;
}

/** Opens the Add profile form on the Profiles screen and fills it in; answers the form. */
export async function fillNewProfile(page: Page, fields: ProfileFields): Promise<Locator> {
  await goTo(page, 'Profiles');
  await page.getByRole('button', { name: 'Add profile' }).click();
  const form = page.getByRole('form', { name: 'Add profile' });
  await form.getByLabel('Profile name').fill(fields.name);
  await form.getByLabel('API base URL').fill(fields.baseUrl);
  await form.getByLabel('App ID').fill(fields.appId);
  await form.getByLabel('API key').fill(fields.apiKey);
  await form.getByLabel('API secret').fill(fields.apiSecret);
  return form;
}

/** Opens the Add profile form on the Profiles screen, fills it in and submits it; answers the form. */
export async function addProfile(page: Page, fields: ProfileFields): Promise<Locator> {
  const form = await fillNewProfile(page, fields);
  await form.getByRole('button', { name: 'Add profile' }).click();
  return form;
}

/** The header's profile switcher, on every screen. */
export const profileSwitcher = (page: Page): Locator => page.getByRole('combobox', { name: 'Active profile', exact: true });

/** Chooses `name` in the header's profile switcher. */
export async function chooseProfile(page: Page, name: string): Promise<void> {
  await profileSwitcher(page).click();
  await page.getByRole('option', { name, exact: true }).click();
}
