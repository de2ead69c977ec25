import type { FieldChange } from '../../../contract/field-changes';
import { fail, invalidField, ok, type AppError, type Result } from '../../../contract/result';
import type { ChangeEntry, RevertPreview } from '../../../contract/schemas/changes';
import { numberChanges, numberSettings } from '../../../contract/schemas/numbers';
import { updateTrunkInput } from '../../../contract/schemas/trunks';
import type { Said } from '../../../contract/said';
import { inEnglish, spoken } from '../../platform/messages';
import { invalidInput, type Services } from '../../router';
import type { ChangeJournal } from './journal';

/** What a put back stands on: the journal, the active profile, and the services a normal edit goes through. */
export interface PutBackDeps {
  journal: ChangeJournal;
  activeId: () => Promise<Result<string>>;
  profileName: (profileId: string) => Promise<string>;
  /** The app's services as the router calls them, looked up when used. */
  services: () => Pick<Services, 'numbers.list' | 'numbers.edit' | 'trunks.preview' | 'trunks.update'>;
}

/** A put back checked and previewed, ready to be sent through the method that made the entry. */
export interface PutBack {
  entry: ChangeEntry;
  preview: RevertPreview;
  send: () => Promise<Result<unknown>>;
}

/** The routing fields (named as numberChanges words them): an empty one before cannot be sent back. */
const ROUTING = ['outIp', 'inIp', 'inboundPrefix', 'remark'] as const;

type Cannot = RevertPreview['cannot'][number];

/** A field that cannot be put back and why, in English (the CLI's) and as keys (the window's). */
function cannotPutBack(field: 'outIp' | 'inIp' | 'inboundPrefix' | 'remark' | 'greeting' | 'sipPassword', why: 'emptyBefore' | 'greetingGone' | 'passwordGone'): Cannot {
  const name: Said = { key: `changes.putBack.fields.${field}` };
  const reason: Said = { key: `changes.putBack.${why}` };
  return { field: inEnglish(name), reason: inEnglish(reason), say: { field: name, reason } };
}

/**
 * The put back of entry `id`: refused when there is none to make (a failed write, a phone, another
 * profile's entry); otherwise the object read fresh from ITNIO, what would change (now → before),
 * and what cannot be put back with the reason.
 */
export async function planPutBack(deps: PutBackDeps, id: string): Promise<Result<PutBack>> {
  const entry = (await deps.journal.entries()).find((candidate) => candidate.id === id);
  if (!entry) return invalidField('id', `there is no change ${id} in this computer's change journal`, 'Pick the change from the Changes list (switchboard changes shows the ids).');
  if (!entry.result.ok) return refuse({ key: 'changes.refused.notSaved', values: { id, error: saidOf(entry.result.error) } });
  const { revert } = entry;
  if (!revert) return refuse({ key: 'changes.refused.notRevertible', values: { id } });
  const active = await deps.activeId();
  if (!active.ok) return active;
  if (active.value !== entry.profileId) {
    const named = await deps.profileName(entry.profileId);
    const name = named === entry.profileId ? entry.profileName : named;
    return fail({
      kind: 'invalid-input',
      field: 'id',
      ...spoken({ key: 'changes.otherProfile.message', values: { id, name } }, { key: 'changes.otherProfile.hint', values: { name } }),
    });
  }
  return revert.method === 'numbers.edit' ? numberPutBack(deps, entry, revert.input) : trunkPutBack(deps, entry, revert.input);
}

async function numberPutBack(deps: PutBackDeps, entry: ChangeEntry, kept: Record<string, unknown>): Promise<Result<PutBack>> {
  const before = numberSettings.safeParse(kept);
  if (!before.success) return keptValuesRefused(entry, invalidInput(before.error));
  const listed = await deps.services()['numbers.list']();
  if (!listed.ok) return listed;
  // An answer kept from before an outage is no reading of the number now.
  if (listed.value.stale) return fail(listed.value.stale);
  const current = listed.value.numbers.find((number) => number.number === before.data.number);
  if (!current) return refuse({ key: 'changes.refused.numberGone', values: { number: before.data.number, id: entry.id } });
  const { outIp, inIp, inboundPrefix, remark } = before.data;
  // An empty value is left out, as numbers.edit would leave it: the number keeps what it has.
  const input = { ...before.data, outIp: outIp || undefined, inIp: inIp || undefined, inboundPrefix: inboundPrefix || undefined, remark: remark || undefined };
  const cannot = [
    ...ROUTING.filter((field) => !before.data[field] && current[field] !== '').map((field) => cannotPutBack(field, 'emptyBefore')),
    ...(touched(entry, 'greeting') ? [cannotPutBack('greeting', 'greetingGone')] : []),
  ];
  const changes = numberChanges(current, {
    ...input,
    voicemailMaxHangup: typeof input.voicemailMaxHangup === 'number' ? input.voicemailMaxHangup : undefined,
  });
  return ok(planned(entry, current.number, changes, cannot, () => deps.services()['numbers.edit'](input)));
}

async function trunkPutBack(deps: PutBackDeps, entry: ChangeEntry, kept: Record<string, unknown>): Promise<Result<PutBack>> {
  const before = updateTrunkInput.safeParse(kept);
  if (!before.success) return keptValuesRefused(entry, invalidInput(before.error));
  const preview = await deps.services()['trunks.preview'](before.data);
  if (!preview.ok) return preview;
  const cannot = touched(entry, 'SIP password') ? [cannotPutBack('sipPassword', 'passwordGone')] : [];
  return ok(planned(entry, entry.object, preview.value.changes, cannot, () => deps.services()['trunks.update'](before.data)));
}

const planned = (entry: ChangeEntry, object: string, changes: FieldChange[], cannot: RevertPreview['cannot'], send: PutBack['send']): PutBack => ({
  entry,
  preview: { id: entry.id, object, changes, cannot },
  send,
});

const touched = (entry: ChangeEntry, field: string) => entry.changes.some((change) => change.field === field);

const refuse = (reason: Said): Result<never> =>
  fail({ kind: 'invalid-input', field: 'id', ...spoken({ key: 'changes.refused.message', values: { reason } }, { key: 'changes.refused.hint' }) });

/** An error's message as its keys where they say exactly its English (the window then says it in its language); else its English. */
const saidOf = (error: AppError): Said | string => (error.say && inEnglish(error.say.message) === error.message ? error.say.message : error.message);

/** Values kept by an older version, or edited by hand, that today's checks refuse: nothing is sent. */
function keptValuesRefused(entry: ChangeEntry, refused: Result<never>): Result<never> {
  return refuse({ key: 'changes.refused.keptValues', values: { id: entry.id, reason: refused.ok ? '' : saidOf(refused.error) } });
}
