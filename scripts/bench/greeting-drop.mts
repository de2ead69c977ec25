/**
 * Renderer long tasks while a 5 MB greeting is dropped on the Numbers form of the built app in
 * Chromium, until main has checked it and the form shows it, against the same page left idle for
 * the same time in the same run.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { GREETING_MAX_BYTES } from '../../contract/schemas/greetings';
import { dropOn, fileTransfer } from '../../test/e2e/drop';
import { openApp } from '../../test/e2e/harness';
import { wav } from '../../test/support/audio-fixtures';
import { longTaskLines, longTaskMs, record } from './page-recorder.mts';
import type { Report } from './stats.mts';

export async function greetingDrop(): Promise<Report> {
  const app = await openApp({ colorScheme: 'light' });
  try {
    const { page } = app;
    await page.keyboard.press('Control+3');
    const zone = page.getByRole('group', { name: 'Greeting drop zone' });
    const card = page.getByRole('group', { name: 'Greeting to send' });
    await zone.waitFor();

    const transfer = await fileTransfer(page, 'long.wav', wav({ totalBytes: GREETING_MAX_BYTES }), 'audio/wav');
    const drop = await record(page, async () => {
      await dropOn(zone, transfer);
      await card.waitFor({ timeout: 30_000 });
    });
    await card.getByRole('button', { name: 'Remove greeting' }).click();
    await zone.waitFor();
    const idle = await record(page, () => sleep(drop.ms));

    return {
      lines: [
        `Greeting drop: a ${(GREETING_MAX_BYTES / 1024 / 1024).toFixed(1)} MB wav on the Numbers form, shown checked after ${drop.ms.toFixed(0)} ms`,
        ...longTaskLines('long tasks until the greeting is shown', { label: 'drop', run: drop }, { label: 'idle page, same time', run: idle }),
        "  (the harness hands the bytes to main through Playwright's binding, which encodes them in page script; Electron's IPC copies them natively)",
      ],
      figures: [],
      details: { ms: drop.ms, longTasks: { drop: drop.longTasks, idle: idle.longTasks }, longTaskMs: { drop: longTaskMs(drop), idle: longTaskMs(idle) } },
    };
  } finally {
    await app.close();
  }
}
