import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Past this size the log moves to main.1.log and a new one starts: two files at most. */
export const LOG_FILE_MAX_BYTES = 1024 * 1024;
export const LOG_FOLDER = 'logs';
export const LOG_FILES = ['main.log', 'main.1.log'] as const;

/**
 * The app's log lines kept in `<dataDir>/logs/` for support (Save diagnostics…). Lines hold no
 * secret by the logger's rule; the files are the owner's only all the same. A line that cannot be
 * written is dropped: the log must never stop the app.
 */
export function logFileWriter(dataDir: string): (line: string) => void {
  const folder = join(dataDir, LOG_FOLDER);
  const [current, previous] = LOG_FILES.map((name) => join(folder, name)) as [string, string];
  let size: number | undefined;
  return (line) => {
    try {
      if (size === undefined) {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        size = existsSync(current) ? statSync(current).size : 0;
      }
      if (size > LOG_FILE_MAX_BYTES) {
        renameSync(current, previous);
        size = 0;
      }
      appendFileSync(current, `${line}\n`, { mode: 0o600 });
      size += Buffer.byteLength(line) + 1;
    } catch {
      size = undefined;
    }
  };
}
