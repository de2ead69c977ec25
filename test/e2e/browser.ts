import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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

export type ColorScheme = 'light' | 'dark';

export interface Chromium {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A headless Chromium on a throwaway profile (Playwright passes the dir; never --user-data-dir). */
export async function launchChromium(options: { colorScheme?: ColorScheme } = {}): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium package.`);
  const profile = await mkdtemp(join(tmpdir(), 'switchboard-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      colorScheme: options.colorScheme ?? 'light',
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      try {
        await context.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
}
