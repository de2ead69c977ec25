import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyEntry as historyEntrySchema, type HistoryEntry } from '../../../../../contract/schemas/call-history';
import { HISTORY_CAP, HISTORY_FILE, openCallHistory } from '../../../../../main/features/calls/history-store';
import { historyEntry } from '../../../../support/fixtures/history';
import { useTempDirs } from '../../../../support/temp-dirs';

const home = useTempDirs('sb-history-');

const entry = (n: number, extra: Partial<HistoryEntry> = {}): HistoryEntry =>
  historyEntry(`id-${n}`, new Date(Date.UTC(2025, 5, 2, 9, 0, n)).toISOString(), { recordingId: `rec-${n}`, ...extra });

const ids = (entries: HistoryEntry[]) => entries.map((e) => e.id);

describe('call history store (append-only log)', () => {
  it('keeps every attempt, newest first, across a restart', async () => {
    const dir = home();
    const history = openCallHistory(dir);
    expect(await history.entries()).toEqual([]);
    await history.append(entry(1));
    await history.append(entry(2, { request: 'failed', recordingId: undefined, errorKind: 'vendor', errorCode: '-10', errorMessage: 'The account balance is too low to place this call.' }));
    expect(ids(await history.entries())).toEqual(['id-2', 'id-1']);

    const reopened = openCallHistory(dir);
    const entries = await reopened.entries();
    expect(entries).toEqual([
      expect.objectContaining({ id: 'id-2', request: 'failed', errorCode: '-10' }),
      expect.objectContaining({ id: 'id-1', request: 'placed', recordingId: 'rec-1' }),
    ]);
  });

  it('reads entries written before the request had its own name (kept under outcome)', async () => {
    const dir = home();
    const { request, ...legacy } = entry(1, { request: 'failed', recordingId: undefined, errorKind: 'network' });
    writeFileSync(join(dir, HISTORY_FILE), `${JSON.stringify({ ...legacy, outcome: request })}\n`);
    const history = openCallHistory(dir);
    await history.append(entry(2));
    expect(await history.entries()).toEqual([
      expect.objectContaining({ id: 'id-2', request: 'placed' }),
      expect.objectContaining({ id: 'id-1', request: 'failed', errorKind: 'network' }),
    ]);
  });

  it("keeps a failed call's keys beside its English; entries without them, or with keys this version cannot read, still load", async () => {
    const dir = home();
    const balance = { key: 'status.balanceTooLow.message' } as const;
    const failed = entry(1, { request: 'failed', recordingId: undefined, errorKind: 'vendor', errorCode: '-10', errorMessage: 'The account balance is too low to place this call.' });
    // A line from before the keys were kept, and one whose keys are not a message at all (a hand edit).
    writeFileSync(join(dir, HISTORY_FILE), `${JSON.stringify(failed)}\n${JSON.stringify({ ...entry(2), say: { errorMessage: 42 } })}\n`);
    const history = openCallHistory(dir);
    await history.append(entry(3, { ...failed, id: 'id-3', say: { errorMessage: balance } }));
    const [kept, handEdited, old] = await history.entries();
    expect(kept).toEqual({ ...failed, id: 'id-3', say: { errorMessage: balance } });
    expect(handEdited).toEqual(entry(2));
    expect(old).toEqual(failed);
    // A version that knows nothing of the keys reads the new line as the entry it knows.
    const [line] = readFileSync(join(dir, HISTORY_FILE), 'utf8').trimEnd().split('\n').slice(-1);
    expect(historyEntrySchema.omit({ say: true }).parse(JSON.parse(line!))).toEqual({ ...failed, id: 'id-3' });
  });

  it('loses no earlier entry when a crash tore the last line, and steps over it on the next append', async () => {
    const dir = home();
    const history = openCallHistory(dir);
    await history.append(entry(1));
    await history.append(entry(2));
    // A crash mid-append: half a line, no newline.
    appendFileSync(join(dir, HISTORY_FILE), JSON.stringify(entry(3)).slice(0, 40));

    const afterCrash = openCallHistory(dir);
    expect(ids(await afterCrash.entries())).toEqual(['id-2', 'id-1']);
    await afterCrash.append(entry(4));
    expect(ids(await afterCrash.entries())).toEqual(['id-4', 'id-2', 'id-1']);
    expect(readFileSync(join(dir, HISTORY_FILE), 'utf8').endsWith('\n')).toBe(true);
  });

  it('skips lines that are not entries instead of failing the whole history', async () => {
    const dir = home();
    writeFileSync(join(dir, HISTORY_FILE), `${JSON.stringify(entry(1))}\nnot json\n{"id":"x"}\n\n${JSON.stringify(entry(2))}\n`);
    expect(ids(await openCallHistory(dir).entries())).toEqual(['id-2', 'id-1']);
  });

  it('keeps the appends of two processes sharing the file (the app and the CLI)', async () => {
    const dir = home();
    const app = openCallHistory(dir);
    const cli = openCallHistory(dir);
    await app.append(entry(1));
    expect(ids(await app.entries())).toEqual(['id-1']);
    await cli.append(entry(2));
    await app.append(entry(3));
    await Promise.all([app.append(entry(4)), cli.append(entry(5)), app.append(entry(6))]);
    expect(new Set(ids(await app.entries()))).toEqual(new Set(['id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6']));
    expect(ids(await cli.entries())).toHaveLength(6);
  });

  it('drops the oldest past the cap, compacting once it is exceeded by the slack', async () => {
    const dir = home();
    const history = openCallHistory(dir, { cap: 5, slack: 2 });
    for (let n = 1; n <= 7; n++) await history.append(entry(n));
    expect(ids(await history.entries())).toHaveLength(7);
    await history.append(entry(8));
    expect(ids(await history.entries())).toEqual(['id-8', 'id-7', 'id-6', 'id-5', 'id-4']);
    expect(readFileSync(join(dir, HISTORY_FILE), 'utf8').trim().split('\n')).toHaveLength(5);
    expect(HISTORY_CAP).toBe(10_000);
  });

  it('clears everything and says how much was removed', async () => {
    const dir = home();
    const history = openCallHistory(dir);
    await history.append(entry(1));
    await history.append(entry(2));
    expect(await history.clear()).toBe(2);
    expect(await history.entries()).toEqual([]);
    expect(await openCallHistory(dir).entries()).toEqual([]);
    await history.append(entry(3));
    expect(ids(await history.entries())).toEqual(['id-3']);
  });
});
