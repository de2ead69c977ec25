import { fail, ok, type Result } from '../../../contract/result';
import { phoneSetupText, type SecretCopied } from '../../../contract/schemas/phones';
import { pickedUnderAnotherProfile, type Connections } from '../../platform/connections/connections';
import type { SecretClipboard } from '../../desktop/clipboard-policy';
import { spoken } from '../../platform/messages';
import type { Services } from '../../router';
import { RELOAD_PHONES_HINT } from './claim-errors';
import type { PhoneDirectoryCache } from './directory';

/**
 * Copies of a phone's password, alone or in its setup text, made here rather than in the page: main
 * can read the clipboard back without the page being allowed to, and so takes the password off it
 * again once its time is up, if it is still there. The answer says when; it never holds the password.
 */
export function createPhoneCopyServices(deps: {
  connections: Pick<Connections, 'active'>;
  directory: Pick<PhoneDirectoryCache, 'password'>;
  /** Absent where there is no clipboard (the CLI). */
  clipboard: SecretClipboard | undefined;
}): Pick<Services, 'phones.copyPassword' | 'phones.copySetup'> {
  const copyWith = async (account: string, profileId: string | undefined, text: (password: string) => string): Promise<Result<SecretCopied>> => {
    const { clipboard } = deps;
    if (!clipboard) return fail({ kind: 'internal', ...spoken({ key: 'phones.noClipboard.message' }, { key: 'phones.noClipboard.hint' }) });
    const active = await deps.connections.active();
    if (!active.ok) return active;
    const elsewhere = pickedUnderAnotherProfile(profileId, active.value.target.profileId, { key: 'phones.picked.phone', values: { account } }, RELOAD_PHONES_HINT);
    if (elsewhere) return elsewhere;
    const password = await deps.directory.password(account);
    return password.ok ? ok(await clipboard.copy(text(password.value))) : password;
  };
  return {
    'phones.copyPassword': ({ account, profileId }) => copyWith(account, profileId, (password) => password),
    'phones.copySetup': ({ account, profileId, registrar }) => copyWith(account, profileId, (password) => phoneSetupText({ registrar, account, password })),
  };
}
