/**
 * Records calls in a real call history in a loop and prints `ack N` once each append has resolved
 * (the moment the dialer answers the window), until it is killed. The crash-safety test kills it
 * at random moments and checks what survived.
 * Usage: node history-writer-child.mts <dataDir> <firstIndex> [<cap> <slack>]
 */
import '../../../../support/typescript-imports.mts';

const { openCallHistory } = await import('../../../../../main/features/calls/history-store');

const [dataDir = '', first = '0', cap, slack] = process.argv.slice(2);
const history = openCallHistory(dataDir, cap && slack ? { cap: Number(cap), slack: Number(slack) } : {});
for (let index = Number(first); ; index++) {
  await history.append({
    id: `h${index}`,
    at: new Date().toISOString(),
    profileId: 'sandbox',
    profileName: 'Sandbox',
    callee: '442079460958',
    country: 'GB',
    account: '80010001',
    // The longest note the dialer takes: long lines make a kill land mid-write more often.
    calledInfo: `call ${index} `.padEnd(1_000, '.'),
    request: 'placed',
    recordingId: `rec-${index}`,
  });
  process.stdout.write(`ack ${index}\n`);
}
