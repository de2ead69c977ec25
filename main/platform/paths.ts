import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Switchboard';
/** electron-builder.yml's appId: Windows shows a notification only for the app its shortcut names. */
export const APP_ID = 'com.itniotech.switchboard';

/**
 * Where profiles, settings and history live. Mirrors Electron's `userData` for our product name so
 * that the GUI and the CLI share one folder; SWITCHBOARD_HOME overrides both.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SWITCHBOARD_HOME) return env.SWITCHBOARD_HOME;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}
