import { ok } from '../../../contract/result';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';
import type { Services } from '../../router';

/** The call centre's agent groups (`/v3/cc/seatGroup/query`, all pages), for picking by name. */
export function createAgentGroupServices(deps: { connections: Pick<Connections, 'active'> }): Pick<Services, 'trunks.agentGroups'> {
  return {
    'trunks.agentGroups': async () => {
      const active = await deps.connections.active();
      if (!active.ok) return active;
      const { client } = active.value;
      const all = await fetchAllPages((current) => client.request(ENDPOINTS.agentGroupQuery, { current, size: MAX_PAGE_SIZE, params: {} }));
      if (!all.ok) return all;
      const groups = all.value.records.map((record) => ({ voiceGroupId: Number(record.voiceGroupId), groupName: record.groupName ?? '' }));
      return ok(groups.sort((a, b) => a.voiceGroupId - b.voiceGroupId));
    },
  };
}
