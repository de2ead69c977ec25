import { describe, expect, it } from 'vitest';
import { CONTACT_FILE_MAX_BYTES } from '../../../../../contract/schemas/contacts';
import { UNSAFE_TEXT_RULE } from '../../../../../contract/text';
import { readContactCsv } from '../../../../../main/features/contacts/contact-csv';
import { readContactFile } from '../../../../../main/features/contacts/contact-file';
import { inEnglish } from '../../../../../main/platform/messages';
import { contactOf, fixture, imported } from './import-pipeline';
import { expectSaidInEnglish, list, onField, row, rule } from './row-said';

describe('a Google Contacts CSV export', () => {
  it('reads names, the organisation, the note, every number (several in one cell) and the star, line numbers counting multi-line cells', () => {
    const { format, contacts, rows } = imported(fixture('google.csv'));
    expect(format).toBe('google-csv');
    expect(contacts).toEqual([
      contactOf({
        id: 'c1',
        name: 'Ada Lovelace',
        company: 'Analytical Engines Ltd',
        // The app keeps a note on one line.
        note: 'Met at the Babbage lecture. Prefers calls after 10.',
        favourite: true,
        numbers: [
          { label: 'mobile', digits: '447700900123', country: 'GB' },
          { label: 'work', digits: '442079460958', country: 'GB' },
          { label: 'work', digits: '442079460959', country: 'GB' },
        ],
      }),
      contactOf({ id: 'c2', name: 'Grace Brewster Hopper', numbers: [{ label: 'mobile', digits: '12025550143', country: 'US' }] }),
      // No name: the organisation stands in for it.
      contactOf({ id: 'c3', name: 'Difference Engines SA', company: 'Difference Engines SA', numbers: [{ label: 'main', digits: '33142685300', country: 'FR' }] }),
    ]);
    // Ada's row takes lines 2–4 (her note and address hold line breaks).
    expect(rows).toEqual([
      { line: 2, name: 'Ada Lovelace', result: 'imported' },
      { line: 5, name: 'Grace Brewster Hopper', result: 'imported' },
      { line: 6, name: 'Charles Babbage', result: 'refused', reason: 'has no phone number: a contact needs one to be called', say: { reason: row('noNumber') } },
      { line: 7, name: 'Difference Engines SA', result: 'imported' },
    ]);
    expectSaidInEnglish(rows);
  });

  it("reads Google's older header too: Name, Phone 1 - Type with its primary star, Organization 1 - Name, Group Membership", () => {
    const csv = [
      'Name,Given Name,Family Name,Notes,Group Membership,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name',
      'Alan Turing,Alan,Turing,,* My Contacts ::: * Starred,* Mobile,+44 161 496 0000,,Bletchley Park',
    ].join('\n');
    const { format, contacts } = imported(csv);
    expect(format).toBe('google-csv');
    expect(contacts).toEqual([contactOf({ id: 'c1', name: 'Alan Turing', company: 'Bletchley Park', favourite: true, numbers: [{ label: 'mobile', digits: '441614960000', country: 'GB' }] })]);
  });
});

describe('an Outlook CSV export', () => {
  it('reads its Windows-1252 text, its phone columns as labels, and merges the same person given twice in the file', () => {
    const { format, contacts, rows } = imported(fixture('outlook.csv'), { defaultCountry: 'GB' });
    expect(format).toBe('outlook-csv');
    expect(contacts).toEqual([
      contactOf({
        id: 'c1',
        name: 'Renée Dubois',
        company: 'Contoso SARL',
        note: 'VIP – call the mobile first',
        numbers: [
          { label: 'work', digits: '33142685300', country: 'FR' },
          { label: 'mobile', digits: '33612345678', country: 'FR' },
        ],
      }),
      contactOf({
        id: 'c2',
        name: 'John Smith',
        company: 'Smith & Sons',
        numbers: [
          { label: 'home', digits: '442079460000', country: 'GB' },
          { label: 'mobile', digits: '447700900456', country: 'GB' },
          { label: 'work', digits: '442079460001', country: 'GB' },
        ],
      }),
    ]);
    expect(rows.map(({ line, result, reason }) => [line, result, reason])).toEqual([
      [2, 'imported', undefined],
      [3, 'imported', undefined],
      [4, 'merged', 'into John Smith: added +442079460001 (work), the company'],
    ]);
  });

  it('says which column held a national number when no country was chosen to read it', () => {
    const { rows } = imported(fixture('outlook.csv'));
    expect(rows[1]).toEqual({
      line: 3,
      name: 'John Smith',
      result: 'refused',
      reason: expect.stringMatching(/^no number could be read: Home Phone "020 7946 0000": must start with the country code.*; Mobile Phone "07700 900456": must start/),
      say: {
        reason: row('noNumberRead', {
          reasons: list(
            onField(row('numberShown', { field: 'Home Phone', text: '020 7946 0000' }), rule('countryCodeFirst')),
            onField(row('numberShown', { field: 'Mobile Phone', text: '07700 900456' }), rule('countryCodeFirst')),
          ),
        }),
      },
    });
    expectSaidInEnglish(rows);
  });
});

describe('a plain name,number file', () => {
  it('with a header row: the same name on two lines is one contact with both numbers', () => {
    const { format, contacts, rows } = imported(fixture('plain.csv'));
    expect(format).toBe('plain-csv');
    expect(contacts.map((contact) => [contact.name, contact.numbers.map((number) => number.digits)])).toEqual([
      ['Ada Lovelace', ['447700900123', '442079460958']],
      ['Alan Turing', ['441614960000']],
    ]);
    expect(rows[1]).toEqual({
      line: 3,
      name: 'Ada Lovelace',
      result: 'merged',
      reason: 'into Ada Lovelace: added +442079460958',
      say: { reason: row('mergedInto', { name: 'Ada Lovelace', what: row('added', { items: '+442079460958' }) }) },
    });
    expectSaidInEnglish(rows);
  });

  it('without a header row, with a BOM, CRLF, quoted commas and doubled quotes, or separated by semicolons', () => {
    const quoted = imported('\uFEFF"Smith, ""Doc"" John",+44 20 7946 0958\r\nJane Roe,+33 6 12 34 56 78\r\n');
    expect(quoted.contacts.map((contact) => [contact.name, contact.numbers[0]?.digits])).toEqual([
      ['Smith, "Doc" John', '442079460958'],
      ['Jane Roe', '33612345678'],
    ]);
    expect(quoted.rows.map((row) => row.line)).toEqual([1, 2]);
    const semicolons = imported('Name;Telephone;Company\nJan Jansen;+31 20 123 4567;Jansen BV\n');
    expect(semicolons.contacts).toEqual([contactOf({ id: 'c1', name: 'Jan Jansen', company: 'Jansen BV', numbers: [{ label: '', digits: '31201234567', country: 'NL' }] })]);
  });

  it("reads back a cell the formula guard marked with an apostrophe, as Switchboard's own export writes numbers", () => {
    expect(imported("name,number\nAda,'+44 20 7946 0958\n").contacts[0]?.numbers[0]?.digits).toBe('442079460958');
  });
});

describe('a file with bad rows', () => {
  it('imports the good rows and refuses each bad one with the column and the rule', () => {
    const { contacts, rows } = imported(fixture('bad-rows.csv'));
    expect(contacts.map((contact) => contact.name)).toEqual(['Good Row', '+442079460963']);
    expect(rows).toEqual([
      { line: 2, name: 'Good Row', result: 'imported' },
      {
        line: 3,
        name: 'No Digits',
        result: 'refused',
        reason: 'no number could be read: number "call me": may contain only digits, spaces and + - . ( ) /',
        say: { reason: row('noNumberRead', { reasons: onField(row('numberShown', { field: 'number', text: 'call me' }), rule('numberCharacters')) }) },
      },
      {
        line: 4,
        name: 'Too Short',
        result: 'refused',
        reason: 'no number could be read: number "12": must be 7–15 digits, country code first (this has 2)',
        say: {
          reason: row('noNumberRead', { reasons: onField(row('numberShown', { field: 'number', text: '12' }), rule('digitsCountryCodeFirst', { min: '7', max: '15', length: '2' })) }),
        },
      },
      // The quoted line break spans lines 5–6; the name is shown inert.
      { line: 5, name: 'Line\u240aBreak', result: 'refused', reason: `name: ${UNSAFE_TEXT_RULE}`, say: { reason: onField('name', rule('unsafeText')) } },
      { line: 7, name: '\u241b]0;owned\u2407Escape', result: 'refused', reason: `name: ${UNSAFE_TEXT_RULE}`, say: { reason: onField('name', rule('unsafeText')) } },
      {
        line: 8,
        name: 'L'.repeat(100),
        result: 'refused',
        reason: 'name: must be at most 100 characters (this has 101)',
        say: { reason: onField('name', row('tooLong', { max: 100, length: 101 })) },
      },
      // Line 9 (",") is blank and skipped; a number without a name is kept under the number.
      { line: 10, name: '+442079460963', result: 'imported' },
      { line: 11, name: 'No Number', result: 'refused', reason: 'has no phone number: a contact needs one to be called', say: { reason: row('noNumber') } },
    ]);
    expectSaidInEnglish(rows);
  });

  it('keeps the readable numbers of a row and says which were dropped', () => {
    const csv = 'First Name,Last Name,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\nAda,Lovelace,Mobile,+44 7700 900123,Fax,ext. 12\n';
    const { contacts, rows } = imported(csv);
    expect(contacts[0]?.numbers).toEqual([{ label: 'mobile', digits: '447700900123', country: 'GB' }]);
    expect(rows).toEqual([
      {
        line: 2,
        name: 'Ada Lovelace',
        result: 'imported',
        reason: 'dropped Phone 2 - Value "ext. 12": may contain only digits, spaces and + - . ( ) /',
        say: { reason: row('dropped', { reason: onField(row('numberShown', { field: 'Phone 2 - Value', text: 'ext. 12' }), rule('numberCharacters')) }) },
      },
    ]);
    expectSaidInEnglish(rows);
  });
});

describe('the file as a whole', () => {
  const file = (text: string, name = 'contacts.csv') => readContactFile({ name, bytes: new TextEncoder().encode(text) });

  it('is refused before it is read when it is larger than the limit', () => {
    const bytes = new Uint8Array(CONTACT_FILE_MAX_BYTES + 1).fill(0x41);
    const read = readContactFile({ name: 'huge.csv', bytes });
    expect(read).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid-input', field: 'file', message: '"huge.csv" is larger than 5 MB, which is more than an address book export.' }) });
  });

  it('is typed by its content, not its name', () => {
    const read = file('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nTEL:+44 20 7946 0958\r\nEND:VCARD\r\n', 'contacts.csv');
    expect(read.ok && read.value.format).toBe('vcard');
  });

  it('is refused, saying why, when it is binary, has only a header, names no number column, or breaks CSV quoting', () => {
    const message = (read: ReturnType<typeof file>) => (read.ok ? 'read' : read.error.message);
    expect(message(readContactFile({ name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) }))).toBe('"photo.jpg" is not a contacts file: it holds binary data, not text.');
    expect(message(file('name,number\n'))).toBe('"contacts.csv" holds no contacts: it has a header row and nothing under it.');
    expect(message(file('name,email\nAda,ada@example.com\n'))).toMatch(/^"contacts.csv" cannot be imported: its header row names no column of numbers/);
    expect(message(file('name,number\n"Ada,+44 20 7946 0958\n'))).toMatch(/^"contacts.csv" cannot be imported: it is not CSV Switchboard can read \(Quote Not Closed/);
  });

  it('says each refusal by key, the English as the CLI prints it', () => {
    const texts = ['name,number\n', 'name,email\nAda,ada@example.com\n', 'name,number\n"Ada,+44 20 7946 0958\n', ''];
    for (const text of texts) {
      const read = file(text);
      if (read.ok) expect.fail(`${JSON.stringify(text)} should be refused`);
      expect([inEnglish(read.error.say!.message), inEnglish(read.error.say!.hint!)]).toEqual([read.error.message, read.error.hint]);
    }
    expect(file('name,email\nAda,ada@example.com\n')).toMatchObject({
      ok: false,
      error: {
        say: {
          message: { key: 'contacts.contactFile.cannotImport', values: { name: 'contacts.csv', problem: { key: 'contacts.contactFile.noNumberColumn' } } },
          hint: { key: 'contacts.contactFile.chooseHint' },
        },
      },
    });
  });

  it('reads the layout from the header alone', () => {
    const layout = (header: string) => {
      const read = readContactCsv(`${header}\n`);
      return 'layout' in read ? read.layout : read.problem;
    };
    expect(layout('First Name,Last Name,Phone 1 - Label,Phone 1 - Value')).toBe('google-csv');
    expect(layout('"First Name","Last Name","Company","Mobile Phone"')).toBe('outlook-csv');
    expect(layout('name,number')).toBe('plain-csv');
  });
});
