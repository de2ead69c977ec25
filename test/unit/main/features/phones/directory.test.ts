import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../../contract/methods';
import { phonesFixture, type PhonesFixture } from './fixture';

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
