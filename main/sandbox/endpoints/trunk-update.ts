import { check } from '../codes';
import { vendorTime } from '../clock';
import type { EndpointContext } from '../endpoint';
import { isAbsent, isIntegerIn, isIpAddress, isObject, isText } from '../rules';
import { rateFor, type SandboxState, type Trunk, type TrunkGroup } from '../state';

const isFilled = (value: unknown): value is string => typeof value === 'string' && value !== '';

function readGroups(state: SandboxState, groupList: unknown): TrunkGroup[] {
  check(isAbsent(groupList) || Array.isArray(groupList), '-22', 'groupList must be an array');
  check(groupList && groupList.length > 0, '-48');
  return groupList.map((item: unknown) => {
    check(isObject(item), '-22', 'groupList items must be objects');
    const { voiceGroupId, number } = item;
    check(isIntegerIn(voiceGroupId, 1, Number.MAX_SAFE_INTEGER), '-22', 'voiceGroupId must be an integer');
    check(state.agentGroups.some((group) => group.voiceGroupId === voiceGroupId), '-22', `no agent group ${voiceGroupId}`);
    check(isAbsent(number) || typeof number === 'string', '-22', 'groupList number must be a string');
    return { voiceGroupId, number: number || null };
  });
}

/**
 * An IP field: `emptyCode` when missing, `formatCode` when not one IP of at most 50 characters.
 * The trunk's own stored value passes as it is: the vendor's sample holds `12.325.353.2`, so its
 * check is looser than a strict IP, and a trunk must stay editable with what ITNIO gave it.
 */
function readIp(value: unknown, stored: string | null, emptyCode: string, formatCode: string): string {
  check(isFilled(value), emptyCode);
  check(isText(value, 1, 50) && (isIpAddress(value) || value === stored), formatCode);
  return value;
}

function readOutgoing(trunk: Trunk, others: Trunk[], body: Record<string, unknown>, sipTrunkState: boolean): Partial<Trunk> {
  const sipGatewayIp = readIp(body.sipGatewayIp, trunk.sipGatewayIp, '-49', '-50');
  check(!others.some((other) => other.sipGatewayIp === sipGatewayIp), '-53');
  const { sipAccount, sipPassword } = body;
  check(isAbsent(sipAccount) || typeof sipAccount === 'string', '-22', 'sipAccount must be a string');
  check(isAbsent(sipPassword) || typeof sipPassword === 'string', '-22', 'sipPassword must be a string');
  check(!sipTrunkState || (isFilled(sipAccount) && isFilled(sipPassword)), '-22', 'sipAccount and sipPassword are required when registration is on');
  return { sipGatewayIp, sipAccount: sipAccount ?? trunk.sipAccount, sipPassword: sipPassword ?? trunk.sipPassword };
}

function readIncoming(state: SandboxState, trunk: Trunk, incoming: Trunk[], body: Record<string, unknown>, groups: TrunkGroup[]): Partial<Trunk> {
  const sipWhiteIp = readIp(body.sipWhiteIp, trunk.sipWhiteIp, '-54', '-55');
  check(!incoming.some((other) => other.sipWhiteIp === sipWhiteIp), '-60');
  for (const { number } of groups) {
    check(isFilled(number), '-57');
    check(number.length <= 50, '-58');
    check(!incoming.some((other) => other.groupList.some((group) => group.number === number)), '-59', number);
    check(rateFor(state.rates, number), '-61', number);
  }
  return { sipWhiteIp };
}

/**
 * Edits a trunk in place; its type never changes. An agent group may hold one outgoing and one
 * incoming trunk, so "already bound" (-52) looks only at trunks of the same type. Sending the
 * other type's address (a whitelist IP or bound numbers to an outgoing trunk, a gateway IP to an
 * incoming one) is refused as the wrong trunk type (-44) rather than silently dropped.
 */
export function trunkUpdate({ state, body, now }: EndpointContext): null {
  const { keyId, sipTrunkName, sipPrefix, groupList, sipTrunkState } = body;
  check(!isAbsent(keyId), '-56');
  check(isIntegerIn(keyId, 1, Number.MAX_SAFE_INTEGER), '-22', 'keyId must be an integer');
  const trunk = state.trunks.find((candidate) => candidate.keyId === keyId);
  check(trunk, '-22', `no SIP trunk ${keyId}`);
  const others = state.trunks.filter((other) => other !== trunk);
  const sameType = others.filter((other) => other.type === trunk.type);

  check(isAbsent(sipTrunkName) || typeof sipTrunkName === 'string', '-22', 'sipTrunkName must be a string');
  check(isText(sipTrunkName, 1, 50) && sipTrunkName.trim() !== '', '-45', 'sipTrunkName must be 1–50 characters');
  check(!others.some((other) => other.sipTrunkName === sipTrunkName), '-47');
  check(isAbsent(sipPrefix) || typeof sipPrefix === 'string', '-22', 'sipPrefix must be a string');

  const groups = readGroups(state, groupList);
  const ids = groups.map((group) => group.voiceGroupId);
  check(new Set(ids).size === ids.length, '-51');
  check(!sameType.some((other) => other.groupList.some((group) => ids.includes(group.voiceGroupId))), '-52');

  const foreign = trunk.type === 1 ? isFilled(body.sipWhiteIp) || groups.some((group) => isFilled(group.number)) : isFilled(body.sipGatewayIp);
  check(!foreign, '-44', trunk.type === 1 ? 'an outgoing trunk takes no whitelist IP or bound numbers' : 'an incoming trunk takes no gateway IP');
  check(typeof sipTrunkState === 'boolean', '-22', 'sipTrunkState must be true or false');

  const addresses = trunk.type === 1 ? readOutgoing(trunk, others, body, sipTrunkState) : readIncoming(state, trunk, sameType, body, groups);

  Object.assign(trunk, addresses, {
    sipTrunkName,
    sipPrefix: sipPrefix ?? trunk.sipPrefix,
    sipTrunkState,
    groupList: groups,
    updateTime: vendorTime(now),
  } satisfies Partial<Trunk>);
  return null;
}
