/**
 * Two rows of the fault matrix in Chromium (issue 8, item 3): the Dialer when the connection is
 * reset and when ITNIO never answers. The operator sees what happened and what to do, the Call
 * button works again, and once the fault is gone the next call goes through.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../main/sandbox';
import { openApp, type App } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { expectScreen, settle } from './ui';

const SEND_SIP = '/voice/sendSip';
const MAY_HAVE_BEEN_CARRIED_OUT = "The request may still have been carried out: check before sending it again (for a call, the phone's call history).";

describe('Dialer under network faults, in Chromium', () => {
  let app: App;
  let sandbox: Sandbox;

  beforeAll(async () => {
    // A 2 s wait for an answer instead of 15 s, so "no answer" ends within the test.
    app = await openApp({ colorScheme: 'light', clientTiming: { timeoutMs: 2_000 } });
    sandbox = await app.sandbox();
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    sandbox.faults.clear();
    await app.reset();
    await expectScreen(app.page, 'Dialer');
  });

  const callButton = () => app.page.getByRole('button', { name: 'Call', exact: true });
  const outcome = () => app.page.getByTestId('call-outcome');
  const sendSips = () => sandbox.requests.filter((request) => request.path === SEND_SIP).length;

  async function pickPhone(phone: RegExp): Promise<void> {
    await app.page.getByRole('combobox', { name: /Phone that rings first/ }).click();
    await app.page.getByRole('option', { name: phone }).click();
  }

  async function typeNumber(callee: string): Promise<void> {
    const number = app.page.getByRole('textbox', { name: 'Number to call' });
    await number.fill('');
    await number.click();
    await app.page.keyboard.type(callee);
  }

  it('shows a reset connection with its hint, keeps Call usable, and calls again after asking', async () => {
    const { page } = app;
    await pickPhone(/^80010002 · desk-2/);
    await typeNumber('+44 20 7946 0958');
    sandbox.faults.inject({ kind: 'reset', path: SEND_SIP });
    const [sentBefore, placedBefore] = [sendSips(), sandbox.state.calls.length];

    await callButton().click();
    await expect.poll(() => outcome().getAttribute('role'), { timeout: 10_000 }).toBe('alert');
    const alert = await outcome().textContent();
    expect(alert).toContain(`The connection to 127.0.0.1:${sandbox.port} was cut before the answer arrived.`);
    expect(alert).toContain(MAY_HAVE_BEEN_CARRIED_OUT);
    expect(await callButton().isEnabled()).toBe(true);
    expect(sendSips()).toBe(sentBefore + 1);
    expect(sandbox.state.calls).toHaveLength(placedBefore);

    // The fault is gone. The same call again: the attempt seconds ago may have rung, so the app asks.
    sandbox.faults.clear();
    await callButton().click();
    const again = page.getByRole('dialog', { name: 'Call again?' });
    await again.getByRole('button', { name: 'Call again' }).click();
    await expect.poll(() => page.getByTestId('recording-id').textContent(), { timeout: 10_000 }).toBe(sandbox.state.calls.at(-1)?.recordingId);
    expect(sendSips()).toBe(sentBefore + 2);
    expect(sandbox.state.calls).toHaveLength(placedBefore + 1);
    expect(app.pageErrors).toEqual([]);
  });

  it('waits for a server that never answers, then says so; the next call goes through', async () => {
    const { page } = app;
    await pickPhone(/^80010003 · desk-3/);
    await typeNumber('+1 310 555 0117');
    sandbox.faults.inject({ kind: 'hang', path: SEND_SIP });
    const [sentBefore, placedBefore] = [sendSips(), sandbox.state.calls.length];

    await callButton().click();
    // While it waits, the window says so and holds the button: one call at a time.
    await page.getByRole('status').filter({ hasText: 'Placing the call…' }).waitFor();
    expect(await callButton().isDisabled()).toBe(true);

    await expect.poll(() => outcome().getAttribute('role'), { timeout: 10_000 }).toBe('alert');
    const alert = await outcome().textContent();
    expect(alert).toContain(`127.0.0.1:${sandbox.port} did not answer within 2 s.`);
    expect(alert).toContain(MAY_HAVE_BEEN_CARRIED_OUT);
    expect(await callButton().isEnabled()).toBe(true);
    expect(sendSips()).toBe(sentBefore + 1);

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await outcome().scrollIntoViewIfNeeded();
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dialer-no-answer.png'), animations: 'disabled' });

    // The operator moves on to the next number once ITNIO answers again.
    sandbox.faults.clear();
    await typeNumber('+1 202 555 0143');
    await callButton().click();
    await expect.poll(() => page.getByTestId('recording-id').textContent(), { timeout: 10_000 }).toBe(sandbox.state.calls.at(-1)?.recordingId);
    expect(sandbox.state.calls.at(-1)).toMatchObject({ callee: '12025550143', account: '80010003' });
    expect(sandbox.state.calls).toHaveLength(placedBefore + 1);
    expect(app.pageErrors).toEqual([]);
  });
});
