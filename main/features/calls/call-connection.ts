import { ok, type Result } from '../../../contract/result';
import type { ItnioClient } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';

/**
 * The client for the profile that placed a call: a history entry may come from another profile
 * than the active one, and only that account knows the call's record.
 */
export async function callConnection(
  connections: Pick<Connections, 'active' | 'resolveTarget' | 'clientFor'>,
  profileId: string | undefined,
): Promise<Result<{ profileId: string; client: ItnioClient }>> {
  if (profileId === undefined) {
    const active = await connections.active();
    return active.ok ? ok({ profileId: active.value.target.profileId, client: active.value.client }) : active;
  }
  const target = await connections.resolveTarget(profileId);
  return target.ok ? ok({ profileId, client: connections.clientFor(target.value) }) : target;
}
