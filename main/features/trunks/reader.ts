import { invalidField, ok, type Result } from '../../../contract/result';
import type { TrunkFilter } from '../../../contract/schemas/trunks';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE, type Page, type TrunkRecord as VendorTrunk } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';

interface TrunkRead<T> {
  profileId: string;
  value: T;
}

/**
 * Reads trunks of the active profile with `/v3/cc/sipTrunk/query`. Nothing is cached: the records
 * carry SIP passwords, and a reveal or an edit must see what the vendor holds now.
 */
export interface TrunkReader {
  page(filter: TrunkFilter, current: number, size: number): Promise<Result<TrunkRead<Page<VendorTrunk>>>>;
  all(filter: TrunkFilter): Promise<Result<TrunkRead<VendorTrunk[]>>>;
  /** One trunk by id, read fresh; a filter the trunk matches narrows the read. */
  find(keyId: number, filter?: TrunkFilter): Promise<Result<VendorTrunk>>;
}

const params = ({ type, sipTrunkName }: TrunkFilter) => ({ ...(type ? { type } : {}), ...(sipTrunkName ? { sipTrunkName } : {}) });

export function createTrunkReader(connections: Connections): TrunkReader {
  const page: TrunkReader['page'] = async (filter, current, size) => {
    const active = await connections.active();
    if (!active.ok) return active;
    const answer = await active.value.client.request(ENDPOINTS.trunkQuery, { current, size, params: params(filter) });
    return answer.ok ? ok({ profileId: active.value.target.profileId, value: answer.value }) : answer;
  };

  const all: TrunkReader['all'] = async (filter) => {
    const active = await connections.active();
    if (!active.ok) return active;
    const { client, target } = active.value;
    const every = await fetchAllPages((current) => client.request(ENDPOINTS.trunkQuery, { current, size: MAX_PAGE_SIZE, params: params(filter) }));
    return every.ok ? ok({ profileId: target.profileId, value: every.value.records }) : every;
  };

  return {
    page,
    all,
    find: async (keyId, filter = {}) => {
      const every = await all(filter);
      if (!every.ok) return every;
      const trunk = every.value.value.find((record) => record.keyId === keyId);
      return trunk
        ? ok(trunk)
        : invalidField('keyId', `there is no SIP trunk ${keyId} on this profile`, 'Refresh the trunk list and pick the trunk again.');
    },
  };
}
