import type { Unsubscribe } from '../../../../contract/events';
import { i18n } from '../../i18n';
import { bridge } from '../../ui/bridge';
import { useNavigation } from '../../ui/navigation';
import { resettableStore } from '../../ui/resettable';
import { showError } from '../../ui/toasts';

interface DialRequestsState {
  /** A number a link or a launch asked to dial, until the Dialer has put it in its form. */
  pending?: string;
  /** The pending number, once: the Dialer fills its form with it. */
  take: () => string | undefined;
}

export const useDialRequests = resettableStore<DialRequestsState>()((set, get) => ({
  take: () => {
    const { pending } = get();
    if (pending !== undefined) set({ pending: undefined });
    return pending;
  },
}));

/**
 * Main's `dialer.prefill` events (a tel: link, a launch with --dial): the Dialer comes forward
 * with the number filled in, or with why a link held none. Nothing is dialled: the operator
 * presses Call.
 */
export function listenForDialRequests(): Unsubscribe {
  return bridge().events.on('dialer.prefill', (request) => {
    if (request.kind === 'number') useDialRequests.setState({ pending: request.number });
    else showError({ kind: 'invalid-input', message: request.problem, hint: i18n.t('calls:dialer.requestHint'), ...(request.say ? { say: { message: request.say } } : {}) });
    useNavigation.getState().go('dialer');
  });
}
