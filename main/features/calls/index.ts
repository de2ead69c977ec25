import type { CallRecord } from '../../../contract/schemas/calls';
import type { HistoryEntry } from '../../../contract/schemas/call-history';
import type { FileDialogs } from '../../platform/files/dialogs';
import type { Logger } from '../../platform/log';
import type { Connections } from '../../platform/connections/connections';
import type { KeepRead } from '../../platform/connections/kept-reads';
import { profileNames, type ProfileStore } from '../../platform/connections/profile-store';
import type { DomainServices } from '../../router';
import { createActivityServices } from './activity';
import { createHistoryServices } from './history-service';
import { openCallHistory } from './history-store';
import { createCallOutcomeServices } from './outcome-lookup';
import { createOutcomeServices } from './outcome-service';
import { createPlaceCall } from './place-call';
import { createRecordingServices } from './recording-service';

/** The Dialer's methods: placing a call, the history of every attempt, outcomes read from ITNIO, recordings, the numbers' activity. */
export function createCallServices(deps: {
  dataDir: string;
  connections: Connections;
  store: ProfileStore;
  dialogs: FileDialogs;
  log: Logger;
  keep: KeepRead;
  /** Told of each call record filed from ITNIO (the app's notices). */
  onFiled?: (entry: HistoryEntry, record: CallRecord) => void;
}): DomainServices<'calls'> {
  const history = openCallHistory(deps.dataDir);
  const profileName = profileNames(deps.store);
  return {
    'calls.place': createPlaceCall({ connections: deps.connections, history, profileName, log: deps.log }),
    ...createHistoryServices({ history, dialogs: deps.dialogs, log: deps.log }),
    ...createOutcomeServices({ history, connections: deps.connections, log: deps.log, ...(deps.onFiled ? { onFiled: deps.onFiled } : {}) }),
    ...createCallOutcomeServices({ connections: deps.connections }),
    ...createRecordingServices({ connections: deps.connections, dialogs: deps.dialogs, log: deps.log }),
    ...createActivityServices({ connections: deps.connections, keep: deps.keep, log: deps.log }),
  };
}
