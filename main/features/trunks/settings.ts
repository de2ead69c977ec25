import { ok, type Result } from '../../../contract/result';
import { refuseEdit } from '../../../contract/schemas/changed';
import { sortTrunks, trunkChanges, trunkEditIssues, trunkPage, updateInputFrom, type TrunkPage } from '../../../contract/schemas/trunks';
import type { FileDialogs } from '../../platform/files/dialogs';
import { CSV_FILES } from '../../platform/files/csv';
import { saveAs } from '../../platform/files/save-as';
import type { Connections } from '../../platform/connections/connections';
import type { KeepRead } from '../../platform/connections/kept-reads';
import type { Logger } from '../../platform/log';
import type { Services } from '../../router';
import { ENDPOINTS } from '../../platform/itnio';
import { trunksCsv } from './csv';
import { createTrunkReader } from './reader';
import { toTrunkRecord } from './records';
import { asReadFrom, toUpdateRequest } from './update-request';
import type { ChangeRecorder } from '../changes/recorder';

type TrunkSettingsMethods = 'trunks.list' | 'trunks.update' | 'trunks.preview' | 'trunks.password' | 'trunks.exportCsv';

export interface TrunkServiceDeps {
  connections: Connections;
  dialogs: FileDialogs;
  log: Logger;
  keep: KeepRead;
  /** Where every update sent is journalled, saved or not. */
  changes: ChangeRecorder;
  now?: () => Date;
}

type ListTrunks = Parameters<Services['trunks.list']>[0];

export function createTrunkSettingsServices(deps: TrunkServiceDeps): Pick<Services, TrunkSettingsMethods> {
  const reader = createTrunkReader(deps.connections);
  const now = deps.now ?? (() => new Date());

  const list = async ({ type, sipTrunkName, current, size, all }: ListTrunks): Promise<Result<TrunkPage>> => {
    const filter = { type, sipTrunkName };
    const fetchedAt = now().toISOString();
    if (all) {
      const every = await reader.all(filter);
      if (!every.ok) return every;
      const records = every.value.value.map(toTrunkRecord);
      return ok({ profileId: every.value.profileId, fetchedAt, total: records.length, current: 1, size: records.length, pages: 1, records });
    }
    const page = await reader.page(filter, current, size);
    if (!page.ok) return page;
    const { total, pages, records } = page.value.value;
    return ok({
      profileId: page.value.profileId,
      fetchedAt,
      total,
      current,
      size,
      pages,
      records: records.map(toTrunkRecord),
    });
  };

  return {
    'trunks.list': (input) => deps.keep({ method: 'trunks.list', input, schema: trunkPage }, () => list(input)),

    'trunks.password': async ({ keyId }) => {
      const trunk = await reader.find(keyId);
      return trunk.ok ? ok({ keyId, sipPassword: trunk.value.sipPassword ?? '' }) : trunk;
    },

    'trunks.preview': async (input) => {
      const trunk = await reader.find(input.keyId, { type: input.type });
      return trunk.ok ? ok({ keyId: input.keyId, changes: trunkChanges(toTrunkRecord(trunk.value), input) }) : trunk;
    },

    'trunks.update': async (input) => {
      // The trunk as ITNIO holds it now, read here rather than taken from the window: the values
      // before the edit (for the change journal), the password kept when none is typed, and what
      // our stricter rules bind, which is only what differs from it.
      const trunk = await reader.find(input.keyId, { type: input.type });
      if (!trunk.ok) return trunk;
      const current = trunk.value;
      const before = toTrunkRecord(current);
      const [broken] = trunkEditIssues(input, before);
      if (broken) return refuseEdit(broken);
      const request = toUpdateRequest(asReadFrom(input, current), current.sipPassword ?? undefined);
      if (!request.ok) return request;
      const active = await deps.connections.active();
      if (!active.ok) return active;
      const saved = await active.value.client.request(ENDPOINTS.trunkUpdate, request.value);
      await deps.changes.record({
        profileId: active.value.target.profileId,
        kind: 'trunk',
        object: `trunk ${current.keyId} · ${before.sipTrunkName}`,
        action: 'trunks.update',
        // The password only as "changed": the journal never holds one.
        changes: trunkChanges(before, input),
        result: saved,
        revert: { method: 'trunks.update', input: updateInputFrom(before) },
      });
      if (!saved.ok) return saved;
      // The name narrows the read-back to a page or two; the trunk always matches its own name.
      const fresh = await reader.find(input.keyId, { type: input.type, sipTrunkName: request.value.sipTrunkName });
      return ok({ keyId: input.keyId, ...(fresh.ok ? { record: toTrunkRecord(fresh.value) } : {}) });
    },

    'trunks.exportCsv': async ({ type, sipTrunkName, sort }) => {
      const every = await reader.all({ type, sipTrunkName });
      if (!every.ok) return every;
      const records = sortTrunks(every.value.value.map(toTrunkRecord), sort);
      return saveAs(
        deps,
        {
          title: 'Export SIP trunks',
          defaultName: `sip-trunks-${now().toISOString().slice(0, 10)}.csv`,
          filters: CSV_FILES,
          what: 'CSV file',
          event: 'trunks.exportCsv',
          contents: trunksCsv(records),
        },
        { rows: records.length },
      );
    },
  };
}
