import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE_MAX_BYTES, logFileWriter } from '../../../../main/platform/log-file';
import { useTempDirs } from '../../../support/temp-dirs';

const freshDir = useTempDirs('sb-log-');

describe('the log kept on disk', () => {
  it('appends each line to logs/main.log, the owner’s only', () => {
    const dir = freshDir();
    const write = logFileWriter(dir);
    write('{"event":"one"}');
    write('{"event":"two"}');
    expect(readFileSync(join(dir, 'logs', 'main.log'), 'utf8')).toBe('{"event":"one"}\n{"event":"two"}\n');
    expect(statSync(join(dir, 'logs', 'main.log')).mode & 0o077).toBe(0);
  });

  it('moves a full log to main.1.log and starts afresh, so two files at most', () => {
    const dir = freshDir();
    const write = logFileWriter(dir);
    const line = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 40; i += 1) write(`${i} ${line}`);
    const current = statSync(join(dir, 'logs', 'main.log')).size;
    const previous = statSync(join(dir, 'logs', 'main.1.log')).size;
    expect(previous).toBeGreaterThan(LOG_FILE_MAX_BYTES);
    expect(previous).toBeLessThan(LOG_FILE_MAX_BYTES + 2 * line.length);
    expect(current).toBeLessThanOrEqual(LOG_FILE_MAX_BYTES + line.length + 8);
    expect(readFileSync(join(dir, 'logs', 'main.log'), 'utf8').endsWith(`39 ${line}\n`)).toBe(true);
  });

  it('drops a line it cannot write instead of stopping the app', () => {
    const dir = join(freshDir(), 'file-in-the-way');
    writeFileSync(dir, 'not a folder');
    expect(() => logFileWriter(dir)('{"event":"lost"}')).not.toThrow();
    expect(existsSync(join(dir, 'logs'))).toBe(false);
  });
});
