import type { CallHistory } from './history-store';
import { createCallOutcomeServices } from './outcome-lookup';
import type { Logger } from '../../platform/log';
import type { Connections } from '../../platform/connections/connections';
import type { Services } from '../../router';
import { createOutcomeTracker, type OutcomeTrackerDeps } from './outcome-tracker';
import { createUnknownCallLookup } from './unknown-call-lookup';

/** `calls.checkOutcomes`: the history's call records, read from ITNIO within one shared budget. */
export function createOutcomeServices(deps: {
  history: CallHistory;
  connections: Pick<Connections, 'active' | 'resolveTarget' | 'clientFor'>;
  log: Logger;
  onFiled?: OutcomeTrackerDeps['onFiled'];
}): Pick<Services, 'calls.checkOutcomes'> {
  const lookup = createCallOutcomeServices({ connections: deps.connections })['calls.outcome'];
  const findUnknown = createUnknownCallLookup({ connections: deps.connections });
  const tracker = createOutcomeTracker({ history: deps.history, lookup, findUnknown, log: deps.log, ...(deps.onFiled ? { onFiled: deps.onFiled } : {}) });
  return { 'calls.checkOutcomes': (input) => tracker.sweep(input) };
}
