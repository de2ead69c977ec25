/**
 * `npm run preview:browser`: the built renderer in any browser on 127.0.0.1, wired to the real
 * router and services (data in SWITCHBOARD_HOME or the app's usual folder). No Electron needed.
 */
import { join } from 'node:path';
import { createLogger } from './platform/log';
import { dataDir, PRODUCT_NAME } from './platform/paths';
import { startRendererServer } from './preview/renderer-server';
import { version } from '../package.json';
import { createAppContext } from './app';
import { createMemoryClipboard } from './desktop/clipboard-policy';
import { createKeytarStore } from './platform/secrets';

const log = createLogger();
const port = Number(process.env.PORT ?? 0);
// Plain Node cannot reach the system clipboard: copies stay in the preview's own, and the log says so.
const ownClipboard = createMemoryClipboard();

void (async () => {
  const context = await createAppContext({
    dataDir: dataDir(),
    secrets: createKeytarStore(),
    log,
    clipboard: {
      ...ownClipboard,
      writeText: (text) => {
        log.info('preview: copied to the preview’s own clipboard, not the system’s');
        return ownClipboard.writeText(text);
      },
    },
    app: {
      name: PRODUCT_NAME,
      version,
      platform: process.platform,
      openExternal: async (url) => log.info('preview: would open in the system browser', { url }),
    },
  });
  const { url } = await startRendererServer({ rendererDir: join(__dirname, '../renderer'), router: context.router, port });
  process.stdout.write(
    `Switchboard browser preview (data: ${dataDir()})\nlistening on ${url}\n` +
      'Open that address, token included: it is what keeps other users of this computer out of your account. Share it with no one.\n',
  );
  const stop = () => void context.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
})();
