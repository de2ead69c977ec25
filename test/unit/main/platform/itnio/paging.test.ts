import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../../../../contract/result';
import { fetchAllPages, type Page } from '../../../../../main/platform/itnio';
import { MAX_PAGES, MAX_RECORDS } from '../../../../../main/platform/itnio/paging';
import { inEnglish } from '../../../../../main/platform/messages';

/** A paged source of `total` numbers that records how many requests overlap. */
function source(total: number, size: number, options: { failOn?: number } = {}) {
  let inFlight = 0;
  let peak = 0;
  const asked: number[] = [];
  const fetchPage = async (current: number): Promise<Result<Page<number>>> => {
    asked.push(current);
    inFlight++;
    peak = Math.max(peak, inFlight);
    // Later pages answer sooner, so out-of-order arrival is exercised.
    await new Promise((resolve) => setTimeout(resolve, 20 - Math.min(current, 19)));
    inFlight--;
    if (current === options.failOn) return fail({ kind: 'network', message: 'reset' });
    const records = Array.from({ length: Math.max(0, Math.min(size, total - (current - 1) * size)) }, (_, i) => (current - 1) * size + i);
    return ok({ total, size, current, pages: Math.ceil(total / size), records });
  };
  return { fetchPage, asked, peak: () => peak };
}

describe('fetchAllPages', () => {
  it('reads every page once, in order, with at most `concurrency` requests in flight', async () => {
    const pages = source(1_234, 100);
    const all = await fetchAllPages(pages.fetchPage, 3);
    expect(all.ok && all.value.records).toEqual(Array.from({ length: 1_234 }, (_, i) => i));
    expect([...pages.asked].sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(pages.peak()).toBe(3);
  });

  it('answers a single page or an empty list with one request', async () => {
    const empty = source(0, 100);
    expect(await fetchAllPages(empty.fetchPage)).toEqual(ok({ total: 0, records: [] }));
    expect(empty.asked).toEqual([1]);
  });

  it('stops at the first failure and returns it', async () => {
    const pages = source(2_000, 100, { failOn: 4 });
    const all = await fetchAllPages(pages.fetchPage, 2);
    expect(all).toEqual(fail({ kind: 'network', message: 'reset' }));
    expect(pages.asked.length).toBeLessThan(20);
  });

  it('reports a list that shrank while it was read instead of showing a gap', async () => {
    const all = await fetchAllPages(async (current) => ok({ total: 150, size: 100, current, pages: 2, records: current === 1 ? Array(100).fill(0) : [] }));
    expect(all.ok ? undefined : all.error).toMatchObject({ kind: 'server', message: expect.stringContaining('100 of 150') });
    const error = all.ok ? undefined : all.error;
    expect(error?.say).toEqual({ message: { key: 'itnio.paging.changed', values: { arrived: 100, total: 150 } }, hint: { key: 'itnio.paging.changedHint' } });
    expect(inEnglish(error!.say!.message)).toBe(error!.message);
  });

  it.each([
    ['more records than it reads', { total: MAX_RECORDS + 1, size: 100, pages: Math.ceil((MAX_RECORDS + 1) / 100) }],
    ['more pages than it reads', { total: MAX_PAGES * 10 + 1, size: 10, pages: MAX_PAGES + 1 }],
  ])('refuses a list that claims %s after the first request, reading no other page', async (_, claim) => {
    const asked: number[] = [];
    const all = await fetchAllPages(async (current) => {
      asked.push(current);
      return ok({ ...claim, current, records: Array<number>(Math.min(claim.size, 100)).fill(0) });
    });
    expect(all.ok ? undefined : all.error).toMatchObject({ kind: 'server', message: expect.stringContaining('more than Switchboard reads') });
    if (!all.ok) expect(inEnglish(all.error.say!.message)).toBe(all.error.message);
    expect(asked).toEqual([1]);
  });

  it('refuses a page that holds more records than a request asks for, so a list stays bounded', async () => {
    const asked: number[] = [];
    const all = await fetchAllPages(async (current) => {
      asked.push(current);
      const size = current === 3 ? 5_000 : 100;
      return ok({ total: 400, size, current, pages: 4, records: Array<number>(size).fill(current) });
    }, 1);
    expect(all.ok ? undefined : all.error).toMatchObject({ kind: 'server', message: expect.stringContaining('page 3 with 5000 records') });
    expect(all.ok ? undefined : all.error.say).toEqual({
      message: { key: 'itnio.paging.oversized', values: { page: 3, records: 5_000, max: 100 } },
      hint: { key: 'itnio.paging.oversizedHint' },
    });
    expect(asked).toEqual([1, 2, 3]);
  });
});
