import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from '../../../../../main/platform/files/csv';

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
    ['\tcmd', "'\tcmd"],
  ])('makes the text cell %j inert with a leading apostrophe', (text, cell) => {
    expect(lines([{ text }])[1]).toBe(`${cell},`);
  });

  it('still quotes an escaped cell that holds quotes, commas or line breaks', () => {
    expect(lines([{ text: '=HYPERLINK("http://example.com")' }])[1]).toBe(`"'=HYPERLINK(""http://example.com"")",`);
    expect(toCsv(COLUMNS, [{ text: '\r=1' }])).toBe(`Text,Code\n"'\r=1",\n`);
  });

  it('keeps a plain negative number as the number it is', () => {
    expect(lines([{ code: -10 }])[1]).toBe(',-10');
  });

  it('leaves ordinary text alone', () => {
    expect(lines([{ text: 'Night Shift', code: 200 }])[1]).toBe('Night Shift,200');
  });
});
