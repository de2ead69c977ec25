/**
 * Two rows of the fault matrix in Chromium (issue 8, item 3): the Dialer when the connection is
 * reset and when ITNIO never answers. The operator sees what happened and what to do, the Call
 * button works again, and once the fault is gone the next call goes through.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectPlacedCallShown, pickPhone, typeNumber } from './dialer-steps';
import { useApp } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { settle } from './ui';

const SEND_SIP = '/voice/sendSip';
const MAY_HAVE_GONE_THROUGH = "The call may have gone through: check the call's outcome in the history before calling again.";

describe('Dialer under network faults, in Chromium', () => {
  // A 2 s wait for an answer instead of 15 s, so "no answer" ends within the test.
  const app = useApp({ colorScheme: 'light', clientTiming: { timeoutMs: 2_000 }, screen: 'Dialer' });

  const callButton = () => app.page.getByRole('button', { name: 'Call', exact: true });
  const placeResult = () => app.page.getByTestId('place-result');
  const sendSips = () => app.sandbox.requests.filter((request) => request.path === SEND_SIP).length;

  /** The operator picks a phone and types a number; the next sendSip meets `fault`. Answers the counts before the call. */
  async function prepareCall(phone: RegExp, callee: string, fault: 'reset' | 'hang') {
    await pickPhone(app.page, phone);
    await typeNumber(app.page, callee);
    app.sandbox.faults.inject({ kind: fault, path: SEND_SIP });
    return { sentBefore: sendSips(), placedBefore: app.sandbox.state.calls.length };
  }

  /** Waits for the call's failure, shown as an alert that warns it may have gone through; Call is usable again. Answers the alert's text. */
  async function failureShown(): Promise<string | null> {
    await expect.poll(() => placeResult().getAttribute('role'), { timeout: 10_000 }).toBe('alert');
    const alert = await placeResult().textContent();
    expect(alert).toContain(MAY_HAVE_GONE_THROUGH);
    await expect.poll(() => callButton().isEnabled()).toBe(true);
    return alert;
  }

  it('shows a reset connection with its hint, keeps Call usable, and calls again after asking', async () => {
    const { page, sandbox } = app;
    const { sentBefore, placedBefore } = await prepareCall(/^80010002 · desk-2/, '+44 20 7946 0958', 'reset');

    await callButton().click();
    expect(await failureShown()).toContain(`The connection to 127.0.0.1:${sandbox.port} was cut before the answer arrived.`);
    expect(sendSips()).toBe(sentBefore + 1);
    expect(sandbox.state.calls).toHaveLength(placedBefore);

    // The fault is gone. The same call again: the attempt seconds ago may have rung, so the app asks.
    sandbox.faults.clear();
    await callButton().click();
    const again = page.getByRole('dialog', { name: 'Call again?' });
    await again.getByRole('button', { name: 'Call again' }).click();
    await expectPlacedCallShown(page, sandbox, placedBefore + 1);
    expect(sendSips()).toBe(sentBefore + 2);
    expect(sandbox.state.calls).toHaveLength(placedBefore + 1);
    expect(app.pageErrors).toEqual([]);
  });

  it('waits for a server that never answers, then says so; the next call goes through', async () => {
    const { page, sandbox } = app;
    const { sentBefore, placedBefore } = await prepareCall(/^80010003 · desk-3/, '+1 310 555 0117', 'hang');

    await callButton().click();
    // While it waits, the window says so and holds the button: one call at a time.
    await page.getByRole('status').filter({ hasText: 'Placing the call…' }).waitFor();
    expect(await callButton().isDisabled()).toBe(true);

    expect(await failureShown()).toContain(`127.0.0.1:${sandbox.port} did not answer within 2 s.`);
    expect(sendSips()).toBe(sentBefore + 1);

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await placeResult().scrollIntoViewIfNeeded();
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dialer-no-answer.png'), animations: 'disabled' });

    // The operator moves on to the next number once ITNIO answers again.
    sandbox.faults.clear();
    await typeNumber(page, '+1 202 555 0143');
    await callButton().click();
    await expectPlacedCallShown(page, sandbox, placedBefore + 1);
    expect(sandbox.state.calls.at(-1)).toMatchObject({ callee: '12025550143', account: '80010003' });
    expect(sandbox.state.calls).toHaveLength(placedBefore + 1);
    expect(app.pageErrors).toEqual([]);
  });
});
