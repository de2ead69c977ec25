/**
 * The window in another language, screen by screen: in the pseudo-locale every word the page shows
 * must have come from a catalog (accented, bracketed, 30% longer) and every screen must still fit;
 * in Simplified Chinese every screen is named in Chinese, `lang` says so, axe finds nothing
 * serious, and a screenshot of each at 1280×800 is kept (test-results/screenshots/zh-CN-*.png).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LanguageChoice } from '../../contract/languages';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoMessage } from '../../contract/messages/pseudo';
import enContacts from '../../renderer/src/i18n/en/contacts';
import enNumbers from '../../renderer/src/i18n/en/numbers';
import enProfiles from '../../renderer/src/i18n/en/profiles';
import enShell from '../../renderer/src/i18n/en/shell';
import enTrunks from '../../renderer/src/i18n/en/trunks';
import zhShell from '../../renderer/src/i18n/zh-CN/shell';
import { seriousViolations } from './axe';
import { useApp, type App } from './harness';
import { sidewaysScroll } from './layout-steps';
import { SCREENSHOT_DIR } from './paths';
import { heading, SCREENS, settle, shortcutKey } from './ui';

type ScreenId = keyof typeof enShell.screens;
/** The catalog names the screens in the nav's order, the order of ui.ts's SCREENS. */
const SCREEN_IDS = Object.keys(enShell.screens) as ScreenId[];

// Page-side shapes used inside evaluate (the Node tsconfig has no DOM library).
interface PageElement {
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
}
interface PageNode {
  textContent: string | null;
  parentElement: PageElement | null;
}
interface PageDocument {
  body: PageElement & { querySelectorAll(selector: string): Iterable<PageElement> };
  createTreeWalker(root: PageElement, show: number): { nextNode(): PageNode | null };
}
/**
 * The button that opens a screen's form, by its English message: its words are checked too. In the
 * pseudo-locale the name is that message accented, up to its first value.
 */
const OPENS: Partial<Record<ScreenId, string>> = {
  contacts: enContacts.book.newContact,
  numbers: enNumbers.list.editNumber,
  trunks: enTrunks.row.editLabel,
  profiles: enProfiles.form.add,
};
const pseudoName = (message: string) => new RegExp(`^${pseudoMessage(message).split('{{')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** NodeFilter.SHOW_TEXT. */
const SHOW_TEXT = 4;

const EVERY_SCREEN_TIMEOUT_MS = 240_000;

/** The window's language, chosen as the operator does in Settings, and the page loaded anew in it. */
async function speak(app: App, choice: LanguageChoice, lang: string): Promise<void> {
  await app.value('app.setLanguage', { choice });
  await app.reload();
  await expect.poll(() => app.page.locator('html').getAttribute('lang')).toBe(lang);
}

/** Goes to each screen by its shortcut, waits for its heading in the language, then runs `check`. */
async function everyScreen(page: Page, label: (id: ScreenId) => string, check: (id: ScreenId) => Promise<void>): Promise<void> {
  for (const [index, id] of SCREEN_IDS.entries()) {
    await page.keyboard.press(`Control+${shortcutKey(SCREENS[index]!)}`);
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe(label(id));
    // A screen reads ITNIO as it opens: its words are checked once what it read is shown.
    await expect.poll(() => page.locator('[aria-busy="true"], .mantine-Loader-root').count(), { timeout: 15_000 }).toBe(0);
    await settle(page);
    await check(id);
  }
}

/**
 * What the page shows as data, not as words of its own: every string of the sandbox's account
 * (names, remarks) and of the profiles (their names, addresses, masked keys), and each language
 * named in itself in the language picker.
 */
async function accountData(app: App): Promise<Set<string>> {
  const found = new Set<string>(['English', '简体中文']);
  const walk = (value: unknown) => {
    if (typeof value === 'string' && /[A-Za-z]{2}/.test(value)) found.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(app.sandbox.state);
  walk(await app.value('profiles.list'));
  return found;
}

/** An example address in a field's placeholder (sip.example.com): the reserved example domain, not words. */
const EXAMPLE_HOST = /\b[\w-]+\.example\.(com|org|net)\b/g;

/** A date or time as Intl writes it in English ("Dec 2, 2026, 5:00:11 PM"): the locale's, not a catalog's. */
const ENGLISH_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(, \d{4})?\b/g;

/**
 * The words on the page that no catalog gave: every text and accessible name, with what a catalog
 * gave (⟦…⟧), the account's own data, the product's name, key names and all-capital terms (API,
 * SIP, CSV) taken out. Whatever still has a word of two letters or more was written into the
 * page by hand.
 */
async function unwrapped(page: Page, data: Set<string>): Promise<string[]> {
  const texts = await page.evaluate((showText) => {
    const document = (globalThis as unknown as { document: PageDocument }).document;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, showText);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      if ((node.textContent ?? '').trim()) found.push(node.textContent!.trim());
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value?.trim()) found.push(value.trim());
      }
    }
    return found;
  }, SHOW_TEXT);
  const longestFirst = [...data].sort((a, b) => b.length - a.length);
  const catalogued = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g');
  const left = texts.filter((text) => {
    let rest = text.replace(catalogued, ' ');
    for (const value of longestFirst) rest = rest.split(value).join(' ');
    rest = rest.replace(ENGLISH_DATE, ' ').replace(EXAMPLE_HOST, ' ').replace(/\bSwitchboard\b|\b(Ctrl|Cmd|Shift|Alt|Enter|Esc)\b|\b[A-Z0-9]{2,}s?\b/g, ' ');
    return /[A-Za-z]{2}/.test(rest);
  });
  return [...new Set(left)];
}

describe('the window in the operator’s language', () => {
  const app = useApp({ colorScheme: 'light' });

  it('shows no word that a catalog did not give, and every screen still fits, in the 30% longer pseudo-locale', { timeout: EVERY_SCREEN_TIMEOUT_MS }, async () => {
    const { page } = app;
    await speak(app, 'en-XA', 'en-XA');
    const data = await accountData(app);
    const found: string[] = [];
    for (const size of [{ width: 1280, height: 800 }, { width: 800, height: 600 }]) {
      await page.setViewportSize(size);
      await everyScreen(
        page,
        (id) => pseudoMessage(enShell.screens[id].label),
        async (id) => {
          const where = `${id} at ${size.width}×${size.height}`;
          if (size.width === 1280) found.push(...(await unwrapped(page, data)).map((text) => `${id}: “${text}”`));
          expect.soft(await sidewaysScroll(page), `sideways scroll of ${where}`).toBe(0);
          const opens = OPENS[id];
          if (opens && size.width === 1280) {
            await page.getByRole('button', { name: pseudoName(opens) }).first().click();
            await settle(page);
            found.push(...(await unwrapped(page, data)).map((text) => `${id}, its form open: “${text}”`));
            // A form in a dialog is closed, so that the next screen's shortcut reaches the shell.
            await page.keyboard.press('Escape');
            await settle(page);
          }
        },
      );
    }
    expect(found).toEqual([]);
  });

  it('speaks Simplified Chinese on every screen, says so in `lang`, with nothing serious for axe; screenshots at 1280×800', { timeout: EVERY_SCREEN_TIMEOUT_MS }, async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await speak(app, 'zh-CN', 'zh-CN');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const found: string[] = [];
    await everyScreen(
      page,
      (id) => zhShell.screens[id].label,
      async (id) => {
        found.push(...(await seriousViolations(page)).map((violation) => `${id}: ${violation}`));
        expect.soft(await sidewaysScroll(page), `sideways scroll of ${id}`).toBe(0);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `zh-CN-${id}.png`), animations: 'disabled' });
      },
    );
    expect(found).toEqual([]);
  });

  it('follows the system’s language until the operator picks one, and keeps the pick across a restart', async () => {
    const { page } = app;
    // The first start: the system's choice, English in this browser.
    expect(await app.value('app.language')).toMatchObject({ choice: 'system' });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.keyboard.press('Control+,');
    await page.getByRole('combobox', { name: 'Language of the window' }).click();
    await page.getByRole('option', { name: '简体中文' }).click();
    await expect.poll(() => heading(page).textContent()).toBe(zhShell.screens.settings.label);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await app.restart();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => heading(page).textContent()).toBe(zhShell.screens.dialer.label);
  });
});
