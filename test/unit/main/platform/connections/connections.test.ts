import { describe, expect, it } from 'vitest';
import { createConnections, pickedUnderAnotherProfile } from '../../../../../main/platform/connections/connections';
import { inEnglish } from '../../../../../main/platform/messages';
import { memoryLogger } from '../../../../support/memory-log';

describe('pickedUnderAnotherProfile', () => {
  const what = { key: 'connections.untrustedPage' } as const;
  const hint = { key: 'connections.noProfile.hint' } as const;

  it('says nothing while the profile it was picked under is still the active one', () => {
    expect(pickedUnderAnotherProfile('p1', 'p1', what, hint)).toBeUndefined();
    expect(pickedUnderAnotherProfile(undefined, 'p1', what, hint)).toBeUndefined();
  });

  it("refuses with the caller's words inside its own, in English and by key", () => {
    const refused = pickedUnderAnotherProfile('p1', 'p2', what, hint);
    expect(refused).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'profileId',
        message: 'Refused a request from a page that is not Switchboard. under another profile than the active one. Nothing was sent.',
        hint: 'Pick a profile from the list.',
        say: { message: { key: 'connections.pickedElsewhere', values: { what } }, hint },
      },
    });
  });
});

describe('resolveTarget', () => {
  it('names a profile that is not there', async () => {
    const connections = createConnections({
      store: { read: async () => ({ version: 1, activeId: 'sandbox', profiles: [], sandbox: {} }) } as never,
      secrets: {} as never,
      sandbox: {} as never,
      log: memoryLogger().log,
    });
    const target = await connections.resolveTarget('gone');
    expect(target).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'profile',
        message: 'There is no profile "gone".',
        hint: 'Pick a profile from the list.',
        say: { message: { key: 'connections.noProfile.message', values: { profile: 'gone' } }, hint: { key: 'connections.noProfile.hint' } },
      },
    });
    if (!target.ok) expect(inEnglish(target.error.say!.message)).toBe(target.error.message);
  });
});
