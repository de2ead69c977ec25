import type { z } from 'zod';
import { fail, ok, type Result } from '../../../contract/result';
import { accountBalance, isLowBalance } from '../../../contract/schemas/account';
import { ENDPOINTS } from '../../platform/itnio';
import { ENV_PROFILE_ID, type Connections } from '../../platform/connections/connections';
import type { KeepRead } from '../../platform/connections/kept-reads';
import type { ProfileStore } from '../../platform/connections/profile-store';
import type { Logger } from '../../platform/log';
import { spoken } from '../../platform/messages';
import type { DomainServices } from '../../router';
import { balanceForecast } from './balance-forecast';
import { openBalanceJournal } from './balance-journal';
import { readThreshold, writeThreshold } from './thresholds';

/** What is kept of a balance: the warning level is the profile's own, looked up when it is shown. */
const keptBalance = accountBalance.omit({ threshold: true, low: true });
type KeptBalance = z.infer<typeof keptBalance>;

/** How far back the balance history goes. */
const HISTORY_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * The active profile's balance (`GET /sms/getBalance`), its low-balance warning level, and the
 * balance over time from the reads kept in the data folder's balance journal.
 */
export function createAccountServices(deps: {
  connections: Pick<Connections, 'active' | 'activeId'>;
  store: ProfileStore;
  keep: KeepRead;
  /** Where the balance journal is kept, shared with every other process on the folder. */
  dataDir: string;
  log: Logger;
  now?: () => Date;
}): DomainServices<'account'> {
  const now = deps.now ?? (() => new Date());
  const journal = openBalanceJournal(deps.dataDir);

  /** Keeps a read for the history; the balance itself is answered whether or not it could be kept. */
  const recordRead = async ({ profileId, balance, fetchedAt }: KeptBalance) => {
    // The ITNIO_* variables may name another account on every run: no profile owns their reads.
    if (profileId === ENV_PROFILE_ID) return;
    try {
      await journal.record({ profileId, at: fetchedAt, balance: Number(balance) });
    } catch (error) {
      deps.log.error('balance read not kept', { code: (error as NodeJS.ErrnoException).code ?? (error as Error).name });
    }
  };

  const readBalance = async (): Promise<Result<KeptBalance>> => {
    const active = await deps.connections.active();
    if (!active.ok) return active;
    const answer = await active.value.client.request(ENDPOINTS.getBalance, {});
    if (!answer.ok) return answer;
    const { balance, gift, credit } = answer.value;
    if (balance === '' || !Number.isFinite(Number(balance))) {
      return fail({
        kind: 'server',
        ...spoken({ key: 'account.unreadableBalance.message' }, { key: 'account.unreadableBalance.hint' }),
      });
    }
    const read = { profileId: active.value.target.profileId, balance, gift: gift || '0', credit: credit || '0', fetchedAt: now().toISOString() };
    // Here, where only a fresh answer from ITNIO arrives: a kept one answered for an outage is no new read.
    await recordRead(read);
    return ok(read);
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

    'account.balanceHistory': async () => {
      const profileId = await deps.connections.activeId();
      if (!profileId.ok) return profileId;
      const at = now();
      const points = await journal.points(profileId.value, new Date(at.getTime() - HISTORY_DAYS * DAY_MS));
      const threshold = await readThreshold(deps.store, profileId.value);
      return ok({ profileId: profileId.value, points, threshold, ...balanceForecast(points, threshold, at) });
    },
  };
}
