/** Every screen at a laptop's window (1280×800) and a full-HD screen's (1920×1080): see layout.e2e.ts. */
import { describe, it } from 'vitest';
import { useApp } from './harness';
import { EVERY_SCREEN_FITS, EVERY_SCREEN_TIMEOUT_MS, everyScreenFits, SIZES } from './layout-steps';

describe('layout at 1280×800 and 1920×1080', () => {
  const app = useApp({ colorScheme: 'light' });

  it.each(SIZES.filter((size) => size.width > 800))(EVERY_SCREEN_FITS, { timeout: EVERY_SCREEN_TIMEOUT_MS }, (size) => everyScreenFits(app, size));
});
