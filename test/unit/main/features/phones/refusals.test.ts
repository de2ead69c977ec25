import { describe, expect, it } from 'vitest';
import { ok, type AppError, type Result } from '../../../../../contract/result';
import { alreadyBeingSent } from '../../../../../main/features/phones/claim-errors';
import { createPhoneCopyServices } from '../../../../../main/features/phones/copy';
import { createPhonesExport } from '../../../../../main/features/phones/export';
import { inEnglish } from '../../../../../main/platform/messages';
import { memoryLogger } from '../../../../support/memory-log';

const refusal = (result: Result<unknown>): AppError => {
  if (result.ok) expect.fail('should have been refused');
  return result.error;
};

/** The window's keys say in English what the CLI prints. */
const saysAsWritten = (error: AppError) => expect([inEnglish(error.say!.message), inEnglish(error.say!.hint!)]).toEqual([error.message, error.hint]);

/** An active profile whose application has no phones at all. */
const noPhones = {
  connections: { active: async () => ok({ target: { profileId: 'p-1', appId: 'app-1' }, client: {} }) },
  directory: { records: async () => ok({ profileId: 'p-1', records: [] }) },
} as never;

describe('phone requests refused before anything is sent', () => {
  it('says a request already under way by key, the part that names it included', () => {
    const error = refusal(alreadyBeingSent({ key: 'phones.alreadySending.reset', values: { account: '80010004' } }, '2026-12-03T04:50:43.000Z'));
    expect(error).toEqual({
      kind: 'invalid-input',
      message: 'A password reset of phone 80010004 is already being sent (since 04:50:43 UTC) by this or another Switchboard window or command. Nothing more was sent.',
      hint: 'Wait for its answer, then refresh the phone list to see what it changed.',
      say: {
        message: { key: 'phones.alreadySending.message', values: { what: { key: 'phones.alreadySending.reset', values: { account: '80010004' } }, since: '04:50:43' } },
        hint: { key: 'phones.alreadySending.hint' },
      },
    });
    saysAsWritten(error);
  });

  it('says there is no clipboard where there is none', async () => {
    const copy = createPhoneCopyServices({ ...(noPhones as object), clipboard: undefined } as never);
    const error = refusal(await copy['phones.copyPassword']({ account: '80010004' }));
    expect(error.say).toEqual({ message: { key: 'phones.noClipboard.message' }, hint: { key: 'phones.noClipboard.hint' } });
    saysAsWritten(error);
  });

  it('says an application without phones has none to save', async () => {
    const save = createPhonesExport({ ...(noPhones as object), dialogs: {}, log: memoryLogger().log } as never);
    const error = refusal(await save(undefined as never));
    expect(error).toEqual({
      kind: 'invalid-input',
      message: 'There are no phones to save in this application.',
      hint: 'Create phones first.',
      say: { message: { key: 'phones.noPhones.message' }, hint: { key: 'phones.noPhones.hint' } },
    });
    saysAsWritten(error);
  });
});
