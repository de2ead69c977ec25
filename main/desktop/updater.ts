import updaterPackage from 'electron-updater';
import type { Logger } from '../platform/log';
import type { Updater } from './updates';

/**
 * electron-updater for the policy's feed (a generic https folder of latest*.yml files), told to do
 * nothing by itself: no download when an update is found, no install when the app quits. It picks
 * the installer kind this copy came from (NSIS, dmg's zip, AppImage, deb) and verifies what it
 * downloads against the sha512 the feed's latest*.yml gives. Undefined where it cannot update this
 * copy (a build run from source, Linux outside an AppImage or a package).
 */
export function electronUpdater(feed: string, log: Logger): Updater | undefined {
  // The package's own choice for this system, made when first asked for (it needs Electron's app).
  const updater = updaterPackage.autoUpdater;
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  // Its warnings (not an AppImage, a differential download falling back) go to our log; its errors
  // carry the feed's whole answer, so they reach the log as updates.ts words them.
  updater.logger = { info: () => undefined, warn: (message: unknown) => log.info('updater', { said: String(message).slice(0, 200) }), error: () => undefined, debug: () => undefined };
  updater.setFeedURL({ provider: 'generic', url: feed });
  if (!updater.isUpdaterActive()) return undefined;
  return {
    check: async () => {
      const result = await updater.checkForUpdates();
      return result?.isUpdateAvailable ? { version: result.updateInfo.version } : undefined;
    },
    download: async (onProgress) => {
      const progress = (info: { percent: number }) => onProgress(info.percent);
      updater.on('download-progress', progress);
      try {
        await updater.downloadUpdate();
      } finally {
        updater.off('download-progress', progress);
      }
    },
    install: () => updater.quitAndInstall(false, true),
  };
}
