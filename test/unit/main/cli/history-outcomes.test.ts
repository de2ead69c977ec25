/** `switchboard history` shows the call records the app kept with the history it shares. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli';
import { createAppContext } from '../../../../main/context';
import { startSandbox, type Sandbox } from '../../../../main/sandbox';
import { createMemoryStore } from '../../../../main/secrets';
import { memoryLogger } from '../../../support/memory-log';

const KEY = 'cliOutcomeKey';
const SECRET = 'cli-outcome-secret-never-printed';
let sandbox: Sandbox;
let home: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, credentials: [{ apiKey: KEY, apiSecret: SECRET }], logger: memoryLogger().log });
  sandbox.state.cdrDelayMs = 0;
  home = mkdtempSync(join(tmpdir(), 'sb-cli-outcomes-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(home, { recursive: true, force: true });
});

const environment = () => ({ apiKey: KEY, apiSecret: SECRET, baseUrl: sandbox.url, appId: sandbox.state.appId });

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv,
    env: { SWITCHBOARD_HOME: home, ITNIO_API_KEY: KEY, ITNIO_API_SECRET: SECRET, ITNIO_BASE_URL: sandbox.url, ITNIO_APP_ID: sandbox.state.appId },
    io: { out: (text) => out.push(text), err: (text) => err.push(text) },
    version: '0.1.0',
    secrets: createMemoryStore(),
  });
  expect(out.join('\n') + err.join('\n'), 'a secret reached the terminal').not.toContain(SECRET);
  return { code, stdout: out.join('\n') };
}

/** The app, open on the same data folder, checking outcomes as its history screen does. */
async function appChecksOutcomes() {
  const context = await createAppContext({
    dataDir: home,
    secrets: createMemoryStore(),
    log: memoryLogger().log,
    app: { name: 'Switchboard', version: '0', platform: 'linux', openExternal: async () => undefined },
    environment: environment(),
  });
  try {
    return await context.router.dispatch('history.checkOutcomes', { all: true });
  } finally {
    await context.close();
  }
}

describe('switchboard history with call outcomes', () => {
  it('prints each call record as text, JSON and CSV once the app has it', async () => {
    const answered = (await cli(['call', '+44 7700 900123', '--account', '80010001'])).stdout;
    const busy = (await cli(['call', '+44 7700 900127', '--account', '80010001'])).stdout;
    expect(await appChecksOutcomes()).toMatchObject({ ok: true, value: { checked: 2, filed: 2 } });

    const text = (await cli(['history'])).stdout.split('\n');
    expect(text[0]).toMatch(new RegExp(`placed ${busy} {2}Busy \\(486\\) · \\$0\\.05$`));
    expect(text[1]).toMatch(new RegExp(`placed ${answered} {2}Answered · 0:38 · \\$0\\.05$`));

    const json = JSON.parse((await cli(['history', '--json'])).stdout) as { ok: boolean; value: { entries: unknown[] } };
    expect(json.value.entries).toEqual([
      expect.objectContaining({ recordingId: busy, record: expect.objectContaining({ answered: false, terminationCode: '486', terminationReason: 'Busy here' }) }),
      expect.objectContaining({ recordingId: answered, recordCheckedAt: expect.any(String), record: expect.objectContaining({ answered: true, callDuration: 38, cost: '0.0500', currency: 'USD', hasRecording: true }) }),
    ]);

    const csv = (await cli(['history', '--csv'])).stdout.trim().split('\n');
    expect(csv[2]).toMatch(/,Answered · 0:38 · \$0\.05,yes,38,0\.0500,USD,200,Normal call clearing$/);
  });
});
