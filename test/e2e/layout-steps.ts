/**
 * The layout checks of every screen, shared by layout.e2e.ts (800×600 and the smaller checks) and
 * layout-wide.e2e.ts (1280×800, 1920×1080): two files, so the two Chromiums CI runs at once share
 * the three minutes of screens × schemes × sizes.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './axe';
import type { App } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { chooseTheme, colorScheme, expectScreen, navItem, SCREENS, type Screen } from './ui';

export const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
type Size = (typeof SIZES)[number];

// Page-side shapes used inside evaluate (the Node tsconfig has no DOM library).
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
interface PageElement {
  tagName: string;
  textContent: string | null;
  parentElement: PageElement | null;
  ownerDocument: PageDocument;
  getBoundingClientRect(): Box;
  contains(other: PageElement | null): boolean;
  getAttribute(name: string): string | null;
}
interface PageDocument {
  defaultView: { innerWidth: number; innerHeight: number; getComputedStyle(element: PageElement): { overflowX: string; overflowY: string } };
  scrollingElement: { scrollWidth: number; clientWidth: number };
  elementFromPoint(x: number, y: number): PageElement | null;
}

/**
 * Why `locator` is not fully on screen for the operator, or undefined when it is: inside the
 * window, inside every box that clips it, and what a click at its middle and near its corners
 * would hit (not the fixed header, a toast or the sidebar laid over it).
 */
export async function whyNotInView(locator: Locator): Promise<string | undefined> {
  return locator.evaluate((target) => {
    const element = target as unknown as PageElement;
    const document = element.ownerDocument;
    const view = document.defaultView;
    const box = element.getBoundingClientRect();
    const name = (node: PageElement | null) =>
      node ? `${node.tagName.toLowerCase()}${node.getAttribute('class') ? `.${node.getAttribute('class')!.split(' ')[0]}` : ''} “${(node.textContent ?? '').trim().slice(0, 40)}”` : 'nothing';
    if (box.width === 0 || box.height === 0) return 'has no size';
    const where = `[${Math.round(box.left)}, ${Math.round(box.top)}]–[${Math.round(box.right)}, ${Math.round(box.bottom)}]`;
    if (box.left < 0 || box.top < 0 || box.right > view.innerWidth + 0.5 || box.bottom > view.innerHeight + 0.5) {
      return `lies at ${where}, outside the ${view.innerWidth}×${view.innerHeight} window`;
    }
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = view.getComputedStyle(parent);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5 || box.top < clip.top - 0.5 || box.bottom > clip.bottom + 0.5) {
        return `lies at ${where}, cut off by the scrolling ${name(parent)}`;
      }
    }
    const inset = Math.min(3, box.width / 4, box.height / 4);
    const points: [number, number][] = [
      [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x, y);
      if (!element.contains(hit)) return `is covered at (${Math.round(x)}, ${Math.round(y)}) by ${name(hit)}`;
    }
    return undefined;
  });
}

export async function expectInView(locator: Locator, what: string, { soft = false } = {}): Promise<void> {
  await locator.first().waitFor();
  (soft ? expect.soft : expect)(await whyNotInView(locator.first()), what).toBeUndefined();
}

/** How far the page itself scrolls sideways (a table may scroll inside its own box). */
export const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: PageDocument }).document.scrollingElement;
    return root.scrollWidth - root.clientWidth;
  });

export const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height, width: box.width, height: box.height };
};

export const burger = (page: Page) => page.getByRole('button', { name: 'Screens', exact: true });

/** Goes to `screen` as an operator would at this size: by the sidebar, opened first where it is folded away. */
export async function openScreen(page: Page, screen: Screen): Promise<void> {
  if ((await burger(page).isVisible()) && (await burger(page).getAttribute('aria-expanded')) === 'false') {
    await burger(page).click();
    await expect.poll(() => burger(page).getAttribute('aria-expanded')).toBe('true');
  }
  await navItem(page, screen).click();
  await expectScreen(page, screen);
}

/** What each screen is for, which must be on screen as soon as it opens. */
const PRIMARY: Record<Screen, { what: string; find: (page: Page) => Locator }[]> = {
  Dialer: [{ what: 'the Call button', find: (page) => page.getByRole('button', { name: 'Call', exact: true }) }],
  Activity: [{ what: 'the Refresh button', find: (page) => page.getByRole('button', { name: 'Refresh the activity' }) }],
  Reports: [{ what: 'the Refresh button', find: (page) => page.getByRole('button', { name: 'Refresh the report' }) }],
  Contacts: [{ what: 'the New contact button', find: (page) => page.getByRole('button', { name: 'New contact' }) }],
  'Call lists': [{ what: 'the Choose CSV file button', find: (page) => page.getByRole('button', { name: 'Choose CSV file…' }) }],
  Phones: [{ what: 'the Create phones button', find: (page) => page.getByRole('button', { name: 'Create phones' }) }],
  Numbers: [{ what: 'the first number’s Edit button', find: (page) => page.getByRole('table', { name: 'Numbers' }).getByRole('button', { name: /^Edit / }) }],
  Trunks: [{ what: 'the first trunk’s Edit button', find: (page) => page.getByRole('table', { name: 'SIP trunks' }).getByRole('button', { name: /^Edit / }) }],
  Changes: [{ what: 'the Refresh button', find: (page) => page.getByRole('button', { name: 'Refresh the changes' }) }],
  Profiles: [
    { what: 'the Add profile button', find: (page) => page.getByRole('button', { name: 'Add profile' }) },
    { what: 'the live profile’s Remove button', find: (page) => page.getByRole('button', { name: /^Remove Head office/ }) },
  ],
  Settings: [{ what: 'the clipboard shortcut’s heading', find: (page) => page.getByRole('heading', { name: 'Dial the number on the clipboard' }) }],
};

/** Every Edit button of the trunk table lies within the window's width and its table's visible part. */
async function trunkEditsCutOff(page: Page): Promise<string[]> {
  const edits = page.getByRole('table', { name: 'SIP trunks' }).getByRole('button', { name: /^Edit / });
  const cut: string[] = [];
  for (const edit of await edits.all()) {
    const why = await edit.evaluate((target) => {
      const element = target as unknown as PageElement;
      const view = element.ownerDocument.defaultView;
      const box = element.getBoundingClientRect();
      if (box.left < 0 || box.right > view.innerWidth + 0.5) return `at x ${Math.round(box.left)}–${Math.round(box.right)}, outside the window`;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (view.getComputedStyle(parent).overflowX === 'visible') continue;
        const clip = parent.getBoundingClientRect();
        if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5) return `at x ${Math.round(box.left)}–${Math.round(box.right)}, scrolled out of its table`;
      }
      return undefined;
    });
    if (why) cut.push(`${await edit.getAttribute('aria-label')} ${why}`);
  }
  return cut;
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `layout-${name}.png`), animations: 'disabled' });
export const sizeName = (size: Size) => `${size.width}x${size.height}`;

/** The test title every size's full check shares. */
/** Eleven screens, two themes, an axe scan each: about a minute alone, over three on a machine busy twice over. */
export const EVERY_SCREEN_TIMEOUT_MS = 300_000;

export const EVERY_SCREEN_FITS = 'at $width×$height every screen fits the width with its main actions in view, the header on one line, in light and dark';

/**
 * Where the page is laid out its own way, every screen is also scanned by axe: with the sidebar
 * folded away (800) and beside the screen (1280). At 1920 the page is the 1280 one, wider.
 */
const scannedByAxe = (size: Size): boolean => size.width <= 1280;

/**
 * Every screen at `size`, light then dark: main actions in view, no sideways scroll, the header
 * whole, axe clean (where `scannedByAxe`), a screenshot of each.
 */
export async function everyScreenFits(app: App, size: Size): Promise<void> {
  const { page } = app;
  // A live account beside the sandbox: its row has every action (Use, Test, Edit, Remove), and a long name.
  await app.value('profiles.save', {
    name: 'Head office, London (EMEA operations)',
    baseUrl: 'https://api.itniotech.com',
    appId: 'app-4b2d91',
    apiKey: 'liveKey1234567890',
    apiSecret: 'live-secret-for-the-layout-check',
  });
  await page.setViewportSize(size);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await chooseTheme(page, scheme === 'light' ? 'Light' : 'Dark');
    await expect.poll(() => colorScheme(page)).toBe(scheme);
    for (const screen of SCREENS) {
      await openScreen(page, screen);
      const where = `${screen} at ${sizeName(size)} in ${scheme}`;
      // Soft: one run names every screen and size that does not fit, not just the first.
      for (const { what, find } of PRIMARY[screen]) await expectInView(find(page), `${what} on ${where}`, { soft: true });
      expect.soft(await sidewaysScroll(page), `sideways scroll of ${where}`).toBe(0);
      // The header keeps its one line: the balance, its refresh and the theme always there.
      await expectInView(page.getByTestId('account-balance'), `the balance on ${where}`, { soft: true });
      await expectInView(page.getByRole('button', { name: 'Refresh balance' }), `the balance's refresh on ${where}`, { soft: true });
      await expectInView(page.getByRole('radiogroup', { name: 'Theme' }), `the theme switch on ${where}`, { soft: true });
      // The sandbox is said in one slim strip that never scrolls away.
      const strip = page.getByRole('status', { name: /sandbox/i });
      await expectInView(strip, `the sandbox strip on ${where}`, { soft: true });
      expect.soft((await boxOf(strip)).height, `height of the sandbox strip on ${where}`).toBeLessThanOrEqual(40);
      if (screen === 'Trunks') expect.soft(await trunkEditsCutOff(page), `Edit buttons on ${where}`).toEqual([]);
      if (scannedByAxe(size)) found.push(...(await seriousViolations(page)).map((violation) => `${where}: ${violation}`));
      await shot(page, `${screen.toLowerCase()}-${sizeName(size)}-${scheme}`);
    }
  }
  expect(found).toEqual([]);
}
