/**
 * Every screen at the smallest window Switchboard allows (800×600), a laptop's (1280×800) and a
 * full-HD screen's (1920×1080): nothing scrolls sideways, each screen's main actions are on screen
 * and not hidden under anything, axe finds nothing serious in light or dark, and a screenshot of
 * each is kept (test-results/screenshots/layout-*.png). One app for the file; sizes are iterated.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { pickPhone, typeNumber } from './dialer-steps';
import { useApp } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { chooseTheme, colorScheme, expectScreen, heading, navItem, SCREENS, settle, type Screen } from './ui';

const SIZES = [
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
async function whyNotInView(locator: Locator): Promise<string | undefined> {
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

async function expectInView(locator: Locator, what: string, { soft = false } = {}): Promise<void> {
  await locator.first().waitFor();
  (soft ? expect.soft : expect)(await whyNotInView(locator.first()), what).toBeUndefined();
}

/** How far the page itself scrolls sideways (a table may scroll inside its own box). */
const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: PageDocument }).document.scrollingElement;
    return root.scrollWidth - root.clientWidth;
  });

const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height, width: box.width, height: box.height };
};

const burger = (page: Page) => page.getByRole('button', { name: 'Screens', exact: true });

/** Goes to `screen` as an operator would at this size: by the sidebar, opened first where it is folded away. */
async function openScreen(page: Page, screen: Screen): Promise<void> {
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
  Phones: [{ what: 'the Create phones button', find: (page) => page.getByRole('button', { name: 'Create phones' }) }],
  Numbers: [{ what: 'the first number’s Edit button', find: (page) => page.getByRole('table', { name: 'Numbers' }).getByRole('button', { name: /^Edit / }) }],
  Trunks: [{ what: 'the first trunk’s Edit button', find: (page) => page.getByRole('table', { name: 'SIP trunks' }).getByRole('button', { name: /^Edit / }) }],
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

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `layout-${name}.png`), animations: 'disabled' });
const sizeName = (size: Size) => `${size.width}x${size.height}`;

describe('layout at 800×600, 1280×800 and 1920×1080', () => {
  const app = useApp({ colorScheme: 'light' });

  it.each(SIZES)(
    'at $width×$height every screen fits the width with its main actions in view, the header on one line, axe-clean in light and dark',
    { timeout: 180_000 },
    async (size) => {
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
          found.push(...(await seriousViolations(page)).map((violation) => `${where}: ${violation}`));
          await shot(page, `${screen.toLowerCase()}-${sizeName(size)}-${scheme}`);
        }
      }
      expect(found).toEqual([]);
    },
  );

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
