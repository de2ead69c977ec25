/**
 * Crash safety of the call history (issue 8, item 5): a process recording calls through the real
 * history store is killed (SIGKILL, no cleanup) at random moments, again and again. After each kill
 * the history must load and hold every call whose append had been acknowledged, both while it only
 * appends and while it keeps compacting the file (the atomic whole-file replace).
 *
 * @module-tag processes: it spawns and kills processes (see vitest.config.mts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCallHistory } from '../../../../../main/features/calls/history-store';
import { writeUntilKilled } from '../../../../support/kill-loop';
import { useTempDirs } from '../../../../support/temp-dirs';

const CHILD = join(import.meta.dirname, 'history-writer-child.mts');
const freshDir = useTempDirs('switchboard-history-crash-');

/**
 * Kills the writer `rounds` times. After each kill, `kept(acknowledged, written)` are the
 * acknowledged indexes the history must still hold; `written` adds the append each kill may have
 * cut off between its write and its ack, when it reached the file.
 */
async function killRepeatedly(options: { rounds: number; cap?: number; slack?: number; kept: (acknowledged: number[], written: number[]) => number[] }): Promise<number> {
  const dataDir = freshDir();
  const compaction = options.cap === undefined ? [] : [String(options.cap), String(options.slack)];
  const acknowledged: number[] = [];
  const written: number[] = [];
  let next = 0;
  for (let round = 0; round < options.rounds; round++) {
    const acked = await writeUntilKilled(CHILD, [dataDir, String(next), ...compaction], 3 + Math.floor(Math.random() * 8));
    acknowledged.push(...acked);
    written.push(...acked);
    const entries = await openCallHistory(dataDir).entries();
    const ids = new Set(entries.map((entry) => entry.id));
    const unacknowledged = acked.at(-1)! + 1;
    if (ids.has(`h${unacknowledged}`)) written.push(unacknowledged);
    expect(options.kept(acknowledged, written).filter((index) => !ids.has(`h${index}`)), `round ${round}: acknowledged calls missing`).toEqual([]);
    next = Math.max(...written) + 1;
  }
  return acknowledged.length;
}

describe('call history under SIGKILL', () => {
  it('loads with every acknowledged call after 10 kills mid-append', async () => {
    const acknowledged = await killRepeatedly({ rounds: 10, kept: (all) => all });
    expect(acknowledged).toBeGreaterThanOrEqual(10 * 3);
  });

  // More rounds here: a torn rewrite needs a kill inside a window of about a millisecond.
  it('keeps the newest acknowledged calls after 20 kills while it compacts', async () => {
    // Compacting past 21 lines down to 20: every second append rewrites the file, which must still
    // hold the newest 20 calls written.
    const acknowledged = await killRepeatedly({
      rounds: 20,
      cap: 20,
      slack: 1,
      kept: (all, written) => {
        const newest = new Set(written.slice(-20));
        return all.filter((index) => newest.has(index));
      },
    });
    expect(acknowledged).toBeGreaterThan(25);
  });
});
