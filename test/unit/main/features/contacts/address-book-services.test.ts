import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../../contract/result';
import type { Contact } from '../../../../../contract/schemas/contacts';
import { createAddressBookServices } from '../../../../../main/features/contacts/address-book-services';
import { CONTACTS_FILE } from '../../../../../main/features/contacts/address-book';
import { folderDialogs } from '../../../../../main/platform/files/dialogs';
import { createRouter, type Services } from '../../../../../main/router';
import { memoryLogger } from '../../../../support/memory-log';
import { methodCalls, savedPath } from '../../../../support/router';
import { useTempDirs } from '../../../../support/temp-dirs';
import { inEnglish } from '../../../../../main/platform/messages';
import { FIXTURES, fixture } from './import-pipeline';

const tempDir = useTempDirs('sb-contacts-');

/** The address book's methods behind the router (inputs parsed as the window's are), on a data folder of the test's own. */
function openBook(dataDir = tempDir()) {
  const dialogs = folderDialogs(join(dataDir, 'exports'));
  const { log, lines } = memoryLogger();
  const services = createAddressBookServices({ dataDir, connections: { activeId: async () => ok('sandbox') }, dialogs, log, now: () => new Date('2025-06-02T09:00:00Z') });
  // Only the address book's methods are called here.
  return { dataDir, dialogs, lines, ...methodCalls(createRouter(services as Services, log)) };
}

const file = (name: string) => ({ name, bytes: fixture(name) });
/** What a contact is, without what the store gives it (id, time). */
const content = ({ id: _id, updatedAt: _updatedAt, ...fields }: Contact) => fields;

describe('contacts.import', () => {
  it('reads the bytes given, keeps the contacts for every process in contacts.json, and reports each row', async () => {
    const book = openBook();
    const report = await book.value('contacts.import', { file: file('google.csv') });
    expect(report).toMatchObject({ chosen: true, fileName: 'google.csv', format: 'google-csv', imported: 3, merged: 0, refused: 1 });
    if (!report.chosen) return;
    expect(report.rows.map((row) => [row.line, row.result])).toEqual([
      [2, 'imported'],
      [5, 'imported'],
      [6, 'refused'],
      [7, 'imported'],
    ]);
    const onDisk = JSON.parse(readFileSync(join(book.dataDir, CONTACTS_FILE), 'utf8')) as { contacts: Contact[] };
    expect(onDisk.contacts.map((contact) => contact.name)).toEqual(['Ada Lovelace', 'Grace Brewster Hopper', 'Difference Engines SA']);
    expect(statSync(join(book.dataDir, CONTACTS_FILE)).mode & 0o077).toBe(0);
    // Another process's services (a CLI run) read the same book.
    expect((await openBook(book.dataDir).value('contacts.list')).contacts).toHaveLength(3);
    expect(book.lines.some((line) => line.includes('"event":"contacts.import"') && line.includes('"imported":3'))).toBe(true);
  });

  it('merges a second import into the contacts already there, reading numbers with the country given', async () => {
    const book = openBook();
    await book.value('contacts.import', { file: file('plain.csv') });
    const second = await book.value('contacts.import', { file: { name: 'more.csv', bytes: new TextEncoder().encode('name,number\nAda Lovelace,07700 900999\n') }, defaultCountry: 'GB' });
    expect(second).toMatchObject({ imported: 0, merged: 1, refused: 0, rows: [{ line: 2, result: 'merged', reason: 'into Ada Lovelace: added +447700900999' }] });
    const { contacts } = await book.value('contacts.list');
    expect(contacts.find((contact) => contact.name === 'Ada Lovelace')?.numbers.map((number) => number.digits)).toEqual(['447700900123', '442079460958', '447700900999']);
  });

  it("opens main's dialog without a file: the chosen file is read, a cancel imports nothing", async () => {
    const book = openBook();
    expect(await book.value('contacts.import')).toEqual({ chosen: false });
    book.dialogs.queueOpen(join(FIXTURES, 'vcard4.vcf'));
    expect(await book.value('contacts.import', {})).toMatchObject({ chosen: true, fileName: 'vcard4.vcf', format: 'vcard', imported: 2 });
  });

  it('refuses a chosen file larger than the limit before reading it, and one it cannot open', async () => {
    const book = openBook();
    const huge = join(book.dataDir, 'huge.vcf');
    writeFileSync(huge, '');
    truncateSync(huge, 6 * 1024 * 1024);
    book.dialogs.queueOpen(huge);
    expect(await book.failure('contacts.import')).toMatchObject({ kind: 'invalid-input', field: 'file', message: '"huge.vcf" is larger than 5 MB, which is more than an address book export.' });
    book.dialogs.queueOpen(join(book.dataDir, 'gone.csv'));
    expect(await book.failure('contacts.import')).toMatchObject({ kind: 'file', message: '"gone.csv" could not be read (ENOENT).' });
    book.dialogs.queueOpen(book.dataDir);
    expect(await book.failure('contacts.import')).toMatchObject({ kind: 'file', message: expect.stringContaining('is not a regular file') });
    expect((await book.value('contacts.list')).contacts).toEqual([]);
  });

  it('loses no row when several imports run at once on one data folder', async () => {
    const dataDir = tempDir();
    // Three files of 40 different people each: every one must be in the book afterwards.
    const files = [1, 2, 3].map((batch) => ({
      name: `batch-${batch}.csv`,
      bytes: new TextEncoder().encode(['name,number', ...Array.from({ length: 40 }, (_, index) => `Person ${batch}-${index},+44 20 7946 ${batch}${String(index).padStart(3, '0')}`)].join('\n')),
    }));
    const reports = await Promise.all(files.map((one) => openBook(dataDir).value('contacts.import', { file: one })));
    expect(reports.map((report) => report.chosen && report.imported)).toEqual([40, 40, 40]);
    expect((await openBook(dataDir).value('contacts.list')).contacts).toHaveLength(120);
  });
});

describe('contacts.save, list and remove', () => {
  it('saves a contact with its numbers read as the Dialer reads them, and lists favourites first, then by name', async () => {
    const book = openBook();
    const zoe = await book.value('contacts.save', { name: 'Zoë Quinn', numbers: [{ label: 'mobile', number: '07700 900123' }], defaultCountry: 'GB', favourite: true });
    expect(zoe).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Zoë Quinn', company: '', note: '', favourite: true, numbers: [{ label: 'mobile', digits: '447700900123', country: 'GB' }], updatedAt: '2025-06-02T09:00:00.000Z' });
    await book.value('contacts.save', { name: 'bob', numbers: [{ number: '+44 20 7946 0958' }, { number: '+44 (0)20 7946 0958' }] });
    await book.value('contacts.save', { name: 'Álvaro', numbers: [{ number: '+34 912 345 678' }] });
    const { contacts } = await book.value('contacts.list');
    expect(contacts.map((contact) => contact.name)).toEqual(['Zoë Quinn', 'Álvaro', 'bob']);
    // The same number typed twice is kept once.
    expect(contacts[2]?.numbers).toEqual([{ label: '', digits: '442079460958', country: 'GB' }]);
  });

  it('replaces the contact with the id given, and refuses an id the book does not have', async () => {
    const book = openBook();
    const saved = await book.value('contacts.save', { name: 'Ada', numbers: [{ number: '+44 7700 900123' }] });
    const changed = await book.value('contacts.save', { id: saved.id, name: 'Ada Lovelace', company: 'Engines', numbers: [{ label: 'work', number: '+44 20 7946 0958' }] });
    expect(content(changed)).toEqual({ name: 'Ada Lovelace', company: 'Engines', note: '', favourite: false, numbers: [{ label: 'work', digits: '442079460958', country: 'GB' }] });
    expect((await book.value('contacts.list')).contacts).toEqual([changed]);
    expect(await book.failure('contacts.save', { id: 'no-such-contact', name: 'Ghost', numbers: [{ number: '+44 20 7946 0958' }] })).toMatchObject({
      kind: 'invalid-input',
      field: 'id',
      rule: 'is not a contact in the address book',
    });
    expect((await book.value('contacts.list')).contacts).toEqual([changed]);
  });

  it('refuses a number the Dialer could not call, naming it, and saves nothing', async () => {
    const book = openBook();
    expect(await book.failure('contacts.save', { name: 'Ada', numbers: [{ number: '+44 7700 900123' }, { number: '12' }] })).toMatchObject({ kind: 'invalid-input', field: 'numbers.1.number' });
    expect((await book.value('contacts.list')).contacts).toEqual([]);
  });

  it('removes a contact once', async () => {
    const book = openBook();
    const saved = await book.value('contacts.save', { name: 'Ada', numbers: [{ number: '+44 7700 900123' }] });
    expect(await book.value('contacts.remove', { id: saved.id })).toEqual({ removed: true });
    expect(await book.value('contacts.remove', { id: saved.id })).toEqual({ removed: false });
    expect((await book.value('contacts.list')).contacts).toEqual([]);
  });
});

describe('contacts.export', () => {
  it.each(['csv', 'vcard'] as const)('saves %s where the operator chose, and that file imports as the same contacts', async (format) => {
    const book = openBook();
    await book.value('contacts.import', { file: file('vcard3.vcf') });
    await book.value('contacts.import', { file: file('outlook.csv'), defaultCountry: 'GB' });
    const exported = await book.value('contacts.export', { format });
    const path = savedPath(exported);
    expect(exported).toEqual({ saved: true, path: join(book.dataDir, 'exports', format === 'csv' ? 'contacts-2025-06-02.csv' : 'contacts-2025-06-02.vcf'), count: 5 });
    expect(statSync(path).mode & 0o077).toBe(0);

    const elsewhere = openBook();
    elsewhere.dialogs.queueOpen(path);
    expect(await elsewhere.value('contacts.import')).toMatchObject({ format: format === 'csv' ? 'google-csv' : 'vcard', imported: 5, merged: 0, refused: 0 });
    const before = (await book.value('contacts.list')).contacts.map(content);
    expect((await elsewhere.value('contacts.list')).contacts.map(content)).toEqual(before);
  });

  it('says the address book is empty rather than saving an empty file', async () => {
    const book = openBook();
    const empty = await book.failure('contacts.export', { format: 'vcard' });
    expect(empty).toEqual({
      kind: 'invalid-input',
      message: 'The address book is empty.',
      hint: 'Add or import contacts first. Nothing was saved.',
      say: { message: { key: 'contacts.addressBook.empty' }, hint: { key: 'contacts.addressBook.emptyHint' } },
    });
    expect([inEnglish(empty.say!.message), inEnglish(empty.say!.hint!)]).toEqual([empty.message, empty.hint]);
    expect(book.dialogs.saved).toEqual([]);
  });
});
