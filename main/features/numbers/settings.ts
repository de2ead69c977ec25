import type { z } from 'zod';
import { invalidField, ok, type Result } from '../../../contract/result';
import { asRead, refuseEdit } from '../../../contract/schemas/changed';
import { numberChanges, numberEditIssues, type ListedNumber, type numberSettings } from '../../../contract/schemas/numbers';
import { type StagedGreeting } from '../../../contract/schemas/greetings';
import type { FileDialogs, FileFilter } from '../../platform/files/dialogs';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE, type ItnioClient, type NumberEditRequest, type NumberRecord } from '../../platform/itnio';
import type { Logger } from '../../platform/log';
import type { Connections } from '../../platform/connections/connections';
import type { Services } from '../../router';
import type { ChangeRecorder } from '../changes/recorder';
import { previewEdits, sentRouting } from './edit-preview';
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
  /** Where every edit sent is journalled, saved or not. */
  changes: ChangeRecorder;
  now?: () => Date;
}

type NumberSettingsMethods = 'numbers.edit' | 'numbers.preview' | 'numbers.stageGreeting' | 'numbers.pickGreeting' | 'numbers.discardGreeting' | 'numbers.recent';

const GREETING_FILTERS: FileFilter[] = [
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

    'numbers.preview': async (plan) => {
      const upload = plan.greetingId === undefined ? undefined : greetings.get(plan.greetingId);
      if (plan.greetingId !== undefined && !upload) return greetingGone();
      const active = await deps.connections.active();
      if (!active.ok) return active;
      const listed = await readNumbers(active.value.client);
      if (!listed.ok) return listed;
      return ok({ profileId: active.value.target.profileId, previews: previewEdits(plan, listed.value.map(toListedNumber), upload?.fileName) });
    },

    'numbers.edit': async (input) => {
      const upload = input.greetingId === undefined ? undefined : greetings.get(input.greetingId);
      if (input.greetingId !== undefined && !upload) return greetingGone();
      const active = await deps.connections.active();
      if (!active.ok) return active;
      const { target, client } = active.value;
      const appId = input.appId || target.appId;
      if (!appId) {
        return invalidField('appId', 'is required (this profile has no app id)', 'Enter the voice application id. Nothing was sent.');
      }

      // The number as ITNIO lists it now, read here rather than taken from the window: the values
      // before the edit (for the change journal), and what our stricter rules bind, which is only
      // what differs from it. A value shown with stand-ins for characters ITNIO holds goes back as held.
      const listed = await readNumbers(client);
      if (!listed.ok) return listed;
      const record = listed.value.find((candidate) => candidate.number === input.number);
      const current = record && toListedNumber(record);
      const [broken] = numberEditIssues(input, current);
      if (broken) return refuseEdit(broken);
      const outIp = asRead(input.outIp, record?.outIp);
      const inIp = asRead(input.inIp, record?.inIp);
      const inboundPrefix = asRead(input.inboundPrefix, record?.inboundPrefix);
      const remark = asRead(input.remark, record?.remark);

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
      await deps.changes.record({
        profileId: target.profileId,
        kind: 'number',
        object: input.number,
        action: 'numbers.edit',
        changes: numberChanges(current ?? unlisted(input.number), {
          ...sentRouting(input),
          enableVoicemail: input.enableVoicemail,
          voicemailMaxHangup: typeof input.voicemailMaxHangup === 'number' ? input.voicemailMaxHangup : undefined,
          greetingFileName: upload?.fileName,
        }),
        result: sent,
        ...(current ? { revert: { method: 'numbers.edit' as const, input: settingsOf(current) } } : {}),
      });
      if (!sent.ok) return sent;

      // A bulk edit's one greeting goes on to the next number; the last one (or the caller) lets it go.
      if (input.greetingId !== undefined && !input.keepGreeting) greetings.discard(input.greetingId);
      // The edit is done whatever happens to this convenience list.
      await recent.remember(target.profileId, { number: input.number, remark: input.remark || undefined, editedAt: now().toISOString() }).catch((error: unknown) => {
        deps.log.error('numbers.recent not saved', { error: error instanceof Error ? error.name : typeof error });
      });
      return ok({ number: input.number, ...(upload ? { greetingFileName: upload.fileName } : {}) });
    },
  };
}

const greetingGone = () => invalidField('greeting', 'the file is no longer held for sending', 'Add the greeting file again, then save. Nothing was sent.');

/** Every number of the account, read fresh (never a kept answer: an edit is judged against what ITNIO holds now). */
async function readNumbers(client: ItnioClient): Promise<Result<NumberRecord[]>> {
  const listed = await fetchAllPages((page) => client.request(ENDPOINTS.numberQueryPage, { current: page, size: MAX_PAGE_SIZE, params: {} }));
  return listed.ok ? ok(listed.value.records) : listed;
}

/**
 * The number's settings as they were, as an edit that puts them back: the greeting's bytes are
 * never kept, and an empty value cannot be sent (ITNIO keeps the current one), as the put back's
 * preview says.
 */
function settingsOf(number: ListedNumber): z.input<typeof numberSettings> {
  const { outIp, inIp, inboundPrefix, remark, enableVoicemail, voicemailMaxHangup } = number;
  return { number: number.number, outIp, inIp, inboundPrefix, remark, enableVoicemail, ...(voicemailMaxHangup === null ? {} : { voicemailMaxHangup }) };
}

/** A number ITNIO does not list: the edit is still sent as asked (ITNIO answers for it), against nothing known. */
const unlisted = (number: string): ListedNumber => ({
  number,
  ccode: '',
  country: '',
  type: '',
  state: 'unknown',
  dueDate: '',
  inboundPrefix: '',
  outIp: '',
  inIp: '',
  remark: '',
  appId: '',
  enableVoicemail: false,
  voicemailFileName: '',
  voicemailMaxHangup: null,
});
