import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS } from '../../contract/methods';
import { CONTENT_SECURITY_POLICY } from '../../main/csp';
import { useApp } from './harness';
import { PACKAGE_VERSION } from './paths';
import { chooseTheme, colorScheme, expectScreen, goTo, heading, isFocused, navItem, SCREENS, shortcutKey, tabToNavItem, versionLine } from './ui';

// Page-side shapes used inside page.evaluate (the Node tsconfig has no DOM library).
interface PageWindow {
  switchboard: Record<string, Record<string, unknown>>;
  __inlineRan?: boolean;
}
interface PageElement {
  textContent: string;
  append(child: PageElement): void;
}
declare const window: PageWindow;
declare const document: {
  body: PageElement;
  createElement(tag: string): PageElement;
  addEventListener(type: 'securitypolicyviolation', listener: (event: { effectiveDirective: string; blockedURI: string }) => void): void;
};
declare const location: { href: string };

// The OS reports dark, so "System" has something to follow that differs from Mantine's light default.
describe('app shell in Chromium, wired to the real router', () => {
  const app = useApp({ colorScheme: 'dark' });

  it('loads and shows the version that app.info answers through the router', async () => {
    await expect.poll(() => versionLine(app.page).textContent()).toBe(`Version ${PACKAGE_VERSION}`);
    expect(app.calls).toContain('app.info');
    // The page sees exactly the contract's surface, built as the preload builds it: the methods and listening to main's events.
    const surface = await app.page.evaluate(() =>
      Object.entries(window.switchboard).flatMap(([feature, verbs]) => Object.keys(verbs).map((verb) => `${feature}.${verb}`)),
    );
    expect(surface.sort()).toEqual([...METHODS, 'events.on'].sort());
    expect(app.pageErrors).toEqual([]);
    expect(app.logLines.filter((line) => (JSON.parse(line) as { level: string }).level === 'error')).toEqual([]);
  });

  it('reaches every screen with Tab and Enter, focusing its heading and marking the nav item current', async () => {
    const { page } = app;
    await expectScreen(page, 'Dialer');
    // From a fresh load, forward through the header into the nav; from a heading, back into it.
    await tabToNavItem(page, SCREENS[1], 'Tab');
    for (const [index, screen] of [...SCREENS.slice(1), 'Dialer' as const].entries()) {
      if (index > 0) await tabToNavItem(page, screen, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expectScreen(page, screen);
      expect(await isFocused(heading(page)), `${screen} heading focused`).toBe(true);
    }
  });

  it('switches screens with Ctrl+1..9 and 0, Settings with Ctrl+comma', async () => {
    const { page } = app;
    for (const screen of [...SCREENS].reverse()) {
      expect(await navItem(page, screen).getAttribute('aria-keyshortcuts')).toBe(`Control+${shortcutKey(screen)}`);
      await goTo(page, screen);
      if (screen !== 'Dialer') expect(await isFocused(heading(page)), `${screen} heading focused`).toBe(true);
    }
  });

  it('applies the chosen theme to <html>, and follows the OS on System', async () => {
    const { page } = app;
    // A first launch follows the OS, which Chromium reports as dark here.
    expect(await page.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);
    expect(await colorScheme(page)).toBe('dark');

    await chooseTheme(page, 'Light');
    await expect.poll(() => colorScheme(page)).toBe('light');
    await chooseTheme(page, 'Dark');
    await expect.poll(() => colorScheme(page)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    // Proving that nothing happens needs a pause long enough for a change to have landed.
    await page.waitForTimeout(150);
    expect(await colorScheme(page), 'an explicit choice ignores the OS').toBe('dark');

    await chooseTheme(page, 'System');
    await expect.poll(() => colorScheme(page)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => colorScheme(page)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => colorScheme(page)).toBe('light');

    // The choice survives a restart of the renderer.
    await chooseTheme(page, 'Dark');
    await app.reload();
    await expect.poll(() => colorScheme(page)).toBe('dark');
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
  });

  describe('production Content-Security-Policy', () => {
    // A foreign server that would answer any origin: if a request fails, only the CSP stopped it.
    let foreign: Server;
    let foreignHits = 0;
    beforeAll(async () => {
      foreign = createServer((_request, response) => {
        foreignHits++;
        response.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' }).end('reached');
      });
      await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      await new Promise((resolve) => foreign?.close(resolve));
    });

    it('is sent with the page and blocks fetches to any origin, and inline scripts', async () => {
      const response = await app.reload();
      expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

      const foreignUrl = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`;
      const outcome = await app.page.evaluate(async (otherOrigin) => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
        const attempt = (url: string) =>
          fetch(url).then(
            (reply) => `answered ${reply.status}`,
            () => 'refused',
          );
        const foreignFetch = await attempt(otherOrigin);
        const ownFetch = await attempt(location.href);
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
        // Violation events are queued as tasks; let them arrive.
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { foreignFetch, ownFetch, inlineRan: window.__inlineRan === true, violations };
      }, foreignUrl);

      expect(outcome.foreignFetch).toBe('refused');
      expect(outcome.ownFetch).toBe('refused');
      expect(outcome.inlineRan).toBe(false);
      expect(foreignHits).toBe(0);
      expect(outcome.violations).toEqual(
        expect.arrayContaining([`connect-src ${foreignUrl}`, `connect-src ${app.url}`, 'script-src-elem inline']),
      );
    });
  });
});
