/**
 * The change journal on disk: entries read back newest first, lines that are no entry skipped,
 * compaction to the newest entries, and two processes appending at once.
 *
 * @module-tag processes: it spawns processes (see vitest.config.mts).
 */
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../../../contract/schemas/changes';
import { CHANGES_FILE, openChangeJournal } from '../../../../../main/features/changes/journal';

const CHILD = join(import.meta.dirname, 'journal-writer-child.mts');
const run = promisify(execFile);

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'sb-changes-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

const entry = (id: string): ChangeEntry => ({
  id,
  at: '2025-07-01T10:00:00.000Z',
  profileId: 'sandbox',
  profileName: 'Sandbox',
  kind: 'trunk',
  object: 'trunk 2001 · LON-Out-Primary',
  action: 'trunks.update',
  changes: [{ field: 'name', current: 'LON-Out-Primary', next: 'LON-Out-Main' }],
  result: { ok: true },
  via: 'app',
});

describe('the change journal', () => {
  it('reads entries back newest first, skipping a torn line and a line that is no entry', async () => {
    const journal = openChangeJournal(home);
    await journal.append(entry('a'));
    appendFileSync(join(home, CHANGES_FILE), `${JSON.stringify({ id: 'x', kind: 'greeting' })}\n{"id":"torn"`);
    await journal.append(entry('b'));
    expect((await journal.entries()).map((kept) => kept.id)).toEqual(['b', 'a']);
  });

  it('keeps the newest entries once it grows past its cap and slack, compacting the file', async () => {
    const journal = openChangeJournal(home, { cap: 3, slack: 1 });
    for (const id of ['1', '2', '3', '4', '5']) await journal.append(entry(id));
    expect((await journal.entries()).map((kept) => kept.id)).toEqual(['5', '4', '3']);
    expect(readFileSync(join(home, CHANGES_FILE), 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('loses no entry when two processes append at once', async () => {
    await Promise.all(['p', 'q'].map((prefix) => run(process.execPath, [CHILD, home, prefix, '25'], { timeout: 30_000 })));
    const ids = (await openChangeJournal(home).entries()).map((kept) => kept.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids)).toEqual(new Set(['p', 'q'].flatMap((prefix) => Array.from({ length: 25 }, (_, index) => `${prefix}${index}`))));
  });
});
