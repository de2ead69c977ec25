import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '../../../../../contract/methods';
import { ok, type Result } from '../../../../../contract/result';
import { createPhoneDirectory } from '../../../../../main/features/phones/directory';
import type { Connections } from '../../../../../main/platform/connections/connections';
import { keptReads } from '../../../../../main/platform/connections/kept-reads';
import type { Page, PhoneRecord } from '../../../../../main/platform/itnio';
import { openReadCache } from '../../../../../main/platform/storage/read-cache';
import { memoryLogger } from '../../../../support/memory-log';
import { useTempDirs } from '../../../../support/temp-dirs';
import { phonesFixture, type PhonesFixture } from './fixture';

const freshDir = useTempDirs('sb-directory-');

// 8 seeded phones + 1 234 in "Bulk": 13 pages of 100.
let fx: PhonesFixture;
beforeAll(async () => {
  fx = await phonesFixture({ extraPhones: 1_234 });
});
afterAll(() => fx.close());
beforeEach(async () => {
  // A fresh cache for every test: refresh once, then forget the requests it made.
  await fx.call('phones.list', { refresh: true });
  fx.sandbox.requests.length = 0;
});

const list = (input?: MethodInput<'phones.list'>) => fx.value('phones.list', input);
const sipQueries = () => fx.sandbox.requests.filter((request) => request.path === '/voice/sipQuery').map((request) => request.body as { current: number; size: number });

describe('the phone list (sipQuery, every page)', () => {
  it('reads every page once, at the largest page size, and keeps the server order', async () => {
    const directory = await list({ refresh: true });
    expect(directory.phones).toHaveLength(1_242);
    expect(directory.phones.map((phone) => phone.account)).toEqual(fx.sandbox.state.phones.map((phone) => phone.account));
    const pages = sipQueries();
    expect(pages.map((page) => page.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, index) => index + 1));
    expect(new Set(pages.map((page) => page.size))).toEqual(new Set([100]));
    expect(JSON.stringify(directory)).not.toContain(fx.sandbox.state.phones[0]!.password);
  });

  it('answers from the cache until refreshed, with the time it was read', async () => {
    const first = await list();
    expect(sipQueries()).toEqual([]);
    const refreshed = await list({ refresh: true });
    expect(sipQueries()).toHaveLength(13);
    expect(Date.parse(refreshed.fetchedAt)).toBeGreaterThanOrEqual(Date.parse(first.fetchedAt));
  });

  it('shares one read between screens asking at the same time', async () => {
    await Promise.all([list({ refresh: true }), list({ refresh: true }), list({ refresh: true })]);
    expect(sipQueries()).toHaveLength(13);
  });

  it('a page that fails after the retries fails the whole read, and says what to do', async () => {
    fx.sandbox.faults.inject({ kind: 'html', status: 502, path: '/voice/sipQuery' });
    const result = await fx.call('phones.list', { refresh: true });
    fx.sandbox.faults.clear();
    expect(result).toMatchObject({ ok: false, error: { kind: 'server', hint: expect.any(String) } });
  });
});

describe('the first phones only (limit)', () => {
  it('reads one page of that size when asked to refresh, and tells the total', async () => {
    const directory = await list({ limit: 20, refresh: true });
    expect(sipQueries()).toEqual([{ current: 1, size: 20, params: { appId: 'app-7f3c21' } }]);
    expect(directory.phones.map((phone) => phone.account)).toEqual(fx.sandbox.state.phones.slice(0, 20).map((phone) => phone.account));
    expect(directory.total).toBe(1_242);
  });

  it('slices the cached list without a request when it is there', async () => {
    const directory = await list({ limit: 5 });
    expect(sipQueries()).toEqual([]);
    expect(directory.phones).toHaveLength(5);
    expect(directory.total).toBe(1_242);
  });
});

describe('a read that started before the phones changed', () => {
  const phone = (account: string): PhoneRecord => ({ account, password: `pw-${account}`, phoneName: `desk-${account}`, groupName: 'Desk', displayNum: '447700900123' });

  it('neither refills the cache nor answers a read asked for after the change', async () => {
    let phones = [phone('80010001')];
    // Each sipQuery sees the phones as they are when it is sent, and answers when the test says.
    const answers: (() => void)[] = [];
    const request = () =>
      new Promise<Result<Page<PhoneRecord>>>((resolve) => {
        const seen = [...phones];
        answers.push(() => resolve(ok({ records: seen, total: seen.length, size: 100, current: 1, pages: 1 })));
      });
    const target = { profileId: 'office', baseUrl: 'https://api.itniotech.com', appId: 'app-1', apiKey: 'k', apiSecret: 's' };
    const connections = { active: async () => ok({ target, client: { request } }), activeId: async () => ok('office') } as unknown as Connections;
    const keep = keptReads({ cache: openReadCache(freshDir(), memoryLogger().log), activeId: connections.activeId, answerKept: true });
    const directory = createPhoneDirectory({ connections, keep });

    // The Dialer opens and starts reading; meanwhile a batch is created and read back.
    const early = directory.list(false);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    phones = [...phones, phone('80010002')];
    directory.invalidate('office');
    const readBack = directory.records(true);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    for (const answer of answers) answer();

    await early;
    expect(await readBack).toMatchObject({ ok: true, value: { records: [{ account: '80010001' }, { account: '80010002' }] } });
    // A reload of the window reads the cache: the list after the change, not the one before it.
    const reloaded = await directory.list(false);
    expect(reloaded.ok && reloaded.value.phones.map((listed) => listed.account)).toEqual(['80010001', '80010002']);
    expect(answers).toHaveLength(2);
  });
});
