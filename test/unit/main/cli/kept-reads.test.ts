/**
 * The CLI and the answers kept on disk: a run keeps what it reads, for the app on the same data
 * folder, but never prints a kept answer in place of a failed read, since a script takes whatever
 * it is given as the account's state now.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfilesFile } from '../../../../main/platform/connections/profile-store';
import { createMemoryStore } from '../../../../main/platform/secrets';
import { openTestApp } from '../../../support/app';
import { cliHarness } from './cli-harness';

const KEY = 'cliKeptKey5';
const SECRET = 'cli-kept-secret-never-printed';
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-cli-kept-', credentials: 'keychain', freshEachTest: ['home'] });
const { cli } = harness;

const READS = [['numbers', 'list'], ['trunks', 'list', '--all'], ['phones', 'list', '--all'], ['balance']];

describe('switchboard and the answers kept on disk', () => {
  it('exits 4 when ITNIO is out of reach, even with an answer kept; the app on the same folder answers that one', async () => {
    const added = await cli(['profile', 'add', 'Office', '--base-url', harness.sandbox.url, '--api-key', KEY, '--app-id', harness.sandbox.state.appId, '--secret-stdin'], { stdin: `${SECRET}\n` });
    expect(added.code).toBe(0);
    expect((await cli(['profile', 'use', 'Office'])).code).toBe(0);
    const { id } = (JSON.parse(readFileSync(join(harness.home, 'profiles.json'), 'utf8')) as ProfilesFile).profiles[0]!;

    const read = await cli(['--json', 'numbers', 'list']);
    expect(read.code).toBe(0);
    const { fetchedAt } = (JSON.parse(read.stdout) as { value: { fetchedAt: string } }).value;
    for (const argv of READS.slice(1)) expect((await cli(argv)).code).toBe(0);
    expect(readdirSync(join(harness.home, 'last-read', id))).toHaveLength(READS.length);

    harness.sandbox.faults.inject({ kind: 'reset' });
    for (const argv of READS) {
      const failed = await cli(['--json', ...argv]);
      expect(failed.code, argv.join(' ')).toBe(4);
      expect(JSON.parse(failed.stdout)).toMatchObject({ ok: false, error: { kind: 'network' } });
    }

    const secrets = createMemoryStore();
    await secrets.set(id, { apiKey: KEY, apiSecret: SECRET });
    const app = await openTestApp({ home: harness.home, secrets, clientTiming: { retryDelaysMs: [1, 1] } });
    try {
      expect(await app.value('numbers.list')).toMatchObject({ profileId: id, fetchedAt, stale: { kind: 'network' } });
    } finally {
      await app.close();
    }
    // Each failed read backs off 1.2 s in all between its three tries, as any CLI run does.
  }, 20_000);
});
