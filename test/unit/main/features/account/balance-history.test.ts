/**
 * The balance over time: every balance read fresh from ITNIO is kept in the data folder's balance
 * journal (never a kept answer served for an outage, never a read under the ITNIO_* variables), an
 * unchanged read only once an hour, and `account.balanceHistory` answers the active profile's reads
 * of the last 60 days with the forecast. The account services run on the real platform pieces (the
 * profile store, the embedded sandbox, kept reads) with a clock of the test's own.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../contract/result';
import { createAccountServices } from '../../../../../main/features/account';
import { BALANCE_HISTORY_FILE } from '../../../../../main/features/account/balance-journal';
import { createConnections, type EnvironmentCredentials } from '../../../../../main/platform/connections/connections';
import { keptReads } from '../../../../../main/platform/connections/kept-reads';
import { openProfileStore } from '../../../../../main/platform/connections/profile-store';
import { createSandboxRuntime, type SandboxRuntime } from '../../../../../main/platform/connections/sandbox-runtime';
import { createMemoryStore } from '../../../../../main/platform/secrets';
import { openReadCache } from '../../../../../main/platform/storage/read-cache';
import type { DomainServices } from '../../../../../main/router';
import type { Sandbox } from '../../../../../main/sandbox';
import { environmentOf, startAccount } from '../../../../support/account';
import { memoryLogger } from '../../../../support/memory-log';

const START = new Date('2025-07-01T09:00:00.000Z');
const MINUTE = 60_000;

let home: string;
let runtime: SandboxRuntime;
let sandbox: Sandbox;
let clock: Date;

/** The account services of one process on the data folder, as app.ts builds them (the ITNIO_* variables when given). */
function accountServices(environment?: EnvironmentCredentials): DomainServices<'account'> {
  const { log } = memoryLogger();
  const store = openProfileStore(home);
  // A retried read backs off for a millisecond, so an outage is met within the test.
  const connections = createConnections({ store, secrets: createMemoryStore(), sandbox: runtime, log, timing: { timeoutMs: 1_000, retryDelaysMs: [1] }, ...(environment ? { environment } : {}) });
  const keep = keptReads({ cache: openReadCache(home, log), activeId: connections.activeId, answerKept: true });
  return createAccountServices({ connections, store, keep, dataDir: home, log, now: () => clock });
}

async function value<T>(answer: Promise<Result<T>>): Promise<T> {
  const result = await answer;
  if (!result.ok) expect.fail(`${result.error.kind}: ${result.error.message}`);
  return result.value;
}

const journalLines = () => {
  const file = join(home, BALANCE_HISTORY_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown) : [];
};

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * MINUTE);
};

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'sb-balance-'));
  runtime = createSandboxRuntime(memoryLogger().log);
  sandbox = await runtime.emulator();
  clock = START;
});
afterEach(async () => {
  await runtime.close();
  await rm(home, { recursive: true, force: true });
});

describe('keeping the balance reads', () => {
  it('keeps each fresh read with its profile, time and amount', async () => {
    const account = accountServices();
    await value(account['account.balance']());
    sandbox.state.balance = 24.95;
    later(5);
    await value(account['account.balance']());
    expect(journalLines()).toEqual([
      { profileId: 'sandbox', at: '2025-07-01T09:00:00.000Z', balance: 25 },
      { profileId: 'sandbox', at: '2025-07-01T09:05:00.000Z', balance: 24.95 },
    ]);
  });

  it('keeps an unchanged read again only an hour after the last one kept', async () => {
    const account = accountServices();
    await value(account['account.balance']());
    later(59);
    await value(account['account.balance']());
    expect(journalLines()).toHaveLength(1);
    later(1);
    await value(account['account.balance']());
    expect(journalLines()).toEqual([
      { profileId: 'sandbox', at: '2025-07-01T09:00:00.000Z', balance: 25 },
      { profileId: 'sandbox', at: '2025-07-01T10:00:00.000Z', balance: 25 },
    ]);
  });

  it("holds a process started later to the hour from the journal's last read", async () => {
    await value(accountServices()['account.balance']());
    later(30);
    const another = accountServices();
    await value(another['account.balance']());
    expect(journalLines()).toHaveLength(1);
    sandbox.state.balance = 20;
    await value(another['account.balance']());
    expect(journalLines()).toHaveLength(2);
  });

  it('keeps nothing for the kept answer served while ITNIO is out of reach', async () => {
    const account = accountServices();
    await value(account['account.balance']());
    sandbox.state.balance = 24.95;
    sandbox.faults.inject({ kind: 'reset', path: '/sms/getBalance' });
    later(90);
    expect(await value(account['account.balance']())).toMatchObject({ balance: '25.00', stale: { kind: 'network' } });
    expect(journalLines()).toHaveLength(1);
  });

  it('keeps nothing read under the ITNIO_* variables, and shows them no history', async () => {
    const office = await startAccount({ apiKey: 'officeKey9', apiSecret: 'office-secret-1' });
    try {
      const account = accountServices(environmentOf(office));
      expect(await value(account['account.balance']())).toMatchObject({ profileId: 'env', balance: '25.00' });
      expect(journalLines()).toEqual([]);
      expect(await value(account['account.balanceHistory']())).toMatchObject({ profileId: 'env', points: [], forecast: null, noForecast: 'few-reads' });
    } finally {
      await office.close();
    }
  });
});

describe('account.balanceHistory', () => {
  it("answers the active profile's reads of the last 60 days, oldest first, with the level and the forecast", async () => {
    const day = (date: string, balance: number, profileId = 'sandbox') => JSON.stringify({ profileId, at: `${date}T09:00:00.000Z`, balance });
    // Appended out of order (two processes), another profile's read (kept after its removal), one past 60 days.
    writeFileSync(join(home, BALANCE_HISTORY_FILE), [day('2025-05-01', 90), day('2025-06-27', 30), day('2025-06-25', 40), day('2025-06-26', 38, 'p-removed')].join('\n') + '\n');
    const account = accountServices();
    await value(account['account.setLowBalance']({ threshold: 10 }));
    await value(account['account.balance']());

    const history = await value(account['account.balanceHistory']());
    expect(history).toEqual({
      profileId: 'sandbox',
      points: [
        { at: '2025-06-25T09:00:00.000Z', balance: 40 },
        { at: '2025-06-27T09:00:00.000Z', balance: 30 },
        { at: '2025-07-01T09:00:00.000Z', balance: 25 },
      ],
      threshold: 10,
      // 15 spent over 6 days: 2.5 a day; 25 lasts 10 days, 15 above the level 6.
      forecast: { perDay: 2.5, daysLeft: 10, daysToThreshold: 6 },
    });
  });

  it('says why there is no forecast before the reads span 12 hours', async () => {
    const account = accountServices();
    await value(account['account.balance']());
    expect(await value(account['account.balanceHistory']())).toEqual({
      profileId: 'sandbox',
      points: [{ at: '2025-07-01T09:00:00.000Z', balance: 25 }],
      threshold: null,
      forecast: null,
      noForecast: 'few-reads',
    });
  });
});
