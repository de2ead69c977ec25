import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium: Playwright's own download is not allowed on the build machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Quiet, offline, reproducible: nothing phones home or updates itself mid-run.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A microphone that beeps, granted without a prompt: for recording a greeting with no sound card. */
const FAKE_MICROPHONE_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

export type ColorScheme = 'light' | 'dark';

/** The window size every page starts with (Playwright's default, set explicitly so a reset can restore it). */
export const VIEWPORT = { width: 1280, height: 720 } as const;

/**
 * A headless Chromium, started once per spec file: starting it is the slow part. Playwright gives
 * it a throwaway profile of its own (never --user-data-dir); each test gets a fresh context in it.
 */
export async function launchBrowser(options: { fakeMicrophone?: boolean } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium package.`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: options.fakeMicrophone ? [...CHROMIUM_ARGS, ...FAKE_MICROPHONE_ARGS] : CHROMIUM_ARGS });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
}

/**
 * The OS of every e2e page asks for less motion, which the app honours: a dialog is in place the
 * moment it shows, so a click never lands where its button was a frame before.
 */
export const REDUCED_MOTION = 'reduce';

/**
 * A new browser context with one page: as a first launch would find it, with no storage, cache or
 * cookies from any earlier context. `colorScheme` is what the OS reports (`prefers-color-scheme`).
 */
export async function openTab(browser: Browser, options: { colorScheme?: ColorScheme } = {}): Promise<Tab> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: VIEWPORT, reducedMotion: REDUCED_MOTION });
  try {
    return { context, page: await context.newPage() };
  } catch (error) {
    await context.close();
    throw error;
  }
}
