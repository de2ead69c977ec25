/**
 * `npm run preview:browser`: the built renderer in any browser on 127.0.0.1, wired to the real
 * router and services (data in SWITCHBOARD_HOME or the app's usual folder). No Electron needed.
 */
import { join } from 'node:path';
import { createLogger } from './log';
import { dataDir, PRODUCT_NAME } from './paths';
import { startRendererServer } from './preview/renderer-server';
import { createRouter } from './router';
import { createServices } from './services';

const log = createLogger();
const port = Number(process.env.PORT ?? 0);
const services = createServices({
  name: PRODUCT_NAME,
  version: process.env.npm_package_version ?? 'preview',
  platform: process.platform,
  openExternal: async (url) => log.info('preview: would open in the system browser', { url }),
});

void startRendererServer({ rendererDir: join(__dirname, '../renderer'), router: createRouter(services, log), port }).then(({ url }) => {
  process.stdout.write(`Switchboard browser preview (data: ${dataDir()})\nlistening on ${url}\n`);
});
