/**
 * Call lists through the router, as the window calls them: imported under the active profile,
 * worked through entry by entry, kept across restarts, exported with the calls' outcomes, and
 * never shown or changed under another profile.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../../contract/result';
import { CONTACT_FILE_MAX_BYTES } from '../../../../../contract/schemas/contacts';
import { openCallHistory } from '../../../../../main/features/calls/history-store';
import { createCallListServices } from '../../../../../main/features/contacts/call-list-services';
import { nextEntry } from '../../../../../contract/schemas/contacts';
import { CALL_LISTS_FILE } from '../../../../../main/features/contacts/call-lists';
import { folderDialogs } from '../../../../../main/platform/files/dialogs';
import { createRouter, type Services } from '../../../../../main/router';
import { callRecord, ENDED_BUSY } from '../../../../support/fixtures/call-records';
import { memoryLogger } from '../../../../support/memory-log';
import { failure, value } from '../../../../support/router';
import { inEnglish } from '../../../../../main/platform/messages';
import { useTempDirs } from '../../../../support/temp-dirs';

const freshDir = useTempDirs('sb-call-lists-');
const LEADS = 'name,number,note\nAnn,+44 20 7946 0958,VIP\nBob,+1 212 555 0100,\nCy,+33 1 23 45 67 89,\n';
const bytes = (text: string) => new TextEncoder().encode(text);

/** The call-list methods of one process on `dataDir`, under whichever profile `active.id` names at each call. */
function openApp(dataDir: string, active = { id: 'office' }) {
  const dialogs = folderDialogs(join(dataDir, 'exports'));
  const { log } = memoryLogger();
  const services = createCallListServices({ dataDir, connections: { activeId: async () => ok(active.id) }, dialogs, log, now: () => new Date('2025-06-02T09:00:00.000Z') });
  // Only the call-list methods are ever dispatched here; the router parses their input as it does for the window.
  return { router: createRouter(services as Services, log), dialogs, active };
}

async function importLeads(router: ReturnType<typeof openApp>['router']) {
  const imported = await value(router, 'contacts.importCallList', { file: { name: 'leads.csv', bytes: bytes(LEADS) }, name: 'June leads' });
  if (!imported.chosen) throw new Error('the import was not chosen');
  return imported.list;
}

describe('importing a call list', () => {
  it("reads the file chosen in main's dialog, names the list after it, and answers nothing chosen when cancelled", async () => {
    const dataDir = freshDir();
    const { router, dialogs } = openApp(dataDir);
    const path = join(dataDir, 'Leads June.csv');
    writeFileSync(path, 'number\n+44 20 7946 0958\n12\n');
    dialogs.queueOpen(path);

    const imported = await value(router, 'contacts.importCallList', undefined);
    expect(imported).toMatchObject({
      chosen: true,
      list: { profileId: 'office', name: 'Leads June', importedAt: '2025-06-02T09:00:00.000Z', entries: [{ id: 'e2', digits: '442079460958' }] },
      rows: [
        { line: 2, result: 'imported' },
        { line: 3, result: 'refused', reason: 'number: must be 7–15 digits, country code first (this has 2)' },
      ],
      imported: 1,
      refused: 1,
    });
    expect(await value(router, 'contacts.callLists')).toEqual({ profileId: 'office', lists: [{ id: imported.chosen && imported.list.id, name: 'Leads June', importedAt: '2025-06-02T09:00:00.000Z', total: 1, done: 0 }] });
    expect(await value(router, 'contacts.importCallList', {})).toEqual({ chosen: false });
  });

  it('refuses a chosen file over 5 MB before reading it, and keeps no list of a file it refused', async () => {
    const dataDir = freshDir();
    const { router, dialogs } = openApp(dataDir);
    const path = join(dataDir, 'huge.csv');
    writeFileSync(path, '');
    truncateSync(path, CONTACT_FILE_MAX_BYTES + 1);
    dialogs.queueOpen(path);
    expect(await failure(router, 'contacts.importCallList', undefined)).toMatchObject({ kind: 'invalid-input', field: 'file', message: '"huge.csv" is larger than 5 MB.' });
    expect(await failure(router, 'contacts.importCallList', { file: { name: 'x.csv', bytes: bytes('name,note\n') } })).toMatchObject({ field: 'file' });
    expect((await value(router, 'contacts.callLists')).lists).toEqual([]);
  });
});

describe('working through a call list', () => {
  it('records dispositions and skips, and the next entry is the first with neither', async () => {
    const { router } = openApp(freshDir());
    const list = await importLeads(router);
    const listId = list.id;
    expect(nextEntry(list)?.name).toBe('Ann');

    const called = await value(router, 'contacts.entryCalled', { listId, entryId: 'e2', recordingId: 'rec-1' });
    // Told twice (a retry), the call is kept once.
    expect((await value(router, 'contacts.entryCalled', { listId, entryId: 'e2', recordingId: 'rec-1' })).entries[0]!.calls).toEqual(['rec-1']);
    expect(called.entries[0]!.calls).toEqual(['rec-1']);

    const answered = await value(router, 'contacts.disposeEntry', { listId, entryId: 'e2', kind: 'answered', note: ' wants a quote ', callBackAt: '2025-06-03T09:00:00+01:00' });
    // The time to call back is kept only with call-back.
    expect(answered.entries[0]!.disposition).toEqual({ kind: 'answered', note: 'wants a quote', at: '2025-06-02T09:00:00.000Z' });
    expect(nextEntry(answered)?.name).toBe('Bob');

    const skipped = await value(router, 'contacts.skipEntry', { listId, entryId: 'e3' });
    expect(nextEntry(skipped)?.name).toBe('Cy');

    // A later disposition replaces the earlier one; a skipped entry that gets one is no longer skipped.
    await value(router, 'contacts.disposeEntry', { listId, entryId: 'e2', kind: 'call-back', callBackAt: '2025-06-03T09:00:00+01:00' });
    const last = await value(router, 'contacts.disposeEntry', { listId, entryId: 'e3', kind: 'do-not-call' });
    expect(last.entries.map((entry) => [entry.disposition?.kind, entry.disposition?.callBackAt, entry.skipped])).toEqual([
      ['call-back', '2025-06-03T09:00:00+01:00', false],
      ['do-not-call', undefined, false],
      [undefined, undefined, false],
    ]);
    expect(nextEntry(last)?.name).toBe('Cy');
    const done = await value(router, 'contacts.skipEntry', { listId, entryId: 'e4' });
    expect(nextEntry(done)).toBeUndefined();
    expect((await value(router, 'contacts.callLists')).lists[0]).toMatchObject({ total: 3, done: 2 });
  });

  it('refuses call-back without a time, and names the unknown list or entry', async () => {
    const { router } = openApp(freshDir());
    const { id: listId } = await importLeads(router);
    expect(await failure(router, 'contacts.disposeEntry', { listId, entryId: 'e2', kind: 'call-back' })).toMatchObject({ kind: 'invalid-input', field: 'callBackAt', rule: 'is required to call back' });
    expect(await failure(router, 'contacts.skipEntry', { listId: 'no-such-list', entryId: 'e2' })).toEqual({
      kind: 'invalid-input',
      field: 'listId',
      message: 'There is no call list "no-such-list" under the active profile.',
      hint: 'Reload the call lists and pick one of them. Nothing was changed.',
      say: { message: { key: 'contacts.callLists.unknownList', values: { list: 'no-such-list' } }, hint: { key: 'contacts.callLists.unknownListHint' } },
    });
    const entry = await failure(router, 'contacts.disposeEntry', { listId, entryId: 'e99', kind: 'busy' });
    expect(entry).toMatchObject({ field: 'entryId', message: 'The call list "June leads" has no entry "e99".' });
    // The window's keys say in English what the CLI prints.
    expect([inEnglish(entry.say!.message), inEnglish(entry.say!.hint!)]).toEqual([entry.message, entry.hint]);
  });

  it('keeps the progress across a restart', async () => {
    const dataDir = freshDir();
    const first = openApp(dataDir);
    const { id: listId } = await importLeads(first.router);
    await value(first.router, 'contacts.entryCalled', { listId, entryId: 'e2', recordingId: 'rec-1' });
    await value(first.router, 'contacts.disposeEntry', { listId, entryId: 'e2', kind: 'busy', note: 'try later' });
    await value(first.router, 'contacts.skipEntry', { listId, entryId: 'e3' });

    const again = await value(openApp(dataDir).router, 'contacts.callList', { listId });
    expect(again.entries.map(({ calls, disposition, skipped }) => ({ calls, kind: disposition?.kind, note: disposition?.note, skipped }))).toEqual([
      { calls: ['rec-1'], kind: 'busy', note: 'try later', skipped: false },
      { calls: [], kind: undefined, note: undefined, skipped: true },
      { calls: [], kind: undefined, note: undefined, skipped: false },
    ]);
    expect(nextEntry(again)?.name).toBe('Cy');
  });

  it('removes a list, answering the lists left', async () => {
    const { router } = openApp(freshDir());
    const first = await importLeads(router);
    const second = await importLeads(router);
    expect(await value(router, 'contacts.removeCallList', { listId: first.id })).toMatchObject({ profileId: 'office', lists: [{ id: second.id }] });
    expect(await failure(router, 'contacts.callList', { listId: first.id })).toMatchObject({ field: 'listId' });
  });
});

describe('a call list belongs to the profile it was imported under', () => {
  it('is not listed, read, changed, exported or removed under another profile', async () => {
    const dataDir = freshDir();
    const { router, active, dialogs } = openApp(dataDir, { id: 'office' });
    const { id: listId } = await importLeads(router);
    const onDisk = readFileSync(join(dataDir, CALL_LISTS_FILE), 'utf8');

    active.id = 'home';
    expect(await value(router, 'contacts.callLists')).toEqual({ profileId: 'home', lists: [] });
    const refusals = [
      await failure(router, 'contacts.callList', { listId }),
      await failure(router, 'contacts.disposeEntry', { listId, entryId: 'e2', kind: 'answered' }),
      await failure(router, 'contacts.skipEntry', { listId, entryId: 'e2' }),
      await failure(router, 'contacts.entryCalled', { listId, entryId: 'e2', recordingId: 'rec-1' }),
      await failure(router, 'contacts.exportCallList', { listId }),
      await failure(router, 'contacts.removeCallList', { listId }),
    ];
    expect(refusals.map((error) => [error.kind, error.field])).toEqual(Array(6).fill(['invalid-input', 'listId']));
    expect(readFileSync(join(dataDir, CALL_LISTS_FILE), 'utf8')).toBe(onDisk);
    expect(dialogs.saved).toEqual([]);

    // A list imported under this profile is its own; the first is back under its profile, untouched.
    const homeList = await importLeads(router);
    expect((await value(router, 'contacts.callLists')).lists.map((list) => list.id)).toEqual([homeList.id]);
    active.id = 'office';
    expect((await value(router, 'contacts.callLists')).lists.map((list) => list.id)).toEqual([listId]);
    expect((await value(router, 'contacts.callList', { listId })).entries.every((entry) => !entry.disposition && !entry.skipped && entry.calls.length === 0)).toBe(true);
  });
});

describe('exporting a call list', () => {
  it("saves the dispositions with each entry's last call as the call history has it", async () => {
    const dataDir = freshDir();
    const { router } = openApp(dataDir);
    const { id: listId } = await importLeads(router);
    const history = openCallHistory(dataDir);
    const placed = (recordingId: string) => ({ id: `h-${recordingId}`, at: '2025-06-02T09:00:00.000Z', profileId: 'office', profileName: 'Office', callee: '442079460958', account: '8001', request: 'placed' as const, recordingId });
    await history.append(placed('rec-1'));
    await history.append(placed('rec-2'));
    await history.appendRecord({ profileId: 'office', recordingId: 'rec-1', checkedAt: '2025-06-02T09:02:00.000Z', record: callRecord(ENDED_BUSY) });
    await history.appendRecord({ profileId: 'office', recordingId: 'rec-2', checkedAt: '2025-06-02T09:12:00.000Z', record: callRecord({ cost: '0.0500' }) });

    await value(router, 'contacts.entryCalled', { listId, entryId: 'e2', recordingId: 'rec-1' });
    await value(router, 'contacts.entryCalled', { listId, entryId: 'e2', recordingId: 'rec-2' });
    await value(router, 'contacts.disposeEntry', { listId, entryId: 'e2', kind: 'answered', note: 'second try' });
    await value(router, 'contacts.skipEntry', { listId, entryId: 'e3' });

    const saved = await value(router, 'contacts.exportCallList', { listId });
    const path = join(dataDir, 'exports', 'call-list-June-leads-2025-06-02.csv');
    expect(saved).toEqual({ saved: true, path, count: 3 });
    expect(readFileSync(path, 'utf8').split('\n').slice(0, 4)).toEqual([
      'Line,Number,Name,Note,Disposition,Disposition note,Call back at,Disposition time,Skipped,Calls,Last call,Talk time (s),Cost,Currency',
      '2,442079460958,Ann,VIP,answered,second try,,2025-06-02T09:00:00.000Z,no,2,Answered,42,0.0500,USD',
      '3,12125550100,Bob,,,,,,yes,0,,,,',
      '4,33123456789,Cy,,,,,,no,0,,,,',
    ]);
  });
});
