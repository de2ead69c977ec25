/** Call records kept with the history: appended as lines of their own, merged on read, folded in on compaction. */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../../../contract/schemas/calls';
import { historyEntry, type HistoryEntry } from '../../../../../contract/schemas/call-history';
import { HISTORY_FILE, openCallHistory } from '../../../../../main/features/calls/history-store';
import { callRecord, ENDED_BUSY } from '../../../../support/fixtures/call-records';
import { useTempDirs } from '../../../../support/temp-dirs';

const home = useTempDirs('sb-records-');

const entry = (n: number, profileId = 'sandbox'): HistoryEntry => ({
  id: `id-${n}`,
  at: new Date(Date.UTC(2025, 5, 2, 9, 0, n)).toISOString(),
  profileId,
  profileName: profileId,
  callee: '442079460958',
  account: '80010001',
  request: 'placed',
  recordingId: `rec-${n}`,
});

/** The record of a call placed on 2 June, like the entries above. */
const record = (overrides: Partial<CallRecord> = {}): CallRecord =>
  callRecord({ submitTime: '2025-06-02T17:00:01+08:00', answerTime: '2025-06-02T17:00:06+08:00', hangupTime: '2025-06-02T17:00:48+08:00', ...overrides });

const BUSY = record(ENDED_BUSY);
const fileLines = (dir: string) => readFileSync(join(dir, HISTORY_FILE), 'utf8').trim().split('\n');

describe('call records in the history log', () => {
  it('merges a record into the entry of its call, on this and every later reading', async () => {
    const dir = home();
    const history = openCallHistory(dir);
    await history.append(entry(1));
    await history.append(entry(2));
    await history.appendRecord({ profileId: 'sandbox', recordingId: 'rec-1', checkedAt: '2025-06-02T09:01:00.000Z', record: record() });

    const [second, first] = await openCallHistory(dir).entries();
    expect(first).toEqual({ ...entry(1), record: record(), recordCheckedAt: '2025-06-02T09:01:00.000Z' });
    expect(second).toEqual(entry(2));
    // One line per call and one per record: appends only, earlier lines untouched.
    expect(fileLines(dir)).toHaveLength(3);
    expect(JSON.parse(fileLines(dir)[0]!)).toMatchObject(entry(1));
  });

  it('keys records by profile and recording id, keeps the newest, and ignores records of calls it does not hold', async () => {
    const dir = home();
    const history = openCallHistory(dir);
    await history.append(entry(1, 'sandbox'));
    await history.append(entry(1, 'office'));
    await history.appendRecord({ profileId: 'office', recordingId: 'rec-1', checkedAt: '2025-06-02T09:01:00.000Z', record: BUSY });
    await history.appendRecord({ profileId: 'office', recordingId: 'rec-1', checkedAt: '2025-06-02T09:02:00.000Z', record: { ...BUSY, cost: '0.0600' } });
    await history.appendRecord({ profileId: 'sandbox', recordingId: 'rec-404', checkedAt: '2025-06-02T09:01:00.000Z', record: record() });

    const [office, sandbox] = await history.entries();
    expect(office).toMatchObject({ profileId: 'office', recordCheckedAt: '2025-06-02T09:02:00.000Z', record: { terminationCode: '486', cost: '0.0600' } });
    expect(sandbox).toEqual(entry(1, 'sandbox'));
  });

  it('loses nothing when a crash tore a record line, and steps over it on the next append', async () => {
    const dir = home();
    const history = openCallHistory(dir);
    await history.append(entry(1));
    await history.append(entry(2));
    const line = JSON.stringify({ type: 'record', profileId: 'sandbox', recordingId: 'rec-1', checkedAt: '2025-06-02T09:01:00.000Z', record: record() });
    appendFileSync(join(dir, HISTORY_FILE), line.slice(0, 60));

    const afterCrash = openCallHistory(dir);
    expect((await afterCrash.entries()).map((item) => item.record)).toEqual([undefined, undefined]);
    await afterCrash.appendRecord({ profileId: 'sandbox', recordingId: 'rec-2', checkedAt: '2025-06-02T09:01:00.000Z', record: BUSY });
    const [second, first] = await afterCrash.entries();
    expect(second!.record).toEqual(BUSY);
    expect(first!.record).toBeUndefined();
    expect(readFileSync(join(dir, HISTORY_FILE), 'utf8').endsWith('\n')).toBe(true);
  });

  it('leaves readers that predate records with every entry (a record line is not an entry)', async () => {
    const dir = home();
    const history = openCallHistory(dir);
    await history.append(entry(1));
    await history.appendRecord({ profileId: 'sandbox', recordingId: 'rec-1', checkedAt: '2025-06-02T09:01:00.000Z', record: record() });
    const [entryLine, recordLine] = fileLines(dir).map((line) => JSON.parse(line) as unknown);
    expect(historyEntry.safeParse(entryLine).success).toBe(true);
    expect(historyEntry.safeParse(recordLine).success).toBe(false);
  });

  it('folds records into their entries when compacting, keeping the newest calls up to the cap', async () => {
    const dir = home();
    const history = openCallHistory(dir, { cap: 3, slack: 2 });
    for (let n = 1; n <= 3; n++) {
      await history.append(entry(n));
      await history.appendRecord({ profileId: 'sandbox', recordingId: `rec-${n}`, checkedAt: '2025-06-02T09:01:00.000Z', record: n === 2 ? BUSY : record() });
    }
    // Six lines: past cap + slack, so the log was compacted to three entries, each carrying its record.
    const lines = fileLines(dir).map((line) => JSON.parse(line) as HistoryEntry);
    expect(lines.map((line) => [line.id, line.record?.terminationCode])).toEqual([
      ['id-1', '200'],
      ['id-2', '486'],
      ['id-3', '200'],
    ]);
    await history.append(entry(4));
    await history.append(entry(5));
    await history.append(entry(6));
    const entries = await openCallHistory(dir).entries();
    expect(entries.map((item) => item.id)).toEqual(['id-6', 'id-5', 'id-4']);
    await history.appendRecord({ profileId: 'sandbox', recordingId: 'rec-5', checkedAt: '2025-06-02T09:01:00.000Z', record: BUSY });
    expect((await history.entries()).map((item) => item.record?.terminationCode)).toEqual([undefined, '486', undefined]);
  });

  it('clears records along with the calls', async () => {
    const dir = home();
    const history = openCallHistory(dir);
    await history.append(entry(1));
    await history.appendRecord({ profileId: 'sandbox', recordingId: 'rec-1', checkedAt: '2025-06-02T09:01:00.000Z', record: record() });
    expect(await history.clear()).toBe(1);
    await history.append(entry(1));
    expect(await history.entries()).toEqual([entry(1)]);
  });
});
