/**
 * Writes to a real store in a loop and prints `ack N` after each write has resolved, until it is
 * killed. The crash-safety test kills it at random moments and checks what survived.
 * Usage: node writer-child.mts <dataDir> <firstIndex>
 */
import '../../../../support/typescript-imports.mts';

const { openProfileStore } = await import('../../../../../main/platform/connections/profile-store');

const [dataDir = '', first = '0'] = process.argv.slice(2);
const store = openProfileStore(dataDir);
for (let index = Number(first); ; index++) {
  await store.update((current) => ({
    ...current,
    profiles: [
      ...current.profiles,
      // Padding makes each write long enough that a kill often lands in the middle of one.
      { id: `p${index}`, name: `Profile ${index}`, baseUrl: 'https://api.itniotech.com', appId: 'x'.repeat(2_000), apiKeyMasked: 'abc…yz' },
    ],
  }));
  process.stdout.write(`ack ${index}\n`);
}
