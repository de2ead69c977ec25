/**
 * The greeting studio in Chromium: audio in every format an operator brings (fixtures made by
 * scripts/make-audio-fixtures.sh: 1.5 s of 44.1 kHz stereo, a -20 dBFS tone between 0.25 s and
 * 1.25 s) and a recording from Chromium's fake microphone, made into a telephony wav, checked here
 * sample by sample, staged through main's own greeting check and saved to the sandbox.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GREETING_MAX_BYTES } from '../../contract/schemas/greetings';
import { seriousViolations } from './axe';
import { useApp } from './harness';
import { REPO_ROOT } from './paths';

// The page-side shape the preview check touches (the Node tsconfig has no DOM library).
interface PageAudio {
  duration: number;
  readyState: number;
}

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'audio');
const FORMATS = ['wav', 'mp3', 'm4a', 'ogg', 'flac', 'webm'] as const;
const NUMBER = '442079460958';

/** The fixtures' tone, between its silences. */
const SOURCE_SECONDS = 1.5;
const TONE = { start: 0.25, end: 1.25 };

/** A RIFF/WAVE file's format fields and samples, read the way any player would. */
function readWav(bytes: Buffer) {
  expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
  expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
  expect(bytes.toString('ascii', 8, 16)).toBe('WAVEfmt ');
  expect(bytes.toString('ascii', 36, 40)).toBe('data');
  const dataBytes = bytes.readUInt32LE(40);
  expect(dataBytes).toBe(bytes.length - 44);
  const samples = new Int16Array(dataBytes / 2);
  for (let index = 0; index < samples.length; index++) samples[index] = bytes.readInt16LE(44 + index * 2);
  return {
    format: bytes.readUInt16LE(20),
    channels: bytes.readUInt16LE(22),
    rate: bytes.readUInt32LE(24),
    byteRate: bytes.readUInt32LE(28),
    bitsPerSample: bytes.readUInt16LE(34),
    samples,
  };
}

const peakDbfs = (samples: Int16Array) => 20 * Math.log10(samples.reduce((peak, sample) => Math.max(peak, Math.abs(sample)), 0) / 32768);

describe('Greeting studio in Chromium', () => {
  const app = useApp({ colorScheme: 'light', screen: 'Numbers', fakeMicrophone: true });

  const form = (page: Page) => page.getByRole('form', { name: 'Number settings' });
  const studio = (page: Page) => page.getByRole('dialog', { name: 'Greeting studio' });
  const result = (page: Page) => studio(page).getByTestId('studio-result');
  const edits = () => app.sandbox.requests.filter((request) => request.path === '/number/edit');

  async function openStudio(page: Page) {
    await form(page).getByRole('textbox', { name: /^Number/ }).fill(NUMBER);
    await form(page).getByRole('button', { name: 'Record or convert…' }).click();
    await studio(page).waitFor();
  }

  /** The file chosen through the studio's own picker, as an operator's click on Choose audio file… would. */
  async function chooseFile(page: Page, name: string, buffer?: Buffer) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), studio(page).getByRole('button', { name: 'Choose audio file…' }).click()]);
    await chooser.setFiles(buffer ? { name, mimeType: 'application/octet-stream', buffer } : join(FIXTURES, name));
  }

  /** Uses the made greeting, waits for main to stage it, saves the number: answers the bytes the sandbox received. */
  async function useAndSave(page: Page, fileName: string): Promise<Buffer> {
    await studio(page).getByRole('button', { name: 'Use this greeting' }).click();
    await studio(page).waitFor({ state: 'detached' });
    const card = page.getByRole('group', { name: 'Greeting to send' });
    // Main's own check read it: a wav of PCM audio.
    await expect.poll(() => card.getByTestId('greeting-details').textContent()).toMatch(/^WAV · PCM · /);
    const before = edits().length;
    await form(page).getByRole('button', { name: 'Save settings and greeting' }).click();
    // Saving shows what changes first; Send sends it.
    await page.getByRole('dialog', { name: `Save the settings of ${NUMBER}?` }).getByRole('button', { name: 'Send' }).click();
    await page.getByText(`${NUMBER}, with the greeting ${fileName}.`).waitFor();
    expect(edits()).toHaveLength(before + 1);
    const sent = edits().at(-1)!.body as Record<string, unknown>;
    expect(sent.voicemailFileName).toBe(fileName);
    expect(app.sandbox.state.numbers.find((number) => number.number === NUMBER)?.greeting).toMatchObject({ fileName, format: 'wav' });
    return Buffer.from(sent.voicemailFile as string, 'base64');
  }

  it.each(FORMATS)('makes a 44.1 kHz stereo %s a 16 kHz mono wav of the same length, peak at -1 dBFS, that main accepts and saves', async (format) => {
    const { page } = app;
    await openStudio(page);
    await chooseFile(page, `tone.${format}`);
    await result(page).waitFor();
    expect(await studio(page).getByRole('img', { name: /^Waveform: / }).count()).toBe(1);

    const wav = readWav(await useAndSave(page, 'tone.wav'));
    expect(wav).toMatchObject({ format: 1, channels: 1, rate: 16_000, byteRate: 32_000, bitsPerSample: 16 });
    expect(Math.abs(wav.samples.length / 16_000 - SOURCE_SECONDS)).toBeLessThanOrEqual(0.01);
    expect(peakDbfs(wav.samples)).toBeCloseTo(-1, 1);
    expect(wav.samples.length * 2 + 44).toBeLessThanOrEqual(GREETING_MAX_BYTES);
  });

  it('trims the silence at both ends on request and makes an 8 kHz greeting of just the tone', async () => {
    const { page } = app;
    await openStudio(page);
    await chooseFile(page, 'tone.flac');
    await result(page).waitFor();
    await studio(page).getByRole('button', { name: 'Trim silence' }).click();
    const trim = studio(page).getByRole('group', { name: 'Trim and level' });
    await expect.poll(() => trim.getByLabel('Start (seconds)').inputValue()).toBe(String(TONE.start));
    expect(await trim.getByLabel('End (seconds)').inputValue()).toBe(String(TONE.end));
    expect(await studio(page).getByRole('img', { name: 'Waveform: 1.50 s long, keeping 0.25 s to 1.25 s' }).count()).toBe(1);
    await studio(page).getByRole('radio', { name: '8 kHz (smaller file)' }).check();
    await expect.poll(() => result(page).textContent()).toBe('1.00 s · 16 KB of 5.0 MB (16,044 bytes) · 21 KB as sent (base64)');
    await studio(page).getByRole('group', { name: 'Telephony greeting' }).getByText('WAV · mono · 8 kHz · 16-bit PCM').waitFor();

    const wav = readWav(await useAndSave(page, 'tone.wav'));
    expect(wav).toMatchObject({ format: 1, channels: 1, rate: 8_000, bitsPerSample: 16 });
    expect(wav.samples.length / 8_000).toBeCloseTo(TONE.end - TONE.start, 2);
    expect(peakDbfs(wav.samples)).toBeCloseTo(-1, 1);
  });

  it('says plainly when a file is not audio it can read, and has no serious accessibility violations', async () => {
    const { page } = app;
    await openStudio(page);
    await chooseFile(page, 'notes.ogg', Buffer.from('These are meeting notes, not audio.'));
    await expect.poll(() => studio(page).getByRole('alert').textContent()).toContain(
      '"notes.ogg" could not be read as audio: it is damaged, or not in a format this window can decode.',
    );
    await chooseFile(page, 'tone.m4a');
    await result(page).waitFor();
    expect(await studio(page).getByRole('alert').count()).toBe(0);
    // The result plays before it is used, from a blob: URL under the production CSP.
    const preview = studio(page).getByLabel('Preview of the telephony greeting');
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => preview.evaluate((audio) => (audio as unknown as PageAudio).readyState)).toBeGreaterThan(0);
    expect(await preview.evaluate((audio) => (audio as unknown as PageAudio).duration)).toBeCloseTo(1.5, 2);
    expect(app.consoleErrors.filter((line) => /Content.Security.Policy/i.test(line))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    // Cancel leaves the form as it was: no greeting staged, main never asked.
    await studio(page).getByRole('button', { name: 'Cancel' }).click();
    await studio(page).waitFor({ state: 'detached' });
    expect(app.calls).not.toContain('numbers.stageGreeting');
  });

  it('records from the microphone (main asked to open it, then to close it on Stop), trims, and saves the recording as a wav greeting', async () => {
    const { page } = app;
    await openStudio(page);
    await studio(page).getByRole('button', { name: 'Record from microphone' }).click();
    const stop = studio(page).getByRole('button', { name: 'Stop recording' });
    await stop.waitFor();
    // The Stop button takes the focus, so the keyboard stops what it started.
    expect(await stop.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await expect.poll(() => studio(page).getByRole('status').textContent()).toMatch(/Recording… 1\.\d\d s/);
    await page.keyboard.press('Enter');
    await result(page).waitFor();
    expect(app.calls.filter((method) => method === 'app.microphone')).toHaveLength(2);

    const trim = studio(page).getByRole('group', { name: 'Trim and level' });
    await trim.getByLabel('Start (seconds)').fill('0.2');
    await trim.getByLabel('End (seconds)').fill('0.9');
    await expect.poll(() => result(page).textContent()).toMatch(/^0\.70 s · /);

    const wav = readWav(await useAndSave(page, 'Recorded greeting.wav'));
    expect(wav).toMatchObject({ format: 1, channels: 1, rate: 16_000, bitsPerSample: 16 });
    expect(wav.samples.length / 16_000).toBeCloseTo(0.7, 2);
  });
});
