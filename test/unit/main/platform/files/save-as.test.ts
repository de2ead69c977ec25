import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { folderDialogs, type FileDialogs } from '../../../../../main/platform/files/dialogs';
import { saveAs, type SaveAsFile } from '../../../../../main/platform/files/save-as';
import { inEnglish } from '../../../../../main/platform/messages';
import { memoryLogger } from '../../../../support/memory-log';
import { useTempDirs } from '../../../../support/temp-dirs';

const CONTENTS = 'account,password\n80010001,Zx8Zx8Zx8Zx8\n';
const file: SaveAsFile = {
  title: 'Save phones with their SIP passwords',
  defaultName: 'phones-acme-customers.csv',
  filters: [{ name: 'CSV', extensions: ['csv'] }],
  what: 'CSV',
  event: 'phones.exportCsv',
  contents: CONTENTS,
};

const tempDir = useTempDirs('sb-save-as-');
let home: string;
beforeEach(() => {
  home = tempDir();
});

/** Dialogs that answer `path` (undefined = cancelled) and keep what they were asked. */
function answering(path: string | undefined) {
  const asked: Parameters<FileDialogs['chooseSavePath']>[0][] = [];
  const dialogs: FileDialogs = {
    chooseSavePath: async (options) => (asked.push(options), path),
    chooseOpenPath: async () => undefined,
  };
  return { dialogs, asked };
}

describe('saveAs', () => {
  it('asks the dialog with the title, suggested name and filters, and writes nothing when cancelled', async () => {
    const { log, lines } = memoryLogger();
    const { dialogs, asked } = answering(undefined);
    expect(await saveAs({ dialogs, log }, file, { rows: 1 })).toEqual({ ok: true, value: { saved: false } });
    expect(asked).toEqual([{ title: file.title, defaultName: file.defaultName, filters: file.filters }]);
    expect(readdirSync(home)).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('writes the whole file where the operator chose, readable by the owner only, and answers the summary', async () => {
    const { log } = memoryLogger();
    const dialogs = folderDialogs(home);
    const path = join(home, file.defaultName);
    expect(await saveAs({ dialogs, log }, file, { rows: 1 })).toEqual({ ok: true, value: { saved: true, path, rows: 1 } });
    expect(readFileSync(path, 'utf8')).toBe(CONTENTS);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('makes a file it replaces owner-only too', async () => {
    const path = join(home, file.defaultName);
    writeFileSync(path, 'old');
    chmodSync(path, 0o644);
    await saveAs({ dialogs: folderDialogs(home), log: memoryLogger().log }, file, {});
    expect(readFileSync(path, 'utf8')).toBe(CONTENTS);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('writes bytes as they are', async () => {
    const bytes = Buffer.from([0x52, 0x49, 0x46, 0x46, 0x00, 0xff, 0x0a, 0x0d]);
    const saved = await saveAs({ dialogs: folderDialogs(home), log: memoryLogger().log }, { ...file, defaultName: 'call.wav', contents: bytes }, { size: bytes.length });
    expect(saved).toEqual({ ok: true, value: { saved: true, path: join(home, 'call.wav'), size: 8 } });
    expect(readFileSync(join(home, 'call.wav')).equals(bytes)).toBe(true);
  });

  it('turns a failed write into a file error naming what was saved, and logs only its code', async () => {
    const { log, lines } = memoryLogger();
    const { dialogs } = answering(join(home, 'no-such-folder', 'phones-acme-customers.csv'));
    const saved = await saveAs({ dialogs, log }, file, { rows: 1 });
    expect(saved).toEqual({
      ok: false,
      error: {
        kind: 'file',
        message: 'The CSV could not be saved (ENOENT).',
        hint: 'Choose a folder you can write to, with free space, and save again.',
        say: { message: { key: 'files.notSaved.message', values: { what: { key: 'files.saved.CSV' }, code: 'ENOENT' } }, hint: { key: 'files.notSaved.hint' } },
      },
    });
    if (saved.ok) return;
    expect(inEnglish(saved.error.say!.message)).toBe(saved.error.message);
    expect(inEnglish(saved.error.say!.hint!)).toBe(saved.error.hint);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([{ time: expect.any(String), level: 'error', event: 'phones.exportCsv', code: 'ENOENT' }]);
    const logged = lines.join('\n');
    for (const leak of ['acme', 'no-such-folder', home, 'Zx8Zx8Zx8Zx8', '80010001']) expect(logged).not.toContain(leak);
  });
});
