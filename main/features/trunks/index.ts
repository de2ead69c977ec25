import type { FileDialogs } from '../../platform/files/dialogs';
import type { Connections } from '../../platform/connections/connections';
import type { Logger } from '../../platform/log';
import type { DomainServices } from '../../router';
import { createAgentGroupServices } from './agent-groups';
import { createTrunkSettingsServices } from './settings';

/** The trunks' methods: list, edit and export the call center's SIP trunks, and its agent groups. */
export function createTrunkServices(deps: { connections: Connections; dialogs: FileDialogs; log: Logger; now?: () => Date }): DomainServices<'trunks'> {
  return { ...createTrunkSettingsServices(deps), ...createAgentGroupServices(deps) };
}
