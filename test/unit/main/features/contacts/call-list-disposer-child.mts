/**
 * One operator's process working a shared call list through the real services: it records a
 * disposition on every `workers`-th entry, starting at entry `worker`, and prints `done N` once all N
 * have been acknowledged. The cross-process test runs several at once on one data folder.
 * Usage: node call-list-disposer-child.mts <dataDir> <listId> <worker> <workers>
 */
import '../../../../support/typescript-imports.mts';

const { ok } = await import('../../../../../contract/result');
const { createLogger } = await import('../../../../../main/platform/log');
const { folderDialogs } = await import('../../../../../main/platform/files/dialogs');
const { createCallListServices } = await import('../../../../../main/features/contacts/call-list-services');

const [dataDir = '', listId = '', worker = '0', workers = '1'] = process.argv.slice(2);
const services = createCallListServices({ dataDir, connections: { activeId: async () => ok('office') }, dialogs: folderDialogs(dataDir), log: createLogger(() => {}) });

const list = await services['contacts.callList']({ listId });
if (!list.ok) throw new Error(list.error.message);
const mine = list.value.entries.filter((_, index) => index % Number(workers) === Number(worker));
for (const entry of mine) {
  const disposed = await services['contacts.disposeEntry']({ listId, entryId: entry.id, kind: 'answered', note: `worker ${worker}` });
  if (!disposed.ok) throw new Error(disposed.error.message);
}
process.stdout.write(`done ${mine.length}\n`);
