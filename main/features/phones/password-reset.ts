import { ok } from '../../../contract/result';
import { ENDPOINTS } from '../../platform/itnio';
import type { PhoneDirectoryCache } from './directory';
import type { Connections } from '../../platform/connections/connections';
import type { Services } from '../../router';

/**
 * A new SIP password for one phone (`/voice/sipReset`, sent once). The new password reaches the
 * renderer only in this answer; the phone directory's cached copy is dropped even when the answer
 * is lost, since the vendor may have changed it anyway.
 */
export function createPhoneResetServices(deps: {
  connections: Pick<Connections, 'active'>;
  directory: Pick<PhoneDirectoryCache, 'invalidate'>;
}): Pick<Services, 'phones.resetPassword'> {
  return {
    'phones.resetPassword': async ({ account }) => {
      const active = await deps.connections.active();
      if (!active.ok) return active;
      const { client, target } = active.value;
      const reset = await client.request(ENDPOINTS.sipReset, { account, appId: target.appId });
      deps.directory.invalidate(target.profileId);
      if (!reset.ok) return reset;
      return ok({ account: reset.value.account || account, password: reset.value.password });
    },
  };
}
