/**
 * `switchboard number edit N1 N2 …` and `switchboard changes …` as scripts run them: the built CLI
 * as its own process each time, on a data folder of the test's own, against an emulated account
 * reached through ITNIO_* (so every run sees the same account, as with a real one).
 *
 * Needs `npm run build` (npm test does it) for bin/switchboard.js.
 *
 * @module-tag processes: it spawns processes (see vitest.config.mts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../contract/schemas/changes';
import type { Sandbox } from '../../main/sandbox';
import { startAccount } from '../support/account';
import { requireBuiltCli, type Run, runSwitchboard } from '../support/cli-run';

const KEY = 'changesKey5';
const SECRET = 'changes-cli-secret-9d2e';

let account: Sandbox;
let home: string;

beforeAll(() => {
  requireBuiltCli();
});
beforeEach(async () => {
  account = await startAccount({ apiKey: KEY, apiSecret: SECRET });
  home = mkdtempSync(join(tmpdir(), 'sb-changes-cli-'));
});
afterEach(async () => {
  await account.close();
  rmSync(home, { recursive: true, force: true });
});

/** `switchboard …` as its own process reaching the emulated account, stdin a closed pipe (no terminal). */
const switchboard = (args: string[]): Promise<Run> =>
  runSwitchboard(args, { home, env: { ITNIO_API_KEY: KEY, ITNIO_API_SECRET: SECRET, ITNIO_BASE_URL: account.url, ITNIO_APP_ID: account.state.appId } });

const journal = async (): Promise<ChangeEntry[]> => {
  const run = await switchboard(['changes', '--json']);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { value: { entries: ChangeEntry[] } }).value.entries;
};
const numberEdits = () => account.requests.filter((request) => request.path === '/number/edit');
const stored = (number: string) => account.state.numbers.find((candidate) => candidate.number === number)!;

describe('switchboard number edit N1 N2 …', () => {
  it('edits each number in turn with a receipt line each, the one ITNIO refuses saying why, and journals all three', async () => {
    stored('442079460958').workspaceDisabled = true;
    const run = await switchboard(['number', 'edit', '447700900123', '442079460958', '12025550143', '--remark', 'Bulk remark']);
    expect(run.stdout.split('\n')).toEqual([
      'saved 447700900123: remark: Reception main line → Bulk remark',
      expect.stringMatching(/^refused 442079460958: .*workspace.* \(.+\)$/i),
      'saved 12025550143: remark: US support → Bulk remark',
      '',
    ]);
    // The first failure's exit code (a vendor refusal), every receipt printed, nothing retried.
    expect(run.code).toBe(3);
    expect(numberEdits().map((request) => request.body.number)).toEqual(['447700900123', '442079460958', '12025550143']);

    const entries = await journal();
    expect(entries.map(({ object, via, result }) => ({ object, via, ok: result.ok }))).toEqual([
      { object: '12025550143', via: 'cli', ok: true },
      { object: '442079460958', via: 'cli', ok: false },
      { object: '447700900123', via: 'cli', ok: true },
    ]);
    expect(entries[1]!.result).toMatchObject({ ok: false, error: { kind: 'vendor', code: '-29' } });
  });

  it('prints the receipts as one JSON array, a number not listed refused before anything is sent to it', async () => {
    const run = await switchboard(['number', 'edit', '442079460958', '15550100999', '--voicemail', 'off', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      value: [
        { number: '442079460958', result: 'unchanged', changes: [] },
        { number: '15550100999', result: 'refused', changes: [], error: expect.objectContaining({ kind: 'invalid-input', message: expect.stringContaining('not among') }) },
      ],
    });
    expect(numberEdits()).toEqual([]);
  });
});

describe('switchboard changes revert ID', () => {
  it('previews the put back and, with no terminal and no --yes, sends nothing; with --yes puts it back as a change of its own', async () => {
    expect((await switchboard(['number', 'edit', '442079460958', '--remark', 'Moved'])).code).toBe(0);
    const [edit] = await journal();
    const sent = numberEdits().length;

    const unconfirmed = await switchboard(['changes', 'revert', edit!.id]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stdout).toBe(`putting back change ${edit!.id} would change 442079460958:\n  remark: Moved → London office\n`);
    expect(unconfirmed.stderr).toMatch(/no terminal to ask at\. Nothing was sent\.\nhint: .*--yes/);
    expect(numberEdits()).toHaveLength(sent);

    const confirmed = await switchboard(['changes', 'revert', edit!.id, '--yes']);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toMatch(/^putting back change .*\n {2}remark: Moved → London office\nput back: 442079460958 \(change \w+\)\n$/);
    expect(stored('442079460958').remark).toBe('London office');
    const [back] = await journal();
    expect(back).toMatchObject({ revertOf: edit!.id, via: 'cli', changes: [{ field: 'remark', current: 'Moved', next: 'London office' }] });
  });
});
