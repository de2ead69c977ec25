/**
 * `switchboard contacts …` as scripts run it: the built CLI as its own process each time, on a
 * data folder of the test's own, and several imports at once on one folder.
 *
 * Needs `npm run build` (npm test does it) for bin/switchboard.js.
 *
 * @module-tag processes: it spawns processes (see vitest.config.mts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../contract/schemas/contacts';
import { requireBuiltCli, type Run, runSwitchboard } from '../support/cli-run';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/contacts');

let home: string;

beforeAll(() => {
  requireBuiltCli();
});
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'sb-contacts-cli-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

/** `switchboard …` as its own process on `dataDir` (the test's folder unless given), with only PATH from this environment. */
const switchboard = (args: string[], dataDir = home): Promise<Run> => runSwitchboard(args, { home: dataDir });

async function listed(dataDir = home): Promise<Contact[]> {
  const run = await switchboard(['contacts', 'list', '--json'], dataDir);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { ok: true; value: { contacts: Contact[] } }).value.contacts;
}

describe('switchboard contacts', () => {
  it('imports a file with a line per row, lists it as JSON, and exports vCard that another data folder imports as the same contacts', async () => {
    const imported = await switchboard(['contacts', 'import', join(FIXTURES, 'outlook.csv'), '--default-country', 'gb']);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout.split('\n')).toEqual([
      'line 2: imported Renée Dubois',
      'line 3: imported John Smith',
      'line 4: merged John Smith (into John Smith: added +442079460001 (work), the company)',
      'outlook.csv (outlook-csv): 2 imported, 1 merged, 0 refused',
      '',
    ]);

    const contacts = await listed();
    expect(contacts.map((contact) => [contact.name, contact.numbers.map((number) => number.digits)])).toEqual([
      ['John Smith', ['442079460000', '447700900456', '442079460001']],
      ['Renée Dubois', ['33142685300', '33612345678']],
    ]);

    const vcard = await switchboard(['contacts', 'export', '--vcard']);
    expect(vcard.code).toBe(0);
    expect(vcard.stdout).toMatch(/^BEGIN:VCARD\nVERSION:3\.0\nFN:John Smith\n/);
    const elsewhere = mkdtempSync(join(tmpdir(), 'sb-contacts-cli-'));
    try {
      writeFileSync(join(elsewhere, 'exported.vcf'), vcard.stdout);
      expect((await switchboard(['contacts', 'import', join(elsewhere, 'exported.vcf')], elsewhere)).code).toBe(0);
      const content = (contact: Contact) => ({ ...contact, id: '', updatedAt: '' });
      expect((await listed(elsewhere)).map(content)).toEqual(contacts.map(content));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('exits 2 for a file it cannot read and for one of which every row is refused; refused rows beside imported ones exit 0', async () => {
    expect(await switchboard(['contacts', 'import', join(home, 'missing.csv')])).toMatchObject({ code: 2, stderr: expect.stringContaining('"missing.csv" could not be read (ENOENT)') });
    writeFileSync(join(home, 'bad.csv'), 'name,number\nNobody,12\n');
    const refused = await switchboard(['contacts', 'import', join(home, 'bad.csv')]);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('Nothing was imported: every row was refused.') });
    expect(refused.stdout).toContain('line 2: refused Nobody');
    expect((await switchboard(['contacts', 'import', join(FIXTURES, 'bad-rows.csv')])).code).toBe(0);
    expect((await listed()).map((contact) => contact.name)).toEqual(['+442079460963', 'Good Row']);
  });

  it('loses no contact when three imports run at once on one data folder', async () => {
    const files = [1, 2, 3].map((batch) => {
      const path = join(home, `batch-${batch}.csv`);
      writeFileSync(path, ['name,number', ...Array.from({ length: 30 }, (_, index) => `Person ${batch}-${index},+44 20 7946 ${batch}${String(index).padStart(3, '0')}`)].join('\n'));
      return path;
    });
    const runs = await Promise.all(files.map((path) => switchboard(['contacts', 'import', path])));
    expect(runs.map((run) => [run.code, run.stdout.trim().split('\n').at(-1)])).toEqual(files.map((path) => [0, `${path.split('/').at(-1)} (plain-csv): 30 imported, 0 merged, 0 refused`]));
    expect(await listed()).toHaveLength(90);
  });
});
