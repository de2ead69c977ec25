/** Accessibility scans with axe-core, shared by the specs that check a whole screen. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { settle } from './ui';

/**
 * The serious and critical WCAG 2 A/AA violations on the page, one line each ("id at targets:
 * help"); empty when there are none. The pointer is moved out of the way and animations are let
 * finish first, so hover styles and mid-fade colors are not what gets checked.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.mouse.move(0, 0);
  await settle(page);
  // Only violations are read: axe then skips detailing what passed, which is most of a scan's time.
  // (options() replaces what withTags() would set, so the tags go in here too.) Legacy mode runs
  // axe.run() in the page itself: the default opens a blank page per scan to merge the frames'
  // results, which the app (one document, no frames) does not need, and which
  // cost half of every scan (20 scans of the layout pass: 46 s, 29 s in legacy mode, one run each).
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}: ${violation.help}`);
}
