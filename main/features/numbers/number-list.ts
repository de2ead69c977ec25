import { ok } from '../../../contract/result';
import { NUMBER_STATES, numberList, type ListedNumber } from '../../../contract/schemas/numbers';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE, shown, type NumberRecord } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';
import type { KeepRead } from '../../platform/connections/kept-reads';
import type { Services } from '../../router';

const stateOf = (state: number | null): ListedNumber['state'] => (state !== null && Object.hasOwn(NUMBER_STATES, state) ? NUMBER_STATES[state as keyof typeof NUMBER_STATES] : 'unknown');

/** The vendor's record for the renderer: nulls as empty text, voicemail (an integer here) as on/off. */
export function toListedNumber(record: NumberRecord): ListedNumber {
  return {
    number: shown(record.number),
    ccode: shown(record.ccode),
    country: shown(record.country),
    type: shown(record.type),
    state: stateOf(record.state),
    dueDate: shown(record.dueDate),
    inboundPrefix: shown(record.inboundPrefix),
    outIp: shown(record.outIp),
    inIp: shown(record.inIp),
    remark: shown(record.remark),
    appId: shown(record.appId),
    enableVoicemail: record.enableVoicemail === 1,
    voicemailFileName: shown(record.voicemailFileName),
    voicemailMaxHangup: record.voicemailMaxHangup,
  };
}

/**
 * Every number of the active profile's account (`/number/queryPage`, all pages), whatever voice
 * application it is set up for: number/edit is what ties a number to an app. Searching is the
 * screen's job, on this list.
 */
export function createNumberListServices(deps: { connections: Pick<Connections, 'active'>; keep: KeepRead; now?: () => Date }): Pick<Services, 'numbers.list'> {
  const now = deps.now ?? (() => new Date());
  return {
    'numbers.list': () =>
      deps.keep({ method: 'numbers.list', input: {}, schema: numberList }, async () => {
        const active = await deps.connections.active();
        if (!active.ok) return active;
        const { client, target } = active.value;
        const all = await fetchAllPages((current) => client.request(ENDPOINTS.numberQueryPage, { current, size: MAX_PAGE_SIZE, params: {} }));
        if (!all.ok) return all;
        return ok({ profileId: target.profileId, fetchedAt: now().toISOString(), numbers: all.value.records.map(toListedNumber) });
      }),
  };
}
