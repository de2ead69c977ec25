/**
 * Several processes (the app, CLI runs, the preview) working one call list at once: each
 * disposition is a read-modify-write of the shared file, made under its lock from a fresh read, so
 * none is lost to another process's write.
 *
 * @module-tag processes: it spawns processes (see vitest.config.mts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../../../contract/result';
import { createCallListServices } from '../../../../../main/features/contacts/call-list-services';
import { folderDialogs } from '../../../../../main/platform/files/dialogs';
import { stopChild, waitForOutput } from '../../../../support/child-process';
import { memoryLogger } from '../../../../support/memory-log';
import { okValue } from '../../../../support/router';
import { useTempDirs } from '../../../../support/temp-dirs';

const CHILD = join(import.meta.dirname, 'call-list-disposer-child.mts');
const WORKERS = 4;
const ENTRIES = 48;
const freshDir = useTempDirs('sb-call-list-processes-');

const children: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => stopChild(child)));
});

describe('a call list worked by several processes at once', () => {
  it('keeps every disposition each process recorded', async () => {
    const dataDir = freshDir();
    const services = createCallListServices({ dataDir, connections: { activeId: async () => ok('office') }, dialogs: folderDialogs(dataDir), log: memoryLogger().log });
    const numbers = Array.from({ length: ENTRIES }, (_, n) => `+44 20 7946 ${String(n).padStart(4, '0')}`);
    const imported = okValue(await services['contacts.importCallList']({ file: { name: 'shared.csv', bytes: new TextEncoder().encode(`number\n${numbers.join('\n')}\n`) } }), 'import');
    if (!imported.chosen) throw new Error('the import was not chosen');
    const listId = imported.list.id;

    const started = Array.from({ length: WORKERS }, (_, worker) => {
      const child = spawn(process.execPath, [CHILD, dataDir, listId, String(worker), String(WORKERS)], { stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      return waitForOutput(child, /done (\d+)/, { name: `worker ${worker}`, timeoutMs: 45_000 });
    });
    const done = await Promise.all(started);
    expect(done.map(({ match }) => Number(match[1]))).toEqual(Array(WORKERS).fill(ENTRIES / WORKERS));

    const list = okValue(await services['contacts.callList']({ listId }), 'callList');
    const lost = list.entries.filter((entry, index) => entry.disposition?.note !== `worker ${index % WORKERS}`);
    expect(lost.map((entry) => entry.line)).toEqual([]);
  });
});
