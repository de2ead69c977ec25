import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isAbsent, isObject, page, readPage } from '../rules';
import type { SandboxState, Trunk } from '../state';

/** The record as the vendor lists it: `groupId` here where update takes `voiceGroupId`. */
const toRecord = (state: SandboxState) => (trunk: Trunk) => ({
  keyId: trunk.keyId,
  sipTrunkName: trunk.sipTrunkName,
  sipPrefix: trunk.sipPrefix,
  type: trunk.type,
  state: trunk.state,
  sipGatewayIp: trunk.sipGatewayIp,
  sipWhiteIp: trunk.sipWhiteIp,
  ccIp: trunk.ccIp,
  sipAccount: trunk.sipAccount,
  sipPassword: trunk.sipPassword,
  sipTrunkState: trunk.sipTrunkState,
  createTime: trunk.createTime,
  updateTime: trunk.updateTime,
  groupList: trunk.groupList.map(({ voiceGroupId, number }) => ({
    groupId: voiceGroupId,
    groupName: state.agentGroups.find((group) => group.voiceGroupId === voiceGroupId)?.groupName ?? null,
    number,
  })),
});

export function trunkQuery({ state, body }: EndpointContext) {
  const request = readPage(body);
  const { params } = body;
  check(isObject(params), '-22', 'params is required (it may be {})');
  const { type, sipTrunkName } = params;
  check(isAbsent(type) || type === 1 || type === 2, '-22', 'params.type must be 1 or 2');
  check(isAbsent(sipTrunkName) || typeof sipTrunkName === 'string', '-22', 'params.sipTrunkName must be a string');
  const needle = sipTrunkName?.toLowerCase() ?? '';
  const matches = state.trunks
    .filter((trunk) => (isAbsent(type) || trunk.type === type) && trunk.sipTrunkName.toLowerCase().includes(needle))
    .sort((a, b) => a.keyId - b.keyId);
  const { total, size, current, pages, records } = page(matches, request, toRecord(state));
  return { total, size, current, pages, searchCount: true, records };
}
