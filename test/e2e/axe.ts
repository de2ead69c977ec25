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
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}: ${violation.help}`);
}
