/** Reading a call list from the CSV files operators bring (spreadsheet exports of every kind), and writing it back with its progress. */
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../../contract/result';
import { CALL_LIST_LIMITS, CONTACT_FILE_MAX_BYTES, type CallList } from '../../../../../contract/schemas/contacts';
import { callListCsv, callListFileName, readCallListCsv, type CallListRows } from '../../../../../main/features/contacts/call-list-csv';
import { callRecord, ENDED_BUSY } from '../../../../support/fixtures/call-records';
import { failed, okValue } from '../../../../support/router';
import { inEnglish } from '../../../../../main/platform/messages';
import { expectSaidInEnglish, onField, row, rule, said } from './row-said';

const file = (text: string, name = 'leads.csv') => ({ name, bytes: new TextEncoder().encode(text) });
const read = (text: string, defaultCountry?: string): Result<CallListRows> => readCallListCsv(file(text), defaultCountry);
const rows = (text: string, defaultCountry?: string) => okValue(read(text, defaultCountry), 'readCallListCsv');

describe('reading a call list CSV', () => {
  it('takes the columns a header names, in any order and any case, with the entry at the line it came from', () => {
    const { entries, rows: report } = rows('Notes,Phone,Name\nVIP,+44 20 7946 0958,Ann Smith\n,+1 212 555 0100,\n');
    expect(entries).toEqual([
      { id: 'e2', line: 2, digits: '442079460958', country: 'GB', name: 'Ann Smith', note: 'VIP', calls: [], skipped: false },
      { id: 'e3', line: 3, digits: '12125550100', country: 'US', name: '', note: '', calls: [], skipped: false },
    ]);
    expect(report).toEqual([
      { line: 2, name: 'Ann Smith', result: 'imported' },
      { line: 3, name: '12125550100', result: 'imported' },
    ]);
    expect(rows('TEL;NOTE\n+44 20 7946 0958;call after 5\n').entries[0]).toMatchObject({ digits: '442079460958', note: 'call after 5', name: '' });
    expect(rows('Phone Number,name\n+44 20 7946 0958,Ann\n').entries[0]).toMatchObject({ digits: '442079460958', name: 'Ann' });
  });

  it('reads a file without a header as number, name, note, and national numbers in the chosen country', () => {
    const { entries } = rows('020 7946 0958,Ann,first\n+1 (212) 555-0100,Bob\n', 'GB');
    expect(entries.map(({ line, digits, name, note }) => ({ line, digits, name, note }))).toEqual([
      { line: 1, digits: '442079460958', name: 'Ann', note: 'first' },
      { line: 2, digits: '12125550100', name: 'Bob', note: '' },
    ]);
  });

  it('reads a spreadsheet export: BOM, CRLF, semicolons, quoted cells with quotes and line breaks, blank lines', () => {
    const text = '\ufeffName;Number;Note\r\n"Smith; Ann";"+44 20 7946 0958";"said ""call back""\r\nafter lunch"\r\n\r\n;;\r\nBob;+1 212 555 0100;\r\n';
    const { entries, rows: report } = rows(text);
    expect(entries.map(({ line, digits, name, note }) => ({ line, digits, name, note }))).toEqual([
      { line: 2, digits: '442079460958', name: 'Smith; Ann', note: 'said "call back" after lunch' },
      // Counted past the quoted line break and the blank rows.
      { line: 6, digits: '12125550100', name: 'Bob', note: '' },
    ]);
    expect(report.map((row) => row.line)).toEqual([2, 6]);
  });

  it("reads back a cell a spreadsheet or Switchboard's own export kept from being a formula", () => {
    expect(rows("number,name\n'+44 20 7946 0958,'=Ann\n").entries[0]).toMatchObject({ digits: '442079460958', name: '=Ann' });
  });

  it('reads Windows-1252, which Excel saves as CSV in Western Europe', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('name,number\nJos'), 0xe9, ...new TextEncoder().encode(',+33 1 23 45 67 89\n')]);
    expect(okValue(readCallListCsv({ name: 'fr.csv', bytes }), 'read').entries[0]).toMatchObject({ name: 'José', digits: '33123456789' });
  });

  it('refuses bad rows with the column as the file names it and the rule, and imports the rest', () => {
    const { entries, rows: report } = rows(`Name,Phone\nAnn,12345\nBob,call me\nCy,+44 20 7946 0958\n${'D'.repeat(101)},+1 212 555 0100\nEve,020 7946 0958\n`);
    expect(entries.map((entry) => entry.name)).toEqual(['Cy']);
    expect(report).toEqual([
      {
        line: 2,
        name: 'Ann',
        result: 'refused',
        reason: 'Phone: must be 7–15 digits, country code first (this has 5)',
        say: { reason: onField('Phone', rule('digitsCountryCodeFirst', { min: '7', max: '15', length: '5' })) },
      },
      { line: 3, name: 'Bob', result: 'refused', reason: 'Phone: may contain only digits, spaces and + - . ( ) /', say: { reason: onField('Phone', rule('numberCharacters')) } },
      { line: 4, name: 'Cy', result: 'imported' },
      {
        line: 5,
        name: 'D'.repeat(101),
        result: 'refused',
        reason: `Name: must be at most ${CALL_LIST_LIMITS.name} characters`,
        say: { reason: onField('Name', rule('atMostCharacters', { max: String(CALL_LIST_LIMITS.name) })) },
      },
      {
        line: 6,
        name: 'Eve',
        result: 'refused',
        reason: 'Phone: must start with the country code, not 0: write it as +44 20 … or choose the country it is dialled from',
        say: { reason: onField('Phone', rule('countryCodeFirst')) },
      },
    ]);
    expectSaidInEnglish(report);
  });

  it('refuses a number already in the list, however it is written, as a duplicate of its first line', () => {
    const { entries, rows: report } = rows('number,name\n+44 20 7946 0958,Ann\n+1 212 555 0100,Bob\n0044 (0)20 7946-0958,Ann again\n');
    expect(entries).toHaveLength(2);
    expect(report[2]).toEqual({ line: 4, name: 'Ann again', result: 'refused', reason: 'number: is a duplicate of line 2', say: { reason: onField('number', row('duplicateOf', { line: 2 })) } });
    expectSaidInEnglish(report);
  });

  it('shows control characters of a cell instead of keeping them, and refuses a number holding one', () => {
    const { entries, rows: report } = rows('number,name\n+44 20 7946 0958,"Ann\u001b[31m"\n"+1 212\u202e 555 0100",Bob\n');
    expect(entries[0]!.name).toBe('Ann\u241b[31m');
    expect(report[1]).toMatchObject({ line: 3, result: 'refused', reason: expect.stringMatching(/^number: must not contain control characters/) });
  });

  it('refuses the whole file when it is too large, too long, has no number column, no numbers or an unclosed quote', () => {
    const big = readCallListCsv({ name: 'big.csv', bytes: new Uint8Array(CONTACT_FILE_MAX_BYTES + 1) });
    expect(failed(big, 'big')).toMatchObject({ kind: 'invalid-input', field: 'file', message: '"big.csv" is larger than 5 MB.' });

    const long = ['number', ...Array.from({ length: CALL_LIST_LIMITS.entries + 1 }, (_, n) => `+4420794${String(n).padStart(5, '0')}`)].join('\n');
    expect(failed(read(long), 'long').message).toBe(`"leads.csv" has ${CALL_LIST_LIMITS.entries + 1} rows; a call list holds at most ${CALL_LIST_LIMITS.entries}.`);

    expect(failed(read('name,note\nAnn,VIP\n'), 'no column')).toMatchObject({ field: 'file', message: '"leads.csv" has a header row but no number column.', hint: expect.stringContaining('number, phone or tel') });
    expect(failed(read('number\n123\nabc\n'), 'no numbers')).toMatchObject({
      message: 'No row of "leads.csv" holds a number that can be called (line 2: number: must be 7–15 digits, country code first (this has 3); line 3: number: may contain only digits, spaces and + - . ( ) /).',
      hint: 'Correct the file and import it again. Nothing was imported.',
    });
    expect(failed(read(''), 'empty').message).toBe('"leads.csv" has no rows.');
    expect(failed(read('number,name\n+44 20 7946 0958,"Ann\n'), 'open quote').message).toMatch(/^"leads\.csv" is not a CSV file Switchboard can read: /);
  });

  it('says each refusal by key, the English as the CLI prints it', () => {
    const refusals = [readCallListCsv({ name: 'big.csv', bytes: new Uint8Array(CONTACT_FILE_MAX_BYTES + 1) }), read('name,note\nAnn,VIP\n'), read('number\n123\n'), read('number\n'), read('\u0000\u0001')];
    for (const [index, refused] of refusals.entries()) {
      const error = failed(refused, `refusal ${index}`);
      expect([inEnglish(error.say!.message), inEnglish(error.say!.hint!)]).toEqual([error.message, error.hint]);
    }
    // Without a header the columns are Switchboard's to name, so they are keys too.
    expect(failed(read('123\n'), 'no callable').say!.message).toEqual(
      said('contacts.callListFile.nothingCallableWhy', {
        name: 'leads.csv',
        reasons: row('onLine', { line: 1, reason: onField(row('columns.number'), rule('digitsCountryCodeFirst', { min: '7', max: '15', length: '3' })) }),
      }),
    );
    expect(failed(read('number\n'), 'no callable').say).toEqual({
      message: { key: 'contacts.callListFile.nothingCallable', values: { name: 'leads.csv' } },
      hint: { key: 'contacts.callListFile.correctHint' },
    });
  });
});

describe('writing a call list back out', () => {
  const list: CallList = {
    id: 'list-1',
    profileId: 'office',
    name: 'June leads / UK',
    importedAt: '2025-06-01T08:00:00.000Z',
    entries: [
      {
        id: 'e2',
        line: 2,
        digits: '442079460958',
        country: 'GB',
        name: '=HYPERLINK("http://x")',
        note: 'VIP',
        calls: ['rec-1', 'rec-2'],
        disposition: { kind: 'call-back', note: 'after 5', callBackAt: '2025-06-03T17:00:00+01:00', at: '2025-06-02T09:05:00.000Z' },
        skipped: false,
      },
      { id: 'e3', line: 3, digits: '12125550100', name: 'Bob', note: '', calls: ['rec-3'], skipped: true },
      { id: 'e4', line: 4, digits: '33123456789', name: 'Cy', note: '', calls: ['rec-gone'], skipped: false },
      { id: 'e5', line: 5, digits: '4930123456', name: 'Di', note: '', calls: [], skipped: false },
    ],
  };
  const call = (recordingId: string, profileId = 'office') => ({ id: `h-${recordingId}-${profileId}`, at: '2025-06-02T09:00:00.000Z', profileId, profileName: profileId, callee: '1', account: '8001', request: 'placed' as const, recordingId });

  it("has each entry's disposition and its last call's outcome from the history, with formulas escaped", () => {
    const history = [
      // Newest first, as the history answers. rec-3 of another profile is another call.
      { ...call('rec-3', 'home'), record: callRecord() },
      { ...call('rec-2'), record: callRecord({ ...ENDED_BUSY, cost: '0.0100' }) },
      { ...call('rec-1'), record: callRecord() },
      call('rec-3'),
    ];
    expect(callListCsv(list, history).split('\n')).toEqual([
      'Line,Number,Name,Note,Disposition,Disposition note,Call back at,Disposition time,Skipped,Calls,Last call,Talk time (s),Cost,Currency',
      `2,442079460958,"'=HYPERLINK(""http://x"")",VIP,call-back,after 5,2025-06-03T17:00:00+01:00,2025-06-02T09:05:00.000Z,no,2,Busy (486),0,0.0100,USD`,
      '3,12125550100,Bob,,,,,,yes,1,"Placed, outcome not known yet",,,',
      '4,33123456789,Cy,,,,,,no,1,Not in the call history,,,',
      '5,4930123456,Di,,,,,,no,0,,,,',
      '',
    ]);
  });

  it('names the file after the list and the day', () => {
    expect(callListFileName(list, new Date('2025-06-02T10:00:00Z'))).toBe('call-list-June-leads-UK-2025-06-02.csv');
  });
});
