import { SANDBOX_PROFILE_ID } from '../../contract/schemas/profiles';
import { createOutcomeServices } from '../call-outcomes/service';
import type { FileDialogs } from '../files/dialogs';
import type { Logger } from '../log';
import { ENV_PROFILE_ID, type Connections } from '../profiles/connections';
import type { ProfileStore } from '../profiles/store';
import type { Services } from '../router';
import { createHistoryServices } from './history-service';
import { openCallHistory } from './history-store';
import { createPlaceCall } from './place-call';
import { createRepeatGuard } from './repeat-guard';

/** The dialer's methods: placing a call, and the history of every attempt with its outcome. */
export function createCallServices(deps: {
  dataDir: string;
  connections: Connections;
  store: ProfileStore;
  dialogs: FileDialogs;
  log: Logger;
}): Pick<Services, 'calls.place' | 'history.list' | 'history.export' | 'history.clear' | 'history.checkOutcomes'> {
  const history = openCallHistory(deps.dataDir);
  const profileName = async (profileId: string) => {
    if (profileId === SANDBOX_PROFILE_ID) return 'Sandbox';
    if (profileId === ENV_PROFILE_ID) return 'Environment (ITNIO_API_KEY)';
    return (await deps.store.read()).profiles.find((profile) => profile.id === profileId)?.name ?? profileId;
  };
  return {
    'calls.place': createPlaceCall({ connections: deps.connections, history, guard: createRepeatGuard(), profileName, log: deps.log }),
    ...createHistoryServices({ history, dialogs: deps.dialogs, log: deps.log }),
    ...createOutcomeServices({ history, connections: deps.connections, log: deps.log }),
  };
}
