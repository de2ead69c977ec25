import { fail, ok, type Result } from '../../../contract/result';
import { spoken } from '../messages';
import type { Page } from './endpoints';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_CONCURRENCY = 4;
/**
 * The most records read for one list: ten times the largest account we know of (5 000 phones),
 * 500 requests at 100 a page. A server that claims more is not believed, so a broken or hostile
 * answer cannot send the client paging for hours.
 */
export const MAX_RECORDS = 50_000;
/** Twice what MAX_RECORDS needs at 100 a page, for a server that pages by fewer than we ask. */
export const MAX_PAGES = 1_000;

/**
 * Every record of a paged query: page 1 tells how many pages there are (its own answer checked
 * that they follow from total and size), the rest are fetched with at most `concurrency` requests
 * in flight, so a 5 000-phone account takes seconds without flooding the vendor. Records keep the
 * server's order. The first failure stops everything.
 */
export async function fetchAllPages<T>(
  fetchPage: (current: number) => Promise<Result<Page<T>>>,
  concurrency = DEFAULT_PAGE_CONCURRENCY,
): Promise<Result<{ total: number; records: T[] }>> {
  const first = await fetchPage(1);
  if (!first.ok) return first;
  const { total, pages: claimed } = first.value;
  if (total > MAX_RECORDS || claimed > MAX_PAGES) {
    return fail({
      kind: 'server',
      ...spoken({ key: 'itnio.paging.tooMany', values: { total, pages: claimed, maxRecords: MAX_RECORDS, maxPages: MAX_PAGES } }, { key: 'itnio.paging.tooManyHint' }),
    });
  }
  if (first.value.records.length > MAX_PAGE_SIZE) return oversizedPage(1, first.value.records.length);
  const pages = Math.max(1, claimed);
  const byPage: T[][] = [first.value.records];
  let next = 2;
  let failure: Result<never> | undefined;

  const worker = async () => {
    while (!failure && next <= pages) {
      const current = next++;
      const page = await fetchPage(current);
      if (!page.ok) failure ??= page;
      else if (page.value.records.length > MAX_PAGE_SIZE) failure ??= oversizedPage(current, page.value.records.length);
      else byPage[current - 1] = page.value.records;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages - 1) }, worker));
  if (failure) return failure;
  const records = byPage.flat();
  if (records.length < total) {
    // Phones added or removed between pages shift the paging; say so rather than show a gap.
    return fail({ kind: 'server', ...spoken({ key: 'itnio.paging.changed', values: { arrived: records.length, total } }, { key: 'itnio.paging.changedHint' }) });
  }
  return ok({ total: records.length, records });
}

/** Every request asks for at most MAX_PAGE_SIZE records: more in one page is the server overflowing, and with MAX_PAGES it bounds what a list can hold. */
const oversizedPage = (current: number, count: number): Result<never> =>
  fail({ kind: 'server', ...spoken({ key: 'itnio.paging.oversized', values: { page: current, records: count, max: MAX_PAGE_SIZE } }, { key: 'itnio.paging.oversizedHint' }) });
