import { fail, ok, type Result } from '../../../contract/result';
import type { Page } from './endpoints';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_CONCURRENCY = 4;

/**
 * Every record of a paged query: page 1 tells how many pages there are, the rest are fetched with
 * at most `concurrency` requests in flight, so a 5 000-phone account takes seconds without
 * flooding the vendor. Records keep the server's order. The first failure stops everything.
 */
export async function fetchAllPages<T>(
  fetchPage: (current: number) => Promise<Result<Page<T>>>,
  concurrency = DEFAULT_PAGE_CONCURRENCY,
): Promise<Result<{ total: number; records: T[] }>> {
  const first = await fetchPage(1);
  if (!first.ok) return first;
  const pages = Math.max(1, Number(first.value.pages) || 1);
  const byPage: T[][] = [first.value.records ?? []];
  let next = 2;
  let failure: Result<never> | undefined;

  const worker = async () => {
    while (!failure && next <= pages) {
      const current = next++;
      const page = await fetchPage(current);
      if (!page.ok) failure ??= page;
      else byPage[current - 1] = page.value.records ?? [];
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages - 1) }, worker));
  if (failure) return failure;
  const records = byPage.flat();
  if (records.length < Number(first.value.total)) {
    // Phones added or removed between pages shift the paging; say so rather than show a gap.
    return fail({
      kind: 'server',
      message: `The list changed while it was being read (${records.length} of ${first.value.total} records arrived).`,
      hint: 'Refresh to read it again.',
    });
  }
  return ok({ total: records.length, records });
}
