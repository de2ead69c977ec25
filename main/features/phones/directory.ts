import { invalidField, ok, type Result } from '../../../contract/result';
import { phoneDirectory, type PhoneDirectory, type PhoneSummary } from '../../../contract/schemas/phones';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE, type PhoneRecord } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';
import type { KeepRead } from '../../platform/connections/kept-reads';

interface CachedPhones {
  fetchedAt: string;
  records: PhoneRecord[];
}

/**
 * The active profile's phones (sipQuery, every page), cached per profile in main-process memory:
 * the records carry SIP passwords, which must not land on disk. Only the list as the renderer sees
 * it (no passwords) is kept on disk, to answer while ITNIO is out of reach, a restart included.
 * The dialer's account picker and the phone list both read it; a batch creation invalidates it.
 */
export interface PhoneDirectoryCache {
  /**
   * With `limit`, only the first phones: from the cache when it holds the list, else one page (a
   * glance, which is neither kept nor answered from what was kept).
   */
  list(refresh: boolean, limit?: number): Promise<Result<PhoneDirectory>>;
  password(account: string): Promise<Result<string>>;
  /** All records with passwords, for main-side exports only. */
  records(refresh: boolean): Promise<Result<{ profileId: string; records: PhoneRecord[] }>>;
  invalidate(profileId: string): void;
}

const summary = ({ account, phoneName, groupName, displayNum }: PhoneRecord): PhoneSummary => ({ account, phoneName, groupName, displayNum });

export function createPhoneDirectory(deps: { connections: Connections; keep: KeepRead; now?: () => Date }): PhoneDirectoryCache {
  const cache = new Map<string, CachedPhones>();
  const inFlight = new Map<string, Promise<Result<CachedPhones>>>();
  /**
   * Bumped by each invalidation. A read started before a change (phones created, a password
   * reset) answers with the list as it was: it must neither refill the cache afterwards nor be
   * joined by a read asked for after the change, or the stale list would be served until the next
   * manual refresh, reloads of the window included.
   */
  const generations = new Map<string, number>();
  const generationOf = (profileId: string) => generations.get(profileId) ?? 0;
  const now = deps.now ?? (() => new Date());

  const load = async (refresh: boolean): Promise<Result<{ profileId: string; phones: CachedPhones }>> => {
    const active = await deps.connections.active();
    if (!active.ok) return active;
    const { target, client } = active.value;
    const cached = cache.get(target.profileId);
    if (cached && !refresh) return ok({ profileId: target.profileId, phones: cached });
    // Two screens asking at once share one read instead of paging the account twice.
    let pending = inFlight.get(target.profileId);
    if (!pending) {
      const generation = generationOf(target.profileId);
      const read = fetchAllPages((current) => client.request(ENDPOINTS.sipQuery, { current, size: MAX_PAGE_SIZE, params: { appId: target.appId } })).then(
        (all) => {
          if (!all.ok) return all;
          const fresh = { fetchedAt: now().toISOString(), records: all.value.records };
          if (generationOf(target.profileId) === generation) cache.set(target.profileId, fresh);
          return ok(fresh);
        },
      );
      pending = read;
      inFlight.set(target.profileId, read);
      void read.finally(() => {
        if (inFlight.get(target.profileId) === read) inFlight.delete(target.profileId);
      });
    }
    const phones = await pending;
    return phones.ok ? ok({ profileId: target.profileId, phones: phones.value }) : phones;
  };

  const firstPhones = async (refresh: boolean, limit: number): Promise<Result<PhoneDirectory>> => {
    const active = await deps.connections.active();
    if (!active.ok) return active;
    const { target, client } = active.value;
    const cached = cache.get(target.profileId);
    if (cached && !refresh) {
      return ok({ profileId: target.profileId, fetchedAt: cached.fetchedAt, phones: cached.records.slice(0, limit).map(summary), total: cached.records.length });
    }
    // A glance at the first phones should not page through thousands; nor does it fill the cache.
    const page = await client.request(ENDPOINTS.sipQuery, { current: 1, size: limit, params: { appId: target.appId } });
    if (!page.ok) return page;
    const { records, total } = page.value;
    // With the vendor's count off, total is 0 beside real records.
    // A vendor that answers more than the page it was asked for is still cut to the limit.
    return ok({ profileId: target.profileId, fetchedAt: now().toISOString(), phones: records.slice(0, limit).map(summary), total: total || records.length });
  };

  return {
    list: async (refresh, limit) => {
      if (limit !== undefined) return firstPhones(refresh, limit);
      return deps.keep({ method: 'phones.list', input: {}, schema: phoneDirectory }, async () => {
        const loaded = await load(refresh);
        if (!loaded.ok) return loaded;
        const { profileId, phones } = loaded.value;
        return ok({ profileId, fetchedAt: phones.fetchedAt, phones: phones.records.map(summary) });
      });
    },
    password: async (account) => {
      const loaded = await load(false);
      if (!loaded.ok) return loaded;
      const phone = loaded.value.phones.records.find((record) => record.account === account);
      return phone
        ? ok(phone.password)
        : invalidField('account', `there is no phone ${account} on this profile`, 'Refresh the phone list.');
    },
    records: async (refresh) => {
      const loaded = await load(refresh);
      return loaded.ok ? ok({ profileId: loaded.value.profileId, records: loaded.value.phones.records }) : loaded;
    },
    invalidate: (profileId) => {
      cache.delete(profileId);
      inFlight.delete(profileId);
      generations.set(profileId, generationOf(profileId) + 1);
    },
  };
}
