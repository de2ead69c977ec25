/**
 * Offline and flaky networks in Chromium against the embedded sandbox (issue 16): the server
 * unreachable, failing, slow, and a call whose answer never came. Each state is said once in the
 * shell, what was read stays with its age, writes wait with the reason, and the app recovers by
 * itself. Screenshots of each state are kept.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { numberField, pickPhone, typeNumber } from './dialer-steps';
import { useApp } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { goTo, settle } from './ui';

const banner = (page: Page) => page.getByTestId('connection-banner');
const kept = (page: Page) => page.getByTestId('kept-list');
const callButton = (page: Page) => page.getByRole('button', { name: 'Call', exact: true });

async function screenshot(page: Page, name: string) {
  await settle(page);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

describe('offline and flaky networks, in Chromium', () => {
  // A 2 s wait for answers, so a server that never answers ends within the test.
  const app = useApp({ colorScheme: 'light', clientTiming: { timeoutMs: 2_000, retryDelaysMs: [] }, screen: 'Phones' });

  it('says offline once, keeps every list with its age, holds writes, and reads everything again when the server is back', async () => {
    const { page, sandbox } = app;
    await expect.poll(() => page.getByRole('region', { name: 'Phone list' }).count()).toBe(1);
    await goTo(page, 'Numbers');
    await expect.poll(() => page.getByText(/read from ITNIO at/).count()).toBeGreaterThan(0);

    // The network goes: every request is cut before ITNIO sees it.
    sandbox.faults.inject({ kind: 'reset' });
    await page.getByRole('button', { name: 'Refresh the number list' }).click();
    await expect.poll(() => banner(page).textContent()).toMatch(/^Offline since .+ — showing what was read at /);
    expect(await kept(page).textContent()).toMatch(/^Showing the numbers read at .+ \(just now\)ITNIO could not be read again/);
    await screenshot(page, 'offline-numbers');

    await goTo(page, 'Phones');
    await page.getByRole('button', { name: 'Refresh the phone list' }).click();
    await expect.poll(() => kept(page).textContent()).toMatch(/^Showing the phones read at /);
    expect(await page.getByRole('region', { name: 'Phone list' }).count()).toBe(1);
    expect(await page.getByTestId('connection-banner').count()).toBe(1);

    await goTo(page, 'Dialer');
    expect(await callButton(page).isDisabled()).toBe(true);
    expect(await page.getByText('ITNIO cannot be reached, so nothing can be changed now.', { exact: false }).count()).toBe(1);
    await screenshot(page, 'offline-dialer');

    // The probe is gentle: a handful of requests while the server stays away, not one per second.
    const before = sandbox.requests.length;
    await page.waitForTimeout(6_000);
    expect(sandbox.requests.length - before).toBeLessThanOrEqual(2);

    // The server is back: the next probe (or Try now) finds it, and the screen reads itself again.
    sandbox.faults.clear();
    const phonesRead = sandbox.requests.filter((request) => request.path === '/voice/sipQuery').length;
    await banner(page).getByRole('button', { name: 'Try now' }).click();
    await expect.poll(() => banner(page).count()).toBe(0);
    await expect.poll(() => sandbox.requests.filter((request) => request.path === '/voice/sipQuery').length).toBeGreaterThan(phonesRead);
    expect(await callButton(page).isDisabled()).toBe(false);
    await screenshot(page, 'back-online-dialer');
    expect(app.pageErrors).toEqual([]);
  });

  it('after a restart with the network gone, shows every list and the balance as last read, with their age', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('region', { name: 'Phone list' }).count()).toBe(1);
    await goTo(page, 'Numbers');
    await expect.poll(() => page.getByText(/read from ITNIO at/).count()).toBeGreaterThan(0);
    await goTo(page, 'Trunks');
    await expect.poll(() => page.getByTestId('trunks-read-at').count()).toBe(1);

    // Quit; start again on the same data folder with every request cut.
    await app.restart((sandbox) => sandbox.faults.inject({ kind: 'reset' }));
    await expect.poll(() => banner(page).textContent()).toMatch(/^Offline since .+ — showing what was read before \(each list says when\)/);
    await expect.poll(() => page.getByTestId('balance-age').textContent()).toMatch(/^as read at .+ \(just now\)$/);
    for (const [screen, what] of [
      ['Phones', 'phones'],
      ['Numbers', 'numbers'],
      ['Trunks', 'trunks'],
    ] as const) {
      await goTo(page, screen);
      await expect.poll(() => kept(page).textContent()).toMatch(new RegExp(`^Showing the ${what} read at .+ \\(just now\\)`));
      await screenshot(page, `offline-after-restart-${what}`);
    }
    await goTo(page, 'Phones');
    expect(await page.getByRole('region', { name: 'Phone list' }).count()).toBe(1);
    // And the Dialer still offers the phones kept, so a call can be prepared for when ITNIO is back.
    await goTo(page, 'Dialer');
    await expect.poll(() => page.getByText(/^\d+ phones, read at/).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it("says when ITNIO's servers fail, and recovers once they answer", async () => {
    const { page, sandbox } = app;
    await expect.poll(() => page.getByRole('region', { name: 'Phone list' }).count()).toBe(1);

    sandbox.faults.inject({ kind: 'html', status: 502 });
    await page.getByRole('button', { name: 'Refresh the phone list' }).click();
    await expect.poll(() => banner(page).textContent()).toMatch(/^ITNIO’s servers are failing since /);
    await screenshot(page, 'server-failing-phones');
    sandbox.faults.clear();
    await banner(page).getByRole('button', { name: 'Try now' }).click();
    await expect.poll(() => banner(page).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('a slow ITNIO, in Chromium', () => {
  // Long enough a wait that the app says it is slow (after 3 s) well before it gives up.
  const app = useApp({ colorScheme: 'light', clientTiming: { timeoutMs: 12_000, retryDelaysMs: [] }, screen: 'Phones' });

  it('says a slow answer is slow before it times out, and a read can be stopped, keeping the list', async () => {
    const { page, sandbox } = app;
    await expect.poll(() => page.getByRole('region', { name: 'Phone list' }).count()).toBe(1);
    sandbox.faults.inject({ kind: 'hang', path: '/voice/sipQuery' });
    await page.getByRole('button', { name: 'Refresh the phone list' }).click();
    const waiting = page.getByTestId('waiting-for-itnio');
    await expect.poll(() => waiting.textContent(), { timeout: 8_000 }).toMatch(/^Waiting for ITNIO for \d s…/);
    await screenshot(page, 'slow-phones');
    await waiting.getByRole('button', { name: 'Stop waiting' }).click();
    await expect.poll(() => waiting.count()).toBe(0);
    // The list read before is still there, and Refresh is free again.
    expect(await page.getByRole('region', { name: 'Phone list' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Refresh the phone list' }).isEnabled()).toBe(true);
    sandbox.faults.clear();
    expect(app.pageErrors).toEqual([]);
  });
});

describe('a call whose answer never came, in Chromium', () => {
  const app = useApp({ colorScheme: 'light', clientTiming: { timeoutMs: 2_000 }, screen: 'Dialer' });

  it('is unknown in the history, holds the callee, and becomes answered once its record arrives', async () => {
    const { page, sandbox } = app;
    sandbox.state.cdrDelayMs = 0;
    await pickPhone(page, /^80010002 · desk-2/);
    await typeNumber(page, '+44 20 7946 0123');
    // ITNIO places the call, but its answer comes after the app stopped waiting.
    sandbox.faults.inject({ kind: 'latency', ms: 3_000, path: '/voice/sendSip', times: 1 });
    await callButton(page).click();
    const row = page.getByTestId('history-row').first();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Unknown');
    expect(await row.getByRole('button', { name: /^Redial/ }).count()).toBe(0);
    await expect.poll(() => sandbox.state.calls.length, { timeout: 10_000 }).toBe(1);
    await screenshot(page, 'call-unknown');

    // The timeout made the connection offline until the probe's answer (5 s on): then the same callee
    // again is held, with why, and nothing sent.
    await expect.poll(() => callButton(page).isEnabled(), { timeout: 15_000 }).toBe(true);
    const sent = sandbox.requests.filter((request) => request.path === '/voice/sendSip').length;
    await numberField(page).fill('+44 20 7946 0123');
    await callButton(page).click();
    const again = page.getByRole('dialog', { name: 'Call again?' });
    await expect.poll(() => again.textContent()).toContain('may have gone through');
    await again.getByRole('button', { name: 'Don’t call' }).click();
    expect(sandbox.requests.filter((request) => request.path === '/voice/sendSip').length).toBe(sent);

    await row.getByRole('button', { name: /^Check outcome/ }).click();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Answered');
    expect(await row.textContent()).toContain(sandbox.state.calls[0]!.recordingId);
    await screenshot(page, 'call-unknown-answered');
    expect(app.pageErrors).toEqual([]);
  });
});
