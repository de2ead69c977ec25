/**
 * Keeps `count` balance reads in a real balance journal, each a new amount, as app and CLI runs do, then exits.
 * Usage: node balance-journal-writer-child.mts <dataDir> <profileId> <count>
 */
import '../../../../support/typescript-imports.mts';

const { openBalanceJournal } = await import('../../../../../main/features/account/balance-journal');

const [dataDir = '', profileId = 'sandbox', count = '0'] = process.argv.slice(2);
const journal = openBalanceJournal(dataDir);
for (let index = 0; index < Number(count); index++) {
  await journal.record({ profileId, at: new Date(Date.UTC(2025, 6, 1, 0, index)).toISOString(), balance: 100 - index });
}
