import { fail, ok } from '../../../contract/result';
import { isLowBalance } from '../../../contract/schemas/account';
import { ENDPOINTS } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';
import type { ProfileStore } from '../../platform/connections/profile-store';
import type { DomainServices } from '../../router';
import { readThreshold, writeThreshold } from './thresholds';

/** The active profile's balance (`GET /sms/getBalance`) and its low-balance warning level. */
export function createAccountServices(deps: {
  connections: Pick<Connections, 'active' | 'activeId'>;
  store: ProfileStore;
  now?: () => Date;
}): DomainServices<'account'> {
  const now = deps.now ?? (() => new Date());
  return {
    'account.balance': async () => {
      const active = await deps.connections.active();
      if (!active.ok) return active;
      const { client, target } = active.value;
      const answer = await client.request(ENDPOINTS.getBalance, {});
      if (!answer.ok) return answer;
      const { balance, gift, credit } = answer.value;
      if (balance === '' || !Number.isFinite(Number(balance))) {
        return fail({
          kind: 'server',
          message: "ITNIO's balance answer did not carry a readable balance.",
          hint: "Check the profile's base URL; if it is right, try again later.",
        });
      }
      const threshold = await readThreshold(deps.store, target.profileId);
      return ok({
        profileId: target.profileId,
        balance,
        gift: gift || '0',
        credit: credit || '0',
        fetchedAt: now().toISOString(),
        threshold,
        low: isLowBalance(balance, threshold),
      });
    },

    'account.setLowBalance': async ({ threshold }) => {
      const profileId = await deps.connections.activeId();
      if (!profileId.ok) return profileId;
      await writeThreshold(deps.store, profileId.value, threshold);
      return ok({ profileId: profileId.value, threshold });
    },
  };
}
