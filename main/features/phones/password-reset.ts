import { ok } from '../../../contract/result';
import { ENDPOINTS } from '../../platform/itnio';
import type { InFlightClaims } from '../../platform/storage/claims';
import { alreadyBeingSent, RELOAD_PHONES_HINT } from './claim-errors';
import type { PhoneDirectoryCache } from './directory';
import { pickedUnderAnotherProfile, type Connections } from '../../platform/connections/connections';
import type { Services } from '../../router';
import type { ChangeRecorder } from '../changes/recorder';

/**
 * A new SIP password for one phone (`/voice/sipReset`, sent once). The new password reaches the
 * renderer only in this answer; the phone directory's cached copy is dropped even when the answer
 * is lost, since the vendor may have changed it anyway.
 */
export function createPhoneResetServices(deps: {
  connections: Pick<Connections, 'active'>;
  directory: Pick<PhoneDirectoryCache, 'invalidate'>;
  claims: InFlightClaims;
  changes: ChangeRecorder;
}): Pick<Services, 'phones.resetPassword'> {
  return {
    'phones.resetPassword': async ({ account, profileId }) => {
      const active = await deps.connections.active();
      if (!active.ok) return active;
      const { client, target } = active.value;
      const elsewhere = pickedUnderAnotherProfile(profileId, target.profileId, { key: 'phones.picked.phone', values: { account } }, RELOAD_PHONES_HINT);
      if (elsewhere) return elsewhere;
      const claim = await deps.claims.claim(JSON.stringify(['phones.resetPassword', target.profileId, account]));
      if (!claim.ok) return alreadyBeingSent({ key: 'phones.alreadySending.reset', values: { account } }, claim.since);
      const reset = await client.request(ENDPOINTS.sipReset, { account, appId: target.appId }).finally(claim.done);
      deps.directory.invalidate(target.profileId);
      // Only that it changed: the journal never holds a password.
      await deps.changes.record({
        profileId: target.profileId,
        kind: 'phone',
        object: account,
        action: 'phones.resetPassword',
        changes: [{ field: 'SIP password', current: '(set)', next: 'changed' }],
        result: reset,
      });
      if (!reset.ok) return reset;
      return ok({ account: reset.value.account || account, password: reset.value.password });
    },
  };
}
