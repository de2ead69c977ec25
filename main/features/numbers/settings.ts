import { invalidField, ok, type Result } from '../../../contract/result';
import { asRead, refuseEdit } from '../../../contract/schemas/changed';
import { numberEditIssues, type StagedGreeting } from '../../../contract/schemas/numbers';
import { hasStandIns } from '../../../contract/text';
import type { FileDialogs } from '../../platform/files/dialogs';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE, type NumberEditRequest, type NumberRecord } from '../../platform/itnio';
import type { Logger } from '../../platform/log';
import type { Connections } from '../../platform/connections/connections';
import type { Services } from '../../router';
import { inspectGreeting } from './greeting';
import { readGreetingFile, type GreetingFile } from './greeting-file';
import { toListedNumber } from './number-list';
import { openRecentNumbers } from './recent';
import { createStagedGreetings } from './staged-greetings';

export interface NumberServiceDeps {
  connections: Connections;
  dialogs: FileDialogs;
  dataDir: string;
  log: Logger;
  now?: () => Date;
}

type NumberSettingsMethods = 'numbers.edit' | 'numbers.stageGreeting' | 'numbers.pickGreeting' | 'numbers.discardGreeting' | 'numbers.recent';

const GREETING_FILTERS = [
  { name: 'Greetings (mp3, wav, m4a)', extensions: ['mp3', 'wav', 'm4a'] },
  { name: 'All files', extensions: ['*'] },
];

/** Number settings (/number/edit), the voicemail greeting waiting to go with them, and the recent numbers. */
export function createNumberSettingsServices(deps: NumberServiceDeps): Pick<Services, NumberSettingsMethods> {
  const greetings = createStagedGreetings();
  const recent = openRecentNumbers(deps.dataDir);
  const now = deps.now ?? (() => new Date());

  const stage = async ({ name, bytes }: GreetingFile): Promise<Result<StagedGreeting>> => {
    const inspected = await inspectGreeting(name, bytes);
    return inspected.ok ? ok(greetings.stage(inspected.value, bytes)) : inspected;
  };

  return {
    'numbers.stageGreeting': (input) => stage(input),

    'numbers.pickGreeting': async () => {
      const path = await deps.dialogs.chooseOpenPath({ title: 'Choose a voicemail greeting', filters: GREETING_FILTERS });
      if (path === undefined) return ok(null);
      const file = await readGreetingFile(path);
      if (!file.ok) return file;
      const staged = await stage(file.value);
      // The bytes go back so the window can play the greeting it did not read itself.
      return staged.ok ? ok({ greeting: staged.value, bytes: file.value.bytes }) : staged;
    },

    'numbers.discardGreeting': async ({ greetingId }) => {
      greetings.discard(greetingId);
      return ok(undefined);
    },

    'numbers.recent': async () => {
      const profileId = await deps.connections.activeId();
      if (!profileId.ok) return profileId;
      return ok({ profileId: profileId.value, numbers: await recent.list(profileId.value) });
    },

    'numbers.edit': async (input) => {
      const upload = input.greetingId === undefined ? undefined : greetings.get(input.greetingId);
      if (input.greetingId !== undefined && !upload) {
        return invalidField('greeting', 'the file is no longer held for sending', 'Add the greeting file again, then save. Nothing was sent.');
      }
      const active = await deps.connections.active();
      if (!active.ok) return active;
      const { target, client } = active.value;
      const appId = input.appId || target.appId;
      if (!appId) {
        return invalidField('appId', 'is required (this profile has no app id)', 'Enter the voice application id. Nothing was sent.');
      }

      // Our stricter rules bind only values that differ from the number as ITNIO lists it, read here
      // rather than taken from the window. An edit they pass as it stands needs no read for them.
      // A value shown with stand-ins for characters ITNIO holds needs the number as read to be sent back.
      let issues = numberEditIssues(input);
      let current: NumberRecord | undefined;
      if (issues.length > 0 || [input.outIp, input.inIp, input.inboundPrefix, input.remark].some((text) => text !== undefined && hasStandIns(text))) {
        const listed = await fetchAllPages((page) => client.request(ENDPOINTS.numberQueryPage, { current: page, size: MAX_PAGE_SIZE, params: {} }));
        if (!listed.ok) return listed;
        current = listed.value.records.find((record) => record.number === input.number);
        issues = numberEditIssues(input, current && toListedNumber(current));
      }
      const [broken] = issues;
      if (broken) return refuseEdit(broken);
      const outIp = asRead(input.outIp, current?.outIp);
      const inIp = asRead(input.inIp, current?.inIp);
      const inboundPrefix = asRead(input.inboundPrefix, current?.inboundPrefix);
      const remark = asRead(input.remark, current?.remark);

      // Only documented fields, and optional ones only when filled in (ITNIO keeps the rest as they are).
      const body: NumberEditRequest = {
        number: input.number,
        appId,
        ...(outIp ? { outIp } : {}),
        ...(inIp ? { inIp } : {}),
        ...(inboundPrefix ? { inboundPrefix } : {}),
        ...(remark ? { remark } : {}),
        enableVoicemail: input.enableVoicemail ? '1' : '0',
        ...(typeof input.voicemailMaxHangup === 'number' ? { voicemailMaxHangup: input.voicemailMaxHangup } : {}),
        ...(upload ? { voicemailFile: upload.base64, voicemailFileName: upload.fileName } : {}),
      };
      const sent = await client.request(ENDPOINTS.numberEdit, body);
      if (!sent.ok) return sent;

      if (input.greetingId !== undefined) greetings.discard(input.greetingId);
      // The edit is done whatever happens to this convenience list.
      await recent.remember(target.profileId, { number: input.number, remark: input.remark || undefined, editedAt: now().toISOString() }).catch((error: unknown) => {
        deps.log.error('numbers.recent not saved', { error: error instanceof Error ? error.name : typeof error });
      });
      return ok({ number: input.number, ...(upload ? { greetingFileName: upload.fileName } : {}) });
    },
  };
}
