import type { z } from 'zod';
import { type AppError, fail, invalidField, ok, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { hasPhoneName, type createPhonesInput, type CreatedBatch } from '../../../contract/schemas/phones';
import { ENDPOINTS } from '../../platform/itnio';
import { pickedUnderAnotherProfile } from '../../platform/connections/connections';
import type { Logger } from '../../platform/log';
import { inEnglish, spoken } from '../../platform/messages';
import type { InFlightClaims } from '../../platform/storage/claims';
import type { ChangeRecorder } from '../changes/recorder';
import { readAppPhones, type AppPhonesDeps } from './app-phones';
import { alreadyBeingSent, RELOAD_PHONES_HINT } from './claim-errors';

type BatchInput = z.output<typeof createPhonesInput>;

const ALREADY_EXISTS = '-20';

/**
 * Creates a batch of phones with sipAdd, sent exactly once: a lost answer may still mean the
 * phones exist, and a second send would either fail with -20 or, worse, double the batch under
 * another name the operator retyped. The created phones are then read back with sipQuery.
 */
export function createPhoneBatch(deps: AppPhonesDeps & { log: Logger; claims: InFlightClaims; changes: ChangeRecorder }) {
  return async (input: BatchInput): Promise<Result<CreatedBatch>> => {
    const active = await deps.connections.active();
    if (!active.ok) return active;
    const { target, client } = active.value;
    const elsewhere = pickedUnderAnotherProfile(input.profileId, target.profileId, { key: 'phones.picked.batchForm' }, RELOAD_PHONES_HINT);
    if (elsewhere) return elsewhere;
    const appId = input.appId || target.appId;
    if (!appId) {
      return invalidField('appId', 'is required, and this profile has no app ID of its own', 'Enter the voice application id from the ITNIO console. Nothing was sent.');
    }
    const { groupName, phoneName, quantity, displayNum } = input;
    const claim = await deps.claims.claim(JSON.stringify(['phones.create', target.profileId, appId, groupName, phoneName]));
    if (!claim.ok) return alreadyBeingSent({ key: 'phones.alreadySending.batch', values: { group: groupName } }, claim.since);
    const sent = await client.request(ENDPOINTS.sipAdd, { groupName, phoneName, quantity, displayNum, appId }).finally(claim.done);
    // Only a request that may have reached ITNIO without an answer can have created phones unseen;
    // its error already says to refresh the list before creating them again.
    if (sent.ok || sent.error.reachedItnio === 'maybe') deps.directory.invalidate(target.profileId);
    const journal = (accounts: readonly string[]) =>
      deps.changes.record({
        profileId: target.profileId,
        kind: 'phones',
        object: `group ${groupName}`,
        action: 'phones.create',
        changes: [{ field: 'phones', current: '', next: newPhones(quantity, accounts) }],
        result: sent,
      });
    if (!sent.ok) {
      await journal([]);
      deps.log.error('phones.create', { kind: sent.error.kind, code: sent.error.code, quantity });
      if (sent.error.code === ALREADY_EXISTS) return fail(await nameInUse(deps, input, appId, sent.error));
      return sent;
    }
    deps.log.info('phones.create', { quantity });

    const batch = { profileId: target.profileId, appId, groupName, phoneName, quantity, displayNum };
    const listed = await readAppPhones(deps, appId, true);
    if (!listed.ok) {
      await journal([]);
      return ok({ ...batch, phones: [], readBackError: readBackFailed(listed.error) });
    }
    const phones = listed.value.records
      .filter((phone) => phone.groupName === groupName)
      .map(({ account, phoneName: name, groupName: group, displayNum: number }) => ({ account, phoneName: name, groupName: group, displayNum: number }));
    await journal(phones.map((phone) => phone.account));
    return ok({ ...batch, phones });
  };
}

/**
 * The batch stands even though its phones could not be listed: the list's error becomes a warning
 * beside it, its message and hint kept as keys only where the keys write exactly its English.
 */
function readBackFailed(error: AppError): NonNullable<CreatedBatch['readBackError']> {
  const reason: Said | string = error.say && inEnglish(error.say.message) === error.message ? error.say.message : error.message;
  const hint = error.hint !== undefined && error.say?.hint && inEnglish(error.say.hint) === error.hint ? error.say.hint : undefined;
  const message: Said = { key: 'phones.readBack.message', values: { reason } };
  return { message: inEnglish(message), ...(error.hint === undefined ? {} : { hint: error.hint }), say: { message, ...(hint ? { hint } : {}) } };
}

/** "3 new (accounts 80010004–80010006)": the accounts as read back, when they were. */
function newPhones(quantity: number, accounts: readonly string[]): string {
  const sorted = accounts.toSorted();
  if (sorted.length === 0) return `${quantity} new`;
  return `${quantity} new (${sorted.length === 1 ? `account ${sorted[0]}` : `accounts ${sorted[0]}–${sorted.at(-1)}`})`;
}

/**
 * -20 covers both names; the phone list tells which one is taken, so the form can point at it.
 * When the list cannot be read, the vendor's general answer stands.
 */
async function nameInUse(deps: AppPhonesDeps, input: BatchInput, appId: string, error: AppError): Promise<AppError> {
  const listed = await readAppPhones(deps, appId, false);
  if (!listed.ok) return error;
  const { records } = listed.value;
  if (records.some((phone) => phone.groupName === input.groupName)) {
    return { ...error, field: 'groupName', ...spoken({ key: 'phones.groupExists.message', values: { group: input.groupName } }, { key: 'phones.groupExists.hint' }) };
  }
  if (records.some((phone) => hasPhoneName(phone, input.phoneName))) {
    return { ...error, field: 'phoneName', ...spoken({ key: 'phones.phoneNameExists.message', values: { name: input.phoneName } }, { key: 'phones.phoneNameExists.hint' }) };
  }
  return error;
}
