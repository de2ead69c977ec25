import { resolve } from 'node:path';
import { app } from 'electron';
import type { LinkHandlers } from '../app-services';

/**
 * Electron's protocol-client calls for this executable. A development run (`electron .`) names
 * its app folder too: registered bare, a link would start Electron without Switchboard.
 */
export function electronLinkHandlers(): LinkHandlers {
  const appFolder = process.defaultApp && process.argv[1] ? [resolve(process.argv[1])] : undefined;
  if (appFolder) {
    return {
      isHandler: (scheme) => app.isDefaultProtocolClient(scheme, process.execPath, appFolder),
      become: (scheme) => app.setAsDefaultProtocolClient(scheme, process.execPath, appFolder),
      giveUp: (scheme) => app.removeAsDefaultProtocolClient(scheme, process.execPath, appFolder),
    };
  }
  return {
    isHandler: (scheme) => app.isDefaultProtocolClient(scheme),
    become: (scheme) => app.setAsDefaultProtocolClient(scheme),
    giveUp: (scheme) => app.removeAsDefaultProtocolClient(scheme),
  };
}
