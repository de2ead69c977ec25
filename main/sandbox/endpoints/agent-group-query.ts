import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isAbsent, isObject, page, readPage } from '../rules';

const APP_NAME = 'Sandbox voice app';

/** Call-centre agent groups; `params.groupName` matches part of the name, in any case. */
export function agentGroupQuery({ state, body }: EndpointContext) {
  const request = readPage(body);
  const { params } = body;
  check(isAbsent(params) || isObject(params), '-22', 'params must be an object');
  const groupName = params?.groupName;
  check(isAbsent(groupName) || typeof groupName === 'string', '-22', 'params.groupName must be a string');
  const needle = groupName?.toLowerCase() ?? '';
  const groups = state.agentGroups.filter((group) => group.groupName.toLowerCase().includes(needle));
  return page(groups, request, ({ voiceGroupId, groupName: name, callinStrategy, countSeat }) => ({
    voiceGroupId,
    callinStrategy: callinStrategy ?? 1,
    countSeat: countSeat ?? 0,
    groupName: name,
    appName: APP_NAME,
  }));
}
