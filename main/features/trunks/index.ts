import type { DomainServices } from '../../router';
import { createAgentGroupServices } from './agent-groups';
import { createTrunkSettingsServices, type TrunkServiceDeps } from './settings';

/** The trunks' methods: list, edit and export the call center's SIP trunks, and its agent groups. */
export function createTrunkServices(deps: TrunkServiceDeps): DomainServices<'trunks'> {
  return { ...createTrunkSettingsServices(deps), ...createAgentGroupServices(deps) };
}
