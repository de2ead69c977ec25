/**
 * A process killed (SIGKILL, no cleanup) at any moment of taking or releasing a file's lock must
 * not make every other process wait out the lock's staleness (10 s): a lock left behind always
 * names its dead owner, so the next writer takes it over at once, and clears what the kill left.
 *
 * @module-tag processes: it spawns and kills processes (see vitest.config.mts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storageError, withFileLock } from '../../../../../main/platform/storage/file-lock';
import { writeUntilKilled } from '../../../../support/kill-loop';
import { useTempDirs } from '../../../../support/temp-dirs';

const CHILD = join(import.meta.dirname, 'lock-holder-child.mts');
const freshDir = useTempDirs('switchboard-lock-kill-');

describe('file lock under SIGKILL', () => {
  it('lets the next writer in at once after each of 20 kills, and leaves nothing behind', async () => {
    const dir = freshDir();
    const file = join(dir, 'settings.json');
    let next = 0;
    for (let round = 0; round < 20; round++) {
      const acked = await writeUntilKilled(CHILD, [file, String(next)], 1 + Math.floor(Math.random() * 4));
      next = acked.at(-1)! + 2;
      // 3 s is far longer than taking over a dead owner's lock takes, far shorter than the 10 s an ownerless one is waited for.
      const outcome = await withFileLock(file, async () => 'written', { waitMs: 3_000 }).catch((error: unknown) => storageError(error) ?? error);
      expect(outcome, `round ${round}: the lock the killed writer left was waited for`).toBe('written');
    }
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });
});
