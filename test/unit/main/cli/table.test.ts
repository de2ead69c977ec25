import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { tableText, type TableColumn } from '../../../../main/cli/table';

const columns = (): TableColumn[] => [
  { header: 'ID', cells: ['2001', '2008'] },
  { header: 'NAME', cells: ['LON-Out-Primary', 'NYC-In-Support'], wrap: true },
  { header: 'GROUPS', cells: ['101 Reception', '104 Support Tier 1 (12025550188); 105 Support Tier 2 (12025550189)'], wrap: true, drop: 2 },
  { header: 'UPDATED', cells: ['2025-04-02 16:40:12', '2025-03-07 08:45:00'], drop: 1 },
];

const widthOf = (text: string) => Math.max(...text.split('\n').map((line) => stringWidth(line)));

describe('tableText', () => {
  it('puts the headers over columns two spaces apart, each row one line, when no width is given (a pipe)', () => {
    const { text, hidden } = tableText(columns());
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ID {4}NAME {13}GROUPS {62}UPDATED$/);
    expect(lines[2]).toBe('2008  NYC-In-Support   104 Support Tier 1 (12025550188); 105 Support Tier 2 (12025550189)  2025-03-07 08:45:00');
    expect(hidden).toEqual([]);
  });

  it('wraps free text at word boundaries to fit the width, keeping every column', () => {
    const { text, hidden } = tableText(columns(), 100);
    expect(hidden).toEqual([]);
    expect(widthOf(text)).toBeLessThanOrEqual(100);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(3);
    // The continuation of the groups sits under GROUPS, the other cells left blank.
    const groupsAt = lines[0]!.indexOf('GROUPS');
    expect(lines[2]).toMatch(/^2008 {2}NYC-In-Support {3}104 Support Tier 1 \(12025550188\); 105 Support Tier 2 +2025-03-07 08:45:00$/);
    expect(lines[3]).toBe(`${' '.repeat(groupsAt)}(12025550189)`);
  });

  it('hides columns, the lowest drop first, when wrapping would go under a readable width, and names them', () => {
    const narrow = tableText(columns(), 60);
    expect(narrow.hidden).toEqual(['UPDATED']);
    expect(widthOf(narrow.text)).toBeLessThanOrEqual(60);
    const narrower = tableText(columns(), 30);
    expect(narrower.hidden).toEqual(['UPDATED', 'GROUPS']);
    expect(narrower.text.split('\n')[0]).toBe('ID    NAME');
  });

  it('measures wide characters as the terminal shows them: two cells each', () => {
    const { text } = tableText([
      { header: 'NAME', cells: ['北京前台', 'desk-1'] },
      { header: 'GROUP', cells: ['x', 'y'] },
    ]);
    const [, chinese, latin] = text.split('\n');
    expect(stringWidth(chinese!.slice(0, chinese!.indexOf('x')))).toBe(latin!.indexOf('y'));
  });

  it('leaves a table that cannot fit at its narrowest rather than lose a column that always stays', () => {
    const { text, hidden } = tableText([{ header: 'ACCOUNT', cells: ['80010001'] }, { header: 'CALLER ID', cells: ['447700900123'] }], 10);
    expect(hidden).toEqual([]);
    expect(text.split('\n')[1]).toBe('80010001  447700900123');
  });

  it('leaves out the header line when asked (--no-headers)', () => {
    expect(tableText(columns(), undefined, false).text.split('\n')[0]).toMatch(/^2001 {2}LON-Out-Primary/);
  });
});
