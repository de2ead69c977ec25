/** Every CSV the app saves (phones, trunks, call history): owner-only files, formulas inert, nothing that acts. */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasUnsafeChars } from '../../../../contract/text';
import { phonesCsv } from '../../../../main/features/phones/csv';
import { useTestApp } from '../../../support/app';
import { savedPath } from '../../../support/router';

const FORMULAS = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1+2', '-2+3'];
const CONTROLS = ['Desk\u001b[2J\u0000', 'Night\u202eShift'];
const sheetRow = (groupName: string) => ({ account: '80010001', password: 'Zx8Zx8Zx8Zx8', displayNum: '447700900123', groupName });
const groupCells = (csv: string) => csv.trimEnd().split('\n').slice(1).map((line) => line.slice('80010001,Zx8Zx8Zx8Zx8,447700900123,'.length));

describe('the phones provisioning sheet', () => {
  it('makes group names a spreadsheet would run inert, tab- and return-led ones too', () => {
    expect(groupCells(phonesCsv([...FORMULAS, '\tcmd', '\r=1'].map(sheetRow)))).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")"`,
      "'@SUM(A1)",
      "'+1+2",
      "'-2+3",
      "'␉cmd",
      "'␍=1",
    ]);
  });

  it('shows control and direction characters in group names instead of writing them', () => {
    expect(groupCells(phonesCsv(CONTROLS.map(sheetRow)))).toEqual(['Desk␛[2J␀', 'Night\ufffdShift']);
  });
});

describe('saved CSV files', () => {
  const app = useTestApp();
  const saved = (path: string) => ({ text: readFileSync(path, 'utf8'), mode: statSync(path).mode & 0o777 });

  it('saves the phones owner-only, formulas inert and controls shown', async () => {
    const names = [...FORMULAS, ...CONTROLS];
    names.forEach((groupName, i) => app.sandbox.state.phones.push({ groupName, phoneName: `odd-${i}`, account: `8001900${i}`, password: `Pw${i}x8Zx8Zx8Zx`, displayNum: '12025550143' }));
    const file = saved(savedPath(await app.value('phones.exportCsv')));
    expect(file.mode).toBe(0o600);
    expect(hasUnsafeChars(file.text.replaceAll('\n', ''))).toBe(false);
    for (const cell of [`"'=HYPERLINK(""http://x"",""y"")"`, ",'@SUM(A1)\n", ",'+1+2\n", ",'-2+3\n", ',Desk␛[2J␀\n', ',Night\ufffdShift\n']) expect(file.text).toContain(cell);
  });

  it('saves the trunks owner-only, formulas inert', async () => {
    app.sandbox.state.trunks[0]!.sipTrunkName = '@SUM(A1)';
    const file = saved(savedPath(await app.value('trunks.exportCsv', {})));
    expect(file.mode).toBe(0o600);
    expect(file.text).toMatch(/^\d+,'@SUM\(A1\),/m);
  });

  it('saves the call history owner-only', async () => {
    await app.value('calls.place', { callee: '447700900123', account: '80010001', calledInfo: '-2+3 renewal' });
    const file = saved(savedPath(await app.value('calls.exportHistory')));
    expect(file.mode).toBe(0o600);
    expect(file.text).toContain(",'-2+3 renewal,");
  });
});
