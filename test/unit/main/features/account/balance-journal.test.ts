/**
 * The balance journal on disk: a line that is no read skipped, compaction to the newest reads, and
 * two processes keeping reads at once.
 *
 * @module-tag processes: it spawns processes (see vitest.config.mts).
 */
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BALANCE_HISTORY_FILE, openBalanceJournal } from '../../../../../main/features/account/balance-journal';

const CHILD = join(import.meta.dirname, 'balance-journal-writer-child.mts');
const run = promisify(execFile);
const SINCE = new Date('2025-01-01T00:00:00.000Z');

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'sb-balance-journal-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

const at = (minute: number) => new Date(Date.UTC(2025, 6, 1, 0, minute)).toISOString();

describe('the balance journal', () => {
  it('reads back what was kept, skipping a torn line and a line that is no read', async () => {
    const journal = openBalanceJournal(home);
    await journal.record({ profileId: 'sandbox', at: at(0), balance: 10 });
    appendFileSync(join(home, BALANCE_HISTORY_FILE), `${JSON.stringify({ profileId: 'sandbox', at: 'yesterday', balance: 9 })}\n{"profileId":"sandbox","at`);
    await journal.record({ profileId: 'sandbox', at: at(1), balance: 8 });
    expect(await journal.points('sandbox', SINCE)).toEqual([
      { at: at(0), balance: 10 },
      { at: at(1), balance: 8 },
    ]);
  });

  it('keeps the newest reads once it grows past its cap and slack, compacting the file', async () => {
    const journal = openBalanceJournal(home, { cap: 3, slack: 1 });
    for (const minute of [1, 2, 3, 4, 5]) await journal.record({ profileId: 'sandbox', at: at(minute), balance: minute });
    expect((await journal.points('sandbox', SINCE)).map((point) => point.balance)).toEqual([3, 4, 5]);
    expect(readFileSync(join(home, BALANCE_HISTORY_FILE), 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('loses no read when two processes keep reads at once', async () => {
    await Promise.all(['p-one', 'p-two'].map((profileId) => run(process.execPath, [CHILD, home, profileId, '25'], { timeout: 30_000 })));
    const journal = openBalanceJournal(home);
    const expected = Array.from({ length: 25 }, (_, index) => ({ at: at(index), balance: 100 - index }));
    expect(await journal.points('p-one', SINCE)).toEqual(expected);
    expect(await journal.points('p-two', SINCE)).toEqual(expected);
  });
});
