import type { CallHistory } from '../calls/history-store';
import { createCallOutcomeServices } from '../cdr/service';
import type { Logger } from '../log';
import type { Connections } from '../profiles/connections';
import type { Services } from '../router';
import { createOutcomeTracker } from './tracker';

/** `history.checkOutcomes`: the history's call records, read from ITNIO within one shared budget. */
export function createOutcomeServices(deps: {
  history: CallHistory;
  connections: Pick<Connections, 'active' | 'resolveTarget' | 'clientFor'>;
  log: Logger;
}): Pick<Services, 'history.checkOutcomes'> {
  const lookup = createCallOutcomeServices({ connections: deps.connections })['calls.outcome'];
  const tracker = createOutcomeTracker({ history: deps.history, lookup, log: deps.log });
  return { 'history.checkOutcomes': (input) => tracker.sweep(input) };
}
