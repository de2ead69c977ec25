import { invalidField, ok, type Result } from '../../../contract/result';
import { asRead } from '../../../contract/schemas/changed';
import { OUTGOING, type updateTrunkInput } from '../../../contract/schemas/trunks';
import type { TrunkRecord as VendorTrunk, TrunkUpdateRequest } from '../../platform/itnio';
import type { z } from 'zod';

type ParsedUpdate = z.output<typeof updateTrunkInput>;

/** The edit with every value the operator left alone as ITNIO holds it (see `asRead`). */
export function asReadFrom(input: ParsedUpdate, current: VendorTrunk): ParsedUpdate {
  return {
    ...input,
    sipTrunkName: asRead(input.sipTrunkName, current.sipTrunkName),
    sipPrefix: asRead(input.sipPrefix, current.sipPrefix),
    sipGatewayIp: asRead(input.sipGatewayIp, current.sipGatewayIp),
    sipWhiteIp: asRead(input.sipWhiteIp, current.sipWhiteIp),
    sipAccount: asRead(input.sipAccount, current.sipAccount),
    groupList: input.groupList.map((group) => ({
      ...group,
      number: asRead(group.number, current.groupList.find(({ groupId }) => groupId === group.voiceGroupId)?.number),
    })),
  };
}

/**
 * The vendor's update body from a checked edit. Only the trunk type's own fields go out (the
 * vendor refuses the other type's with -44); the SIP account and password only with registration
 * on, the password being the typed one or else `currentPassword`, read fresh by the caller.
 */
export function toUpdateRequest(input: ParsedUpdate, currentPassword?: string): Result<TrunkUpdateRequest> {
  const outgoing = input.type === OUTGOING;
  const request: TrunkUpdateRequest = {
    keyId: input.keyId,
    sipTrunkName: input.sipTrunkName,
    // Always sent, empty included: an edit that clears the prefix must clear it, not keep the old one.
    sipPrefix: input.sipPrefix ?? '',
    groupList: input.groupList.map(({ voiceGroupId, number }) => (outgoing ? { voiceGroupId } : { voiceGroupId, number: number ?? '' })),
    ...(outgoing ? { sipGatewayIp: input.sipGatewayIp ?? '' } : { sipWhiteIp: input.sipWhiteIp ?? '' }),
    sipTrunkState: input.sipTrunkState,
  };
  if (!outgoing || !input.sipTrunkState) return ok(request);
  const sipPassword = input.sipPassword || currentPassword;
  if (!sipPassword) {
    return invalidField('sipPassword', 'is required when registration is on (this trunk has no password yet)', 'Enter the SIP password the gateway registers with. Nothing was sent.');
  }
  return ok({ ...request, sipAccount: input.sipAccount ?? '', sipPassword });
}
