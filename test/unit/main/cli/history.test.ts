/** `switchboard history` shows the call records the app kept with the history it shares. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../../../main/app';
import { createMemoryStore } from '../../../../main/platform/secrets';
import { memoryLogger } from '../../../support/memory-log';
import { cliHarness } from './cli-harness';

const KEY = 'cliOutcomeKey';
const SECRET = 'cli-outcome-secret-never-printed';
const harness = cliHarness({ key: KEY, secret: SECRET, homePrefix: 'sb-cli-outcomes-', credentials: 'environment' });
const { cli } = harness;

beforeAll(() => {
  harness.sandbox.state.cdrDelayMs = 0;
});

const environment = () => ({ apiKey: KEY, apiSecret: SECRET, baseUrl: harness.sandbox.url, appId: harness.sandbox.state.appId });

/** The app, open on the same data folder, checking outcomes as its history screen does. */
async function appChecksOutcomes() {
  const context = await createAppContext({
    dataDir: harness.home,
    secrets: createMemoryStore(),
    log: memoryLogger().log,
    app: { name: 'Switchboard', version: '0', platform: 'linux', openExternal: async () => undefined },
    environment: environment(),
  });
  try {
    return await context.router.dispatch('calls.checkOutcomes', { all: true });
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
