/**
 * "Save diagnostics…": one zip for support with what a support engineer asks first (versions,
 * settings, the profiles as the window sees them, what is in the data folder, the recent log),
 * and nothing secret. Every part is something already free of secrets by the app's rules (masked
 * keys, log lines without inputs); no file of the data folder is copied but the settings and logs.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { arch, release, type } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { ProfileList } from '../contract/schemas/profiles';
import { LOG_FILE_MAX_BYTES, LOG_FILES, LOG_FOLDER } from './platform/log-file';
import { openSettings } from './platform/storage/settings';

export interface DiagnosticsSource {
  dataDir: string;
  app: { name: string; version: string; platform: string };
  profiles: () => Promise<ProfileList>;
  now?: () => Date;
}

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

export async function diagnosticsZip(source: DiagnosticsSource): Promise<Uint8Array> {
  const { dataDir } = source;
  const files: Record<string, Uint8Array> = {
    'about.json': json({
      ...source.app,
      arch: arch(),
      os: `${type()} ${release()}`,
      versions: Object.fromEntries(['electron', 'chrome', 'node', 'v8'].flatMap((name) => (process.versions[name] ? [[name, process.versions[name]]] : []))),
      createdAt: (source.now?.() ?? new Date()).toISOString(),
    }),
    'settings.json': json(await openSettings(dataDir).read()),
    'profiles.json': json(await source.profiles()),
    'data-folder.json': json(await folderSummary(dataDir)),
  };
  for (const name of LOG_FILES) {
    const log = await readFile(join(dataDir, LOG_FOLDER, name)).catch(() => undefined);
    if (log) files[`logs/${name}`] = new Uint8Array(log.subarray(Math.max(0, log.length - LOG_FILE_MAX_BYTES * 2)));
  }
  return zipSync(files, { level: 6 });
}

/** The data folder's top-level entries with their sizes (a folder as its count of entries): never a file's contents. */
async function folderSummary(dataDir: string): Promise<Record<string, string>> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  const summary: Record<string, string> = {};
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dataDir, entry.name);
    summary[entry.name] = entry.isDirectory() ? `${(await readdir(path).catch(() => [])).length} entries` : `${(await stat(path).catch(() => ({ size: 0 }))).size} bytes`;
  }
  return summary;
}
