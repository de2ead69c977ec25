import { SANDBOX_PROFILE_ID } from '../../../contract/schemas/profiles';
import type { FileDialogs } from '../../platform/files/dialogs';
import type { Logger } from '../../platform/log';
import { ENV_PROFILE_ID, type Connections } from '../../platform/connections/connections';
import type { ProfileStore } from '../../platform/connections/profile-store';
import type { DomainServices } from '../../router';
import { createHistoryServices } from './history-service';
import { openCallHistory } from './history-store';
import { createCallOutcomeServices } from './outcome-lookup';
import { createOutcomeServices } from './outcome-service';
import { createPlaceCall } from './place-call';
import { createRecordingServices } from './recording-service';

/** The Dialer's methods: placing a call, the history of every attempt, outcomes read from ITNIO, recordings. */
export function createCallServices(deps: {
  dataDir: string;
  connections: Connections;
  store: ProfileStore;
  dialogs: FileDialogs;
  log: Logger;
}): DomainServices<'calls'> {
  const history = openCallHistory(deps.dataDir);
  const profileName = async (profileId: string) => {
    if (profileId === SANDBOX_PROFILE_ID) return 'Sandbox';
    if (profileId === ENV_PROFILE_ID) return 'Environment (ITNIO_API_KEY)';
    return (await deps.store.read()).profiles.find((profile) => profile.id === profileId)?.name ?? profileId;
  };
  return {
    'calls.place': createPlaceCall({ connections: deps.connections, history, profileName, log: deps.log }),
    ...createHistoryServices({ history, dialogs: deps.dialogs, log: deps.log }),
    ...createOutcomeServices({ history, connections: deps.connections, log: deps.log }),
    ...createCallOutcomeServices({ connections: deps.connections }),
    ...createRecordingServices({ connections: deps.connections, dialogs: deps.dialogs, log: deps.log }),
  };
}
