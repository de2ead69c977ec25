/**
 * 100 pages of phones with 50 ms of latency each: the bounded-concurrency fetcher against reading
 * the same pages one after another (concurrency 1), same client, same sandbox, one run.
 */
import { createLogger } from '../../main/platform/log';
import { createItnioClient, DEFAULT_PAGE_CONCURRENCY, ENDPOINTS, fetchAllPages } from '../../main/platform/itnio';
import { startSandbox } from '../../main/sandbox';
import { now, type Figure } from './stats.mts';

const KEY = 'benchKey';
const SECRET = 'bench-secret';
const PAGES = 100;
const PAGE_SIZE = 50;

export async function paging(): Promise<Figure> {
  const seeded = await startSandbox({ port: 0, credentials: [{ apiKey: KEY, apiSecret: SECRET }], seed: { extraPhones: PAGES * PAGE_SIZE }, logger: createLogger(() => undefined) });
  // Exactly PAGES full pages, whatever the seed set holds besides.
  seeded.state.phones.length = PAGES * PAGE_SIZE;
  seeded.faults.inject({ kind: 'latency', ms: 50, path: ENDPOINTS.sipQuery.path });
  const client = createItnioClient({ baseUrl: seeded.url, apiKey: KEY, apiSecret: SECRET, logger: createLogger(() => undefined) });
  const page = (current: number) => client.request(ENDPOINTS.sipQuery, { current, size: PAGE_SIZE, params: { appId: seeded.state.appId } });
  const timed = async (concurrency: number) => {
    const start = now();
    const all = await fetchAllPages(page, concurrency);
    if (!all.ok || all.value.records.length !== PAGES * PAGE_SIZE) throw new Error('paging benchmark read the wrong number of phones');
    return now() - start;
  };
  try {
    const sequential = await timed(1);
    const bounded = await timed(DEFAULT_PAGE_CONCURRENCY);
    return {
      name: `${PAGES} pages of ${PAGE_SIZE} phones at 50 ms latency each`,
      subject: `fetchAllPages, ${DEFAULT_PAGE_CONCURRENCY} in flight`,
      baseline: 'one page after another',
      subjectValue: bounded,
      baselineValue: sequential,
      unit: 'ms',
    };
  } finally {
    await client.close();
    await seeded.close();
  }
}
