/**
 * A call's outcome and recording in the Dialer's history, in Chromium against the embedded
 * sandbox: the header balance drops after the call, the record appears by itself, the recording
 * plays from a blob: URL and saves through main's dialog.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { pickPhone, typeNumber } from './dialer-steps';
import { useApp } from './harness';
import { SCREENSHOT_DIR } from './paths';
import { chooseTheme, expectScreen, settle } from './ui';

// Page-side shape of the audio element (the Node tsconfig has no DOM library).
interface AudioElement {
  readyState: number;
  duration: number;
  error: { code: number } | null;
  src: string;
}

describe('call outcomes and recordings in Chromium', () => {
  const app = useApp({ colorScheme: 'light' });
  beforeEach(() => {
    // ITNIO files a call's record seconds after it ends; the sandbox at once, so the test waits only for the first check.
    app.sandbox.state.cdrDelayMs = 0;
  });

  const balance = () => app.page.getByTestId('account-balance');
  const rowOf = (recordingId: string) => app.page.getByTestId('history-row').filter({ hasText: recordingId });

  async function call(number: string): Promise<string> {
    const { page } = app;
    await typeNumber(page, number);
    await page.keyboard.press('Enter');
    await expect.poll(() => app.sandbox.state.calls.at(-1)?.callee, { timeout: 10_000 }).toBe(number.replace(/\D/g, ''));
    const recordingId = app.sandbox.state.calls.at(-1)!.recordingId;
    await expect.poll(() => page.getByTestId('recording-id').textContent()).toBe(recordingId);
    return recordingId;
  }

  /** A call whose outcome the operator has already asked for: its row shows `result`. */
  async function callAndCheck(number: string, result: string): Promise<string> {
    const recordingId = await call(number);
    await rowOf(recordingId).getByRole('button', { name: `Check outcome of call ${recordingId}` }).click();
    await expect.poll(() => rowOf(recordingId).getByTestId('call-result').textContent(), { timeout: 10_000 }).toBe(result);
    return recordingId;
  }

  it('drops the header balance after a call, shows its outcome by itself, and plays and saves its recording', async () => {
    const { page } = app;
    await expectScreen(page, 'Dialer');
    await expect.poll(() => balance().textContent()).toContain('25.00');
    await pickPhone(page, /^80010001 · desk-1/);

    const answered = await call('+44 7700 900123');
    await expect.poll(() => balance().textContent(), { timeout: 10_000 }).toContain('24.95');

    // Nobody asks: the first background check goes about 5 s after the call.
    const row = rowOf(answered);
    await expect.poll(() => row.getByTestId('call-result').textContent(), { timeout: 20_000 }).toBe('Answered · 0:38 · $0.05');
    const lookups = app.sandbox.requests.filter((request) => request.path === `/voice/recordSip/${answered}`);
    expect(lookups.length).toBeGreaterThanOrEqual(1);
    expect(lookups.length).toBeLessThanOrEqual(2);

    await row.getByRole('button', { name: `Play recording of call ${answered}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Call recording' });
    const audio = dialog.getByLabel('Recording of the call to 447700900123');
    await audio.waitFor();
    // The sandbox's recording is two seconds of tone: the player has read it from the blob: URL.
    await expect
      .poll(() => audio.evaluate((element) => ({ ready: (element as unknown as AudioElement).readyState >= 1, duration: (element as unknown as AudioElement).duration })), { timeout: 10_000 })
      .toEqual({ ready: true, duration: 2 });
    expect(await audio.evaluate((element) => (element as unknown as AudioElement).src)).toMatch(/^blob:/);
    expect(await audio.evaluate((element) => (element as unknown as AudioElement).error)).toBeNull();
    expect(app.sandbox.requests.some((request) => request.method === 'GET' && request.path === '/voice/getRecordingFileUrl')).toBe(true);

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dialer-recording-player.png'), animations: 'disabled' });
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Save recording…' }).click();
    await expect.poll(() => app.dialogs.saved.length, { timeout: 10_000 }).toBe(1);
    expect(basename(app.dialogs.saved[0]!)).toBe(`call-${answered}.wav`);
    // The path is chosen before main writes the file: the "Saved to" message says the write is done.
    await expect.poll(() => page.getByText(/^Saved to .*\.wav$/).count(), { timeout: 10_000 }).toBe(1);
    expect((await readFile(app.dialogs.saved[0]!)).subarray(0, 4).toString('latin1')).toBe('RIFF');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // The page's CSP let the blob: audio through (media-src), and nothing reached the network from the page.
    expect(app.consoleErrors.filter((line) => /Content.Security.Policy|media/i.test(line))).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('checks a busy call on request and says it has no recording; refresh finds nothing left to check', async () => {
    const { page } = app;
    await pickPhone(page, /^80010001 · desk-1/);
    // An earlier call, its outcome already in the history.
    await callAndCheck('+44 7700 900123', 'Answered · 0:38 · $0.05');
    const busy = await call('+44 7700 900127');
    const row = rowOf(busy);
    await expect.poll(() => row.getByTestId('call-result').textContent()).toBe('Placed — checking outcome…');
    await row.getByRole('button', { name: `Check outcome of call ${busy}` }).click();
    await expect.poll(() => row.getByTestId('call-result').textContent(), { timeout: 10_000 }).toBe('Busy (486) · $0.05');
    expect(await row.textContent()).toContain('No recording: the call was not answered.');
    expect(await row.getByRole('button', { name: /Play recording/ }).count()).toBe(0);
    expect(await row.getByRole('button', { name: /Check outcome/ }).count()).toBe(0);

    const before = app.sandbox.requests.length;
    await page.getByRole('button', { name: 'Refresh outcomes' }).click();
    await expect.poll(() => page.getByText('Outcomes up to date').count()).toBe(1);
    expect(app.sandbox.requests.slice(before).filter((request) => request.path.startsWith('/voice/recordSip/'))).toEqual([]);

    // The outcomes live in main with the history: a reload shows them without asking ITNIO again.
    await app.reload();
    await expect.poll(() => rowOf(busy).getByTestId('call-result').textContent()).toBe('Busy (486) · $0.05');
    const history = await app.value('calls.history');
    expect(history.entries.map((entry) => entry.record?.terminationCode)).toEqual(['486', '200']);
  });

  it('badges each call with what happened to it once known, coloured by it, and with where the request stands before', async () => {
    const { page } = app;
    // A record filed only once asked for: the badge first says where the request stands.
    app.sandbox.state.cdrDelayMs = 60_000;
    await pickPhone(page, /^80010001 · desk-1/);
    const unanswered = await call('+44 7700 900128');
    const badge = (recordingId: string) => rowOf(recordingId).getByTestId('call-outcome');
    const colourOf = async (recordingId: string) => /--mantine-color-(\w+)-light-color/.exec((await badge(recordingId).getAttribute('style')) ?? '')?.[1];
    await expect.poll(() => badge(unanswered).textContent(), { timeout: 10_000 }).toBe('Placed — checking outcome…');
    expect(await colourOf(unanswered)).toBe('blue');
    // The words are the message, so none is cut off, even in the longest badge (nor its label inside).
    const clipped = await badge(unanswered).evaluate((element) => {
      const boxes = [element, ...Array.from((element as unknown as { querySelectorAll(selector: string): ArrayLike<unknown> }).querySelectorAll('*'))];
      return boxes.filter((box) => (box as { scrollWidth: number }).scrollWidth > (box as { clientWidth: number }).clientWidth).length;
    });
    expect(clipped).toBe(0);
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 1280, height: 1350 });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dialer-history-outcome-pending.png'), animations: 'disabled' });
    if (viewport) await page.setViewportSize(viewport);

    app.sandbox.state.cdrDelayMs = 0;
    await rowOf(unanswered).getByRole('button', { name: `Check outcome of call ${unanswered}` }).click();
    await expect.poll(() => badge(unanswered).textContent(), { timeout: 10_000 }).toBe('No answer (480)');
    expect(await colourOf(unanswered)).toBe('orange');
    const answered = await callAndCheck('+44 7700 900123', 'Answered · 0:38 · $0.05');
    expect(await badge(answered).textContent()).toBe('Answered');
    expect(await colourOf(answered)).toBe('teal');
    // No row says Placed once its outcome is known.
    expect(await page.getByTestId('call-outcome').filter({ hasText: /^Placed/ }).count()).toBe(0);

    for (const scheme of ['Dark', 'Light'] as const) {
      await chooseTheme(page, scheme);
      expect(await seriousViolations(page), scheme).toEqual([]);
    }
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations with outcomes in the history (%s)', async (scheme) => {
    await pickPhone(app.page, /^80010001 · desk-1/);
    await callAndCheck('+44 7700 900123', 'Answered · 0:38 · $0.05');
    await callAndCheck('+44 7700 900127', 'Busy (486) · $0.05');
    await chooseTheme(app.page, scheme === 'light' ? 'Light' : 'Dark');
    expect(await seriousViolations(app.page)).toEqual([]);
    if (scheme === 'dark') {
      const viewport = app.page.viewportSize();
      await app.page.setViewportSize({ width: 1280, height: 1350 });
      await settle(app.page);
      await app.page.screenshot({ path: join(SCREENSHOT_DIR, 'dialer-call-outcomes-dark.png'), animations: 'disabled' });
      if (viewport) await app.page.setViewportSize(viewport);
    }
  });
});
