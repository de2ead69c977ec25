import { afterEach } from 'vitest';
import { createItnioClient, type ItnioClient } from '../../../../../main/platform/itnio';
import { memoryLogger } from '../../../../support/memory-log';
import { startServer, type FakeServer, type Handler } from './fake-server';

export const KEY = 'bDqJFiq9';
export const SECRET = '7bz1lzh9-for-tests-only';

type ClientOptions = Partial<Parameters<typeof createItnioClient>[0]>;

/** Servers and clients for one test file, all closed after each test. */
export function harness() {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  return {
    async server(handler: Handler): Promise<FakeServer> {
      const server = await startServer(handler);
      closers.push(server.close);
      return server;
    },
    /** Retries wait 1 ms unless a test says otherwise. */
    client(baseUrl: string, options: ClientOptions = {}): { client: ItnioClient; lines: string[] } {
      const { log, lines } = memoryLogger();
      const client = createItnioClient({ baseUrl, apiKey: KEY, apiSecret: SECRET, logger: log, retryDelaysMs: [1, 1], ...options });
      closers.push(() => client.close());
      return { client, lines };
    },
  };
}
