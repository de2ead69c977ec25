import type { z } from 'zod';
import { fail, ok, type Result } from '../../../contract/result';
import { accountBalance, isLowBalance } from '../../../contract/schemas/account';
import { ENDPOINTS } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';
import type { KeepRead } from '../../platform/connections/kept-reads';
import type { ProfileStore } from '../../platform/connections/profile-store';
import type { DomainServices } from '../../router';
import { readThreshold, writeThreshold } from './thresholds';

/** What is kept of a balance: the warning level is the profile's own, looked up when it is shown. */
const keptBalance = accountBalance.omit({ threshold: true, low: true });
type KeptBalance = z.infer<typeof keptBalance>;

/** The active profile's balance (`GET /sms/getBalance`) and its low-balance warning level. */
export function createAccountServices(deps: {
  connections: Pick<Connections, 'active' | 'activeId'>;
  store: ProfileStore;
  keep: KeepRead;
  now?: () => Date;
}): DomainServices<'account'> {
  const now = deps.now ?? (() => new Date());

  const readBalance = async (): Promise<Result<KeptBalance>> => {
    const active = await deps.connections.active();
    if (!active.ok) return active;
    const answer = await active.value.client.request(ENDPOINTS.getBalance, {});
    if (!answer.ok) return answer;
    const { balance, gift, credit } = answer.value;
    if (balance === '' || !Number.isFinite(Number(balance))) {
      return fail({
        kind: 'server',
        message: "ITNIO's balance answer did not carry a readable balance.",
        hint: "Check the profile's base URL; if it is right, try again later.",
      });
    }
    return ok({ profileId: active.value.target.profileId, balance, gift: gift || '0', credit: credit || '0', fetchedAt: now().toISOString() });
  };

  return {
    'account.balance': async () => {
      const read = await deps.keep({ method: 'account.balance', input: {}, schema: keptBalance }, readBalance);
      if (!read.ok) return read;
      // From the profile as it is now, so a level set since the balance was kept applies to it too.
      const threshold = await readThreshold(deps.store, read.value.profileId);
      return ok({ ...read.value, threshold, low: isLowBalance(read.value.balance, threshold) });
    },

    'account.setLowBalance': async ({ threshold }) => {
      const profileId = await deps.connections.activeId();
      if (!profileId.ok) return profileId;
      await writeThreshold(deps.store, profileId.value, threshold);
      return ok({ profileId: profileId.value, threshold });
    },
  };
}
