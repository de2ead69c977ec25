import { ok } from '../../../contract/result';
import { ENDPOINTS } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';
import type { Services } from '../../router';
import { callConnection } from './call-connection';
import { toCallRecord } from './call-records';

/** One call's record (`GET /voice/recordSip/{voiceId}`), or word that ITNIO has not filed it yet. */
export function createCallOutcomeServices(deps: {
  connections: Pick<Connections, 'active' | 'resolveTarget' | 'clientFor'>;
  now?: () => Date;
}): Pick<Services, 'calls.outcome'> {
  const now = deps.now ?? (() => new Date());
  return {
    'calls.outcome': async ({ recordingId, profileId }) => {
      const connection = await callConnection(deps.connections, profileId);
      if (!connection.ok) return connection;
      const record = await connection.value.client.request(ENDPOINTS.recordSip, { voiceId: recordingId });
      if (!record.ok) return record;
      const checkedAt = now().toISOString();
      return ok(record.value ? { recordingId, checkedAt, available: true as const, record: toCallRecord(record.value) } : { recordingId, checkedAt, available: false as const });
    },
  };
}
