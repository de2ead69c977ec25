/**
 * How a person finds their way around the shell, for every spec: by role and accessible name,
 * the way a screen reader sees it, never by CSS class.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The nav order the operator sees; kept here, not imported, so a reorder fails a test. */
export const SCREENS = ['Dialer', 'Activity', 'Reports', 'Contacts', 'Call lists', 'Phones', 'Numbers', 'Trunks', 'Changes', 'Profiles', 'Settings'] as const;
export type Screen = (typeof SCREENS)[number];

export type ThemeChoice = 'System' | 'Light' | 'Dark';

// Page-side code below runs in Chromium; these are the few DOM shapes it touches (the Node
// tsconfig has no DOM library).
interface PageElement {
  tagName: string;
  textContent: string | null;
  closest(selector: string): PageElement | null;
}
declare const document: {
  activeElement: PageElement | null;
  getAnimations(): { playState: string; effect: { getTiming(): { iterations?: number } } | null }[];
};

export const nav = (page: Page): Locator => page.getByRole('navigation', { name: 'Screens' });

/** A nav item's name is its label followed by its description. */
export const navItem = (page: Page, screen: Screen): Locator =>
  nav(page).getByRole('button', { name: new RegExp(`^${screen}\\b`) });

export const heading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

export const versionLine = (page: Page): Locator => page.getByTestId('app-version');

export const colorScheme = (page: Page): Promise<string | null> => page.locator('html').getAttribute('data-mantine-color-scheme');

export const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => element === element.ownerDocument.activeElement);

/** The screen whose nav item holds keyboard focus, if any. */
async function focusedNavItem(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused.tagName !== 'BUTTON' || !focused.closest('nav[aria-label="Screens"]')) return undefined;
    return focused.textContent ?? undefined;
  });
}

/**
 * Presses `key` (Tab or Shift+Tab) until the nav item of `screen` has focus, failing after
 * `limit` presses: keyboard alone, no clicks and no programmatic focus.
 */
export async function tabToNavItem(page: Page, screen: Screen, key: 'Tab' | 'Shift+Tab', limit = 15): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(key);
    if ((await focusedNavItem(page))?.startsWith(screen)) return presses;
  }
  throw new Error(`${limit} presses of ${key} never focused the ${screen} nav item`);
}

/** Waits until `screen` is shown: its heading, and its nav item marked as the current page. */
export async function expectScreen(page: Page, screen: Screen): Promise<void> {
  await expect.poll(() => heading(page).textContent()).toBe(screen);
  for (const other of SCREENS) {
    expect(await navItem(page, other).getAttribute('aria-current'), `aria-current of ${other} on ${screen}`).toBe(
      other === screen ? 'page' : null,
    );
  }
}

/**
 * Waits for CSS transitions and animations (toasts sliding in, theme fades) to finish, so that
 * contrast checks and screenshots see final colors rather than a frame mid-fade.
 */
export async function settle(page: Page): Promise<void> {
  // Spinners loop forever; only animations that end are waited for.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * Waits for a toast saying `text`. A failure lists the toasts shown instead (an error's words, say),
 * where waiting for the text alone said only that it never came.
 */
export async function expectToast(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.getByRole('alert').allTextContents(), { timeout: 30_000 })
    .toEqual(expect.arrayContaining([expect.stringContaining(text)]));
}

/** The key that goes to `screen` with Ctrl: 1–9 then 0 for the first ten in the nav, the comma for Settings. */
export const shortcutKey = (screen: Screen): string => (screen === 'Settings' ? ',' : String((SCREENS.indexOf(screen) + 1) % 10));

/** Switches screen with its Ctrl shortcut (Mantine ignores shortcuts while a form field has focus). */
export async function goTo(page: Page, screen: Screen): Promise<void> {
  await page.keyboard.press(`Control+${shortcutKey(screen)}`);
  await expectScreen(page, screen);
}

/** Picks a theme in the header's Theme control. */
export async function chooseTheme(page: Page, choice: ThemeChoice): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Theme' }).getByText(choice, { exact: true }).click();
  await expect.poll(() => page.getByRole('radio', { name: choice }).isChecked()).toBe(true);
}
