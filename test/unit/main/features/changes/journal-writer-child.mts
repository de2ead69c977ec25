/**
 * Appends `count` entries to a real change journal, as a CLI run journals its writes, then exits.
 * Usage: node journal-writer-child.mts <dataDir> <prefix> <count>
 */
import '../../../../support/typescript-imports.mts';

const { openChangeJournal } = await import('../../../../../main/features/changes/journal');

const [dataDir = '', prefix = 'w', count = '0'] = process.argv.slice(2);
const journal = openChangeJournal(dataDir);
for (let index = 0; index < Number(count); index++) {
  await journal.append({
    id: `${prefix}${index}`,
    at: new Date().toISOString(),
    profileId: 'sandbox',
    profileName: 'Sandbox',
    kind: 'number',
    object: '442079460958',
    action: 'numbers.edit',
    changes: [{ field: 'remark', current: 'before', next: `after ${index}` }],
    result: { ok: true },
    via: 'cli',
  });
}
