/**
 * Crash safety of the settings store: a writer process is killed (SIGKILL, no cleanup) at random
 * moments, again and again; after each kill the file must load and hold every write the writer had
 * acknowledged.
 *
 * @module-tag processes: it spawns and kills processes (see vitest.config.mts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openProfileStore } from '../../../../../main/platform/connections/profile-store';
import { writeUntilKilled } from '../../../../support/kill-loop';

const CHILD = join(import.meta.dirname, 'writer-child.mts');
const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('settings store under SIGKILL', () => {
  it('always loads, with every acknowledged write, after 12 kills mid-write', async () => {
    const acknowledged = new Set<string>();
    let next = 0;
    for (let round = 0; round < 12; round++) {
      const acked = await writeUntilKilled(CHILD, [dataDir, String(next)], 3 + Math.floor(Math.random() * 8));
      for (const index of acked) acknowledged.add(`p${index}`);
      const stored = await openProfileStore(dataDir).read();
      const ids = new Set(stored.profiles.map((profile) => profile.id));
      expect([...acknowledged].filter((id) => !ids.has(id))).toEqual([]);
      // The writer may have finished one more write it had no time to acknowledge; start after it.
      next = Math.max(...stored.profiles.map((profile) => Number(profile.id.slice(1)))) + 1;
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(12 * 3);
  });
});
