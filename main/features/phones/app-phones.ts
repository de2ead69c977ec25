import { ok, type Result } from '../../../contract/result';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE, type PhoneRecord } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';
import type { PhoneDirectoryCache } from './directory';

export interface AppPhones {
  profileId: string;
  appId: string;
  records: PhoneRecord[];
}

export interface AppPhonesDeps {
  connections: Connections;
  directory: PhoneDirectoryCache;
}

/**
 * The phones (with passwords) of one voice application of the active profile. The profile's own
 * application comes from the shared directory cache; another one, named by an overridden app id,
 * is read afresh and not cached, since the list and the dialer show only the profile's own.
 */
export async function readAppPhones(deps: AppPhonesDeps, appId: string | undefined, refresh: boolean): Promise<Result<AppPhones>> {
  const active = await deps.connections.active();
  if (!active.ok) return active;
  const { target, client } = active.value;
  const wanted = appId || target.appId;
  if (wanted === target.appId) {
    const all = await deps.directory.records(refresh);
    return all.ok ? ok({ profileId: all.value.profileId, appId: wanted, records: all.value.records }) : all;
  }
  const all = await fetchAllPages((current) => client.request(ENDPOINTS.sipQuery, { current, size: MAX_PAGE_SIZE, params: { appId: wanted } }));
  return all.ok ? ok({ profileId: target.profileId, appId: wanted, records: all.value.records }) : all;
}
