import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnsafeChars } from '../../../../../contract/text';
import { toCsv, type CsvColumn } from '../../../../../main/platform/files/csv';
import { userFileAt } from '../../../../../main/platform/files/csv-read';
import { inEnglish } from '../../../../../main/platform/messages';
import { useTempDirs } from '../../../../support/temp-dirs';

interface Row {
  text?: string;
  code?: number;
}
const COLUMNS: CsvColumn<Row>[] = [
  ['Text', (row) => row.text],
  ['Code', (row) => row.code],
];
const lines = (rows: Row[]) => toCsv(COLUMNS, rows).split('\n');

describe('toCsv', () => {
  it('writes the header, then one line per row, leaving missing cells empty', () => {
    expect(toCsv(COLUMNS, [{ text: 'Renewal', code: 0 }, {}])).toBe('Text,Code\nRenewal,0\n,\n');
    expect(toCsv(COLUMNS, [])).toBe('Text,Code\n');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0958', "'+44 20 7946 0958"],
    ['-2+3', "'-2+3"],
    ['-10', "'-10"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'␉cmd"],
    ['\r=1', "'␍=1"],
    ['＝1+1', "'＝1+1"],
  ])('makes the text cell %j inert with a leading apostrophe', (text, cell) => {
    expect(lines([{ text }])[1]).toBe(`${cell},`);
  });

  it('still quotes an escaped cell that holds quotes or commas', () => {
    expect(lines([{ text: '=HYPERLINK("http://example.com")' }])[1]).toBe(`"'=HYPERLINK(""http://example.com"")",`);
    expect(lines([{ text: '@SUM(A1,A2)' }])[1]).toBe(`"'@SUM(A1,A2)",`);
  });

  it('shows control and direction characters inside a cell instead of writing them, one for one', () => {
    expect(toCsv(COLUMNS, [{ text: 'Desk\u001b[2J\u0000' }, { text: 'Night\u202eShift' }, { text: 'two\r\nlines' }])).toBe(
      'Text,Code\nDesk␛[2J␀,\nNight\ufffdShift,\ntwo␍␊lines,\n',
    );
  });

  it('never writes a control character of a cell, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const csv = toCsv(COLUMNS, [{ text }]);
        // The rows' own line feeds are the only ones.
        expect(hasUnsafeChars(csv.replaceAll('\n', ''))).toBe(false);
        expect(csv.split('\n')).toHaveLength(3);
      }),
    );
  });

  it('keeps a plain negative number as the number it is', () => {
    expect(lines([{ code: -10 }])[1]).toBe(',-10');
  });

  it('leaves ordinary text alone', () => {
    expect(lines([{ text: 'Night Shift', code: 200 }])[1]).toBe('Night Shift,200');
  });
});

describe('a file the operator chose', () => {
  const freshDir = useTempDirs('sb-user-file-');
  const limits = { maxBytes: 10, tooLarge: () => ({ kind: 'file' as const, message: 'too large' }), kinds: 'a CSV file' as const };

  it('refuses a folder and a missing file in words, with the same words as catalog keys', async () => {
    const dir = freshDir();
    const folder = await userFileAt(dir, limits);
    expect(folder).toEqual({
      ok: false,
      error: {
        kind: 'file',
        message: `"${basename(dir)}" is not a regular file.`,
        hint: 'Choose a CSV file. Nothing was imported.',
        say: { message: { key: 'files.notRegular.message', values: { name: basename(dir) } }, hint: { key: 'files.notRegular.hint', values: { kinds: { key: 'files.kinds.a CSV file' } } } },
      },
    });
    const missing = await userFileAt(join(dir, 'gone.csv'), limits);
    expect(missing).toMatchObject({ ok: false, error: { message: '"gone.csv" could not be read (ENOENT).', hint: 'Check that the file exists and that you may read it. Nothing was imported.' } });
    for (const result of [folder, missing]) {
      if (result.ok) continue;
      expect(inEnglish(result.error.say!.message)).toBe(result.error.message);
      expect(inEnglish(result.error.say!.hint!)).toBe(result.error.hint);
    }
  });
});
