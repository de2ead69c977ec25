import { describe, expect, it } from 'vitest';
import { CONTACT_LIMITS, type Contact } from '../../../../../contract/schemas/contacts';
import { contactsCsv } from '../../../../../main/features/contacts/contact-csv';
import { contactOf, imported, NOW } from './import-pipeline';
import { expectSaidInEnglish, list, row } from './row-said';

const EARLIER = '2025-01-01T00:00:00.000Z';
const ada = (fields: Partial<Contact> = {}): Contact =>
  contactOf({ id: 'ada', name: 'Ada Lovelace', numbers: [{ label: 'mobile', digits: '447700900123', country: 'GB' }], updatedAt: EARLIER, ...fields });

describe('an imported row that is someone already in the address book', () => {
  it('has the same name and a number in common: its new numbers are added and empty fields filled, nothing the contact has is overwritten', () => {
    const csv = 'First Name,Last Name,Organization Name,Notes,Labels,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\nAda,Lovelace,Engines Ltd,Countess,* starred,Mobile,+44 7700 900123,Work,+44 20 7946 0958\n';
    const { contacts, rows } = imported(csv, { existing: [ada({ note: 'Mathematician', numbers: [{ label: 'home', digits: '447700900123', country: 'GB' }] })] });
    expect(contacts).toEqual([
      ada({
        note: 'Mathematician',
        company: 'Engines Ltd',
        favourite: true,
        numbers: [
          { label: 'home', digits: '447700900123', country: 'GB' },
          { label: 'work', digits: '442079460958', country: 'GB' },
        ],
        updatedAt: NOW,
      }),
    ]);
    const items = row('items', { first: row('items', { first: '+442079460958 (work)', then: row('theCompany') }), then: row('theStar') });
    expect(rows).toEqual([
      {
        line: 2,
        name: 'Ada Lovelace',
        result: 'merged',
        reason: 'into Ada Lovelace: added +442079460958 (work), the company, the star',
        say: { reason: row('mergedInto', { name: 'Ada Lovelace', what: row('added', { items }) }) },
      },
    ]);
    expectSaidInEnglish(rows);
  });

  it('names no one and shares a number: its other numbers are added to that contact', () => {
    const { contacts, rows } = imported('Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\nMobile,+44 7700 900123,Home,+44 20 7946 0958\n', { existing: [ada()] });
    expect(contacts.map((contact) => [contact.name, contact.numbers.length])).toEqual([['Ada Lovelace', 2]]);
    expect(rows[0]).toMatchObject({ result: 'merged', reason: 'into Ada Lovelace: added +442079460958 (home)' });
  });

  it('has the same name and company, however cased and spaced: the number is added', () => {
    const { contacts, rows } = imported('name,company,number\n  ada   LOVELACE ,,+44 20 7946 0958\n', { existing: [ada()] });
    expect(contacts.map((contact) => contact.numbers.map((number) => number.digits))).toEqual([['447700900123', '442079460958']]);
    expect(rows[0]?.result).toBe('merged');
  });

  it('changes nothing, and says so, when the row adds nothing', () => {
    const { contacts, rows } = imported('name,number\nAda Lovelace,+44 7700 900123\n', { existing: [ada()] });
    expect(contacts).toEqual([ada()]);
    expect(rows).toEqual([
      { line: 2, name: 'Ada Lovelace', result: 'merged', reason: 'into Ada Lovelace: nothing new', say: { reason: row('mergedInto', { name: 'Ada Lovelace', what: row('nothingNew') }) } },
    ]);
  });

  it('adds numbers only up to the limit and says which it left out', () => {
    const full = ada({ numbers: Array.from({ length: CONTACT_LIMITS.numbers }, (_, index) => ({ label: '', digits: `4420794609${String(index).padStart(2, '0')}`, country: 'GB' })) });
    const { contacts, rows } = imported('name,number\nAda Lovelace,+44 7700 900999\n', { existing: [full] });
    expect(contacts).toEqual([full]);
    expect(rows[0]?.reason).toBe(`into Ada Lovelace: nothing new; left out +447700900999: a contact holds at most ${CONTACT_LIMITS.numbers} numbers`);
    expect(rows[0]?.say).toEqual({
      reason: list(
        row('mergedInto', { name: 'Ada Lovelace', what: row('nothingNew') }),
        row('leftOut', { digits: '447700900999', reason: row('holdsAtMost', { max: CONTACT_LIMITS.numbers }) }),
      ),
    });
    expectSaidInEnglish(rows);
  });
});

describe('an imported row that is someone else', () => {
  it('is a new contact when only the name matches but the company differs and no number is shared', () => {
    const { contacts } = imported('name,company,number\nAda Lovelace,Other Ltd,+44 20 7946 0958\n', { existing: [ada()] });
    expect(contacts.map((contact) => [contact.name, contact.company])).toEqual([
      ['Ada Lovelace', ''],
      ['Ada Lovelace', 'Other Ltd'],
    ]);
  });

  it('is a new contact when it shares a number under another name: colleagues give the same office number', () => {
    const { contacts, rows } = imported('name,company,number\nCharles Babbage,,+44 7700 900123\n', { existing: [ada()] });
    expect(contacts.map((contact) => contact.name)).toEqual(['Ada Lovelace', 'Charles Babbage']);
    expect(rows[0]?.result).toBe('imported');
  });

  it('is refused when the address book is full', () => {
    const existing = Array.from({ length: CONTACT_LIMITS.contacts }, (_, index) => ada({ id: `x${index}`, name: `Person ${index}`, numbers: [{ label: '', digits: `4470${String(index).padStart(8, '0')}` }] }));
    const { contacts, rows } = imported('name,number\nNew Person,+44 20 7946 0958\n', { existing });
    expect(contacts).toHaveLength(CONTACT_LIMITS.contacts);
    expect(rows).toEqual([
      {
        line: 2,
        name: 'New Person',
        result: 'refused',
        reason: `the address book is full: it holds at most ${CONTACT_LIMITS.contacts} contacts`,
        say: { reason: row('bookFull', { max: CONTACT_LIMITS.contacts }) },
      },
    ]);
    expectSaidInEnglish(rows);
  });
});

describe('the CSV export', () => {
  it('reads back as the same contacts, favourite, labels and several numbers included', () => {
    const contacts = [
      ada({ company: '=HYPERLINK("x")', note: 'Prefers, "quoted" calls', favourite: true, numbers: [{ label: 'mobile', digits: '447700900123', country: 'GB' }, { label: 'work', digits: '442079460958', country: 'GB' }], updatedAt: NOW, id: 'c1' }),
      contactOf({ id: 'c2', name: 'Grace Hopper', numbers: [{ label: '', digits: '12025550143', country: 'US' }] }),
    ];
    const text = contactsCsv(contacts);
    expect(text.split('\n')[0]).toBe('Name,Organization Name,Notes,Labels,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value');
    // Formulas are written inert; numbers keep their + behind the same apostrophe.
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain(`'+447700900123`);
    const again = imported(text);
    expect(again.format).toBe('google-csv');
    expect(again.contacts).toEqual(contacts);
  });
});
