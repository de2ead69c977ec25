import { describe, expect, it } from 'vitest';
import { contactsVcard } from '../../../../../main/features/contacts/contact-vcard';
import { contactOf, fixture, imported } from './import-pipeline';
import { expectSaidInEnglish, onField, row, rule } from './row-said';

describe('a vCard 3.0 file', () => {
  it('reads folded lines, escapes, every TEL with its TYPE or X-ABLabel, N without FN, and the star', () => {
    const { format, contacts, rows } = imported(fixture('vcard3.vcf'), { name: 'iPhone.vcf' });
    expect(format).toBe('vcard');
    expect(contacts).toEqual([
      contactOf({
        id: 'c1',
        name: 'Ada Lovelace',
        // ORG's first part: the organisation, not its unit.
        company: 'Analytical Engines Ltd',
        note: 'Met at the Babbage lecture, 1843. Prefers calls after 10; never on Sundays. Ask for the notes on the engine — she wrote most of them herself.',
        favourite: true,
        numbers: [
          { label: 'mobile', digits: '447700900123', country: 'GB' },
          { label: 'work', digits: '442079460958', country: 'GB' },
          { label: 'reception', digits: '442079460959', country: 'GB' },
          { label: 'main', digits: '442079460960', country: 'GB' },
        ],
      }),
      contactOf({
        id: 'c2',
        name: 'Alan Mathison Turing',
        numbers: [
          { label: 'home', digits: '441614960000', country: 'GB' },
          // Its value is folded onto the next line.
          { label: 'mobile', digits: '447700900789', country: 'GB' },
        ],
      }),
      contactOf({ id: 'c3', name: 'Back\\slash, Ltd', numbers: [{ label: 'work', digits: '4930901820', country: 'DE' }] }),
    ]);
    expect(rows.map((row) => row.line)).toEqual([1, 18, 25]);
  });
});

describe('a vCard 4.0 file', () => {
  it('reads tel: URIs (their parameters left off), quoted TYPE lists, and drops the number it cannot read', () => {
    const { contacts, rows } = imported(fixture('vcard4.vcf'));
    expect(contacts).toEqual([
      contactOf({
        id: 'c1',
        name: 'Grace Hopper',
        company: 'US Navy',
        note: 'Compiler pioneer',
        numbers: [
          { label: 'mobile', digits: '12025550143', country: 'US' },
          { label: 'work', digits: '442079460958', country: 'GB' },
        ],
      }),
      contactOf({ id: 'c2', name: 'Katherine Johnson', numbers: [{ label: 'home', digits: '17575550100', country: 'US' }] }),
    ]);
    expect(rows[1]).toEqual({
      line: 11,
      name: 'Katherine Johnson',
      result: 'imported',
      reason: 'dropped TEL 2 "not-a-number": may contain only digits, spaces and + - . ( ) /',
      say: { reason: row('dropped', { reason: onField(row('numberShown', { field: 'TEL 2', text: 'not-a-number' }), rule('numberCharacters')) }) },
    });
    expectSaidInEnglish(rows);
  });
});

describe('cards that are not read', () => {
  it("refuses vCard 2.1's quoted-printable and other character sets, and a card that never ends, saying why", () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;Ren=C3=A9e;;;',
      'FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Ren=C3=A9e',
      'TEL;CELL:+33612345678',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN;CHARSET=ISO-8859-1:Zoe',
      'TEL:+33612345679',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Cut Off',
      'TEL:+33612345670',
    ].join('\r\n');
    const { contacts, rows } = imported(text);
    expect(contacts).toEqual([]);
    expect(rows).toEqual([
      {
        line: 1,
        name: 'Ren=C3=A9e',
        result: 'refused',
        reason: 'FN: is quoted-printable (vCard 2.1), which is not read; export the contacts as vCard 3.0 or 4.0 (UTF-8)',
        say: { reason: row('unreadableVcard', { property: 'FN', reason: row('quotedPrintable') }) },
      },
      {
        line: 7,
        name: 'Zoe',
        result: 'refused',
        reason: 'FN: is in the character set iso-8859-1, which is not read; export the contacts as vCard 3.0 or 4.0 (UTF-8)',
        say: { reason: row('unreadableVcard', { property: 'FN', reason: row('charset', { charset: 'iso-8859-1' }) }) },
      },
      { line: 12, name: 'Cut Off', result: 'refused', reason: 'BEGIN:VCARD on line 12 has no END:VCARD', say: { reason: row('noEndVcard', { line: 12 }) } },
    ]);
    expectSaidInEnglish(rows);
  });
});

describe('writing vCard 3.0', () => {
  const ada = contactOf({
    id: 'c1',
    name: 'Ada Lovelace',
    company: 'Engines; Looms, and Cards \\ Co',
    note: `Prefers calls after 10 — ${'ü'.repeat(60)} and then some more words to fold`,
    favourite: true,
    numbers: [
      { label: 'mobile', digits: '447700900123', country: 'GB' },
      { label: 'reception desk', digits: '442079460959', country: 'GB' },
      { label: '', digits: '442079460958', country: 'GB' },
    ],
  });

  it('escapes values and folds lines at 75 octets without splitting a character', () => {
    const text = contactsVcard([ada]);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    // Octets, not characters: a line of two-octet ü counted by characters would reach 150.
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(1);
    expect(text).toContain('ORG:Engines\\; Looms\\, and Cards \\\\ Co\r\n');
    expect(text).toContain('TEL;TYPE=CELL:+447700900123\r\n');
    expect(text).toContain('item2.TEL:+442079460959\r\nitem2.X-ABLabel:reception desk\r\n');
    expect(text).toContain('CATEGORIES:starred\r\n');
  });

  it('reads back as the same contacts', () => {
    const turing = contactOf({ id: 'c2', name: 'Alan Turing', numbers: [{ label: 'home', digits: '441614960000', country: 'GB' }] });
    const again = imported(contactsVcard([ada, turing]));
    expect(again.contacts).toEqual([ada, turing]);
    // The CLI's line feeds read the same.
    expect(imported(contactsVcard([ada, turing], '\n')).contacts).toEqual([ada, turing]);
  });
});
