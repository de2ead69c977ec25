import { fail, ok } from '../../../contract/result';
import type { ChangeEntry } from '../../../contract/schemas/changes';
import { spoken } from '../../platform/messages';
import type { DomainServices, Services } from '../../router';
import type { ChangeJournal } from './journal';
import { planPutBack, type PutBackDeps } from './put-back';
import type { ChangeRecorder } from './recorder';

type ListFilter = NonNullable<Parameters<Services['changes.list']>[0]>;

/** Whether an entry is one the list asks for: its day, kind, profile, and a text found in it, case aside. */
function matches({ since, kind, profileId, search }: ListFilter): (entry: ChangeEntry) => boolean {
  const needle = search?.toLowerCase();
  // ISO times of one zone sort as text: "2025-07-01T…" is at or after "2025-07-01T00:00:00.000Z".
  const from = since && `${since}T00:00:00.000Z`;
  return (entry) =>
    (!from || entry.at >= from) &&
    (!kind || entry.kind === kind) &&
    (!profileId || entry.profileId === profileId) &&
    (!needle || [entry.object, entry.profileName, entry.action, ...entry.changes.flatMap((change) => [change.field, change.current, change.next])].some((text) => text.toLowerCase().includes(needle)));
}

/**
 * The change journal's methods: the writes this computer sent to ITNIO, and "Put back", which
 * sends an entry's values before through the same service as a normal edit, journalled as its own
 * entry that names the one it put back.
 */
export function createChangeServices(deps: PutBackDeps & { journal: ChangeJournal; recorder: ChangeRecorder }): DomainServices<'changes'> {
  return {
    'changes.list': async (filter) => ok({ entries: (await deps.journal.entries()).filter(matches(filter ?? {})) }),

    'changes.previewRevert': async ({ id }) => {
      const plan = await planPutBack(deps, id);
      return plan.ok ? ok(plan.value.preview) : plan;
    },

    'changes.revert': async ({ id }) => {
      const plan = await planPutBack(deps, id);
      if (!plan.ok) return plan;
      const { preview, send } = plan.value;
      if (preview.changes.length === 0) {
        return fail({
          kind: 'invalid-input',
          field: 'id',
          ...spoken(
            { key: preview.cannot.length > 0 ? 'changes.nothingToPutBack.apartFrom' : 'changes.nothingToPutBack.message', values: { object: preview.object, id } },
            { key: 'changes.nothingToPutBack.hint' },
          ),
        });
      }
      const { answer, entry } = await deps.recorder.puttingBack(id, send);
      if (!answer.ok) return answer;
      // Every write the services send is journalled, so a saved put back always has its entry.
      return entry ? ok({ entry }) : fail({ kind: 'internal', ...spoken({ key: 'changes.notJournalled.message', values: { id } }, { key: 'changes.notJournalled.hint' }) });
    },
  };
}
