import { ok } from '../../../contract/result';
import type { SecretClipboard } from '../../desktop/clipboard-policy';
import type { FileDialogs } from '../../platform/files/dialogs';
import type { Logger } from '../../platform/log';
import type { InFlightClaims } from '../../platform/storage/claims';
import type { Connections } from '../../platform/connections/connections';
import type { DomainServices } from '../../router';
import { createPhoneBatch } from './batch';
import { createPhoneCopyServices } from './copy';
import type { PhoneDirectoryCache } from './directory';
import { createPhonesExport } from './export';
import { createPhoneResetServices } from './password-reset';
import type { ChangeRecorder } from '../changes/recorder';

export { createPhoneDirectory, type PhoneDirectoryCache } from './directory';

/**
 * The phones' methods: the directory (list, passwords, copies of one), provisioning batches with
 * their CSV sheet, and password resets; all share the directory's cache, which the caller owns so
 * that a profile change can drop it.
 */
export function createPhoneServices(deps: {
  directory: PhoneDirectoryCache;
  connections: Connections;
  dialogs: FileDialogs;
  claims: InFlightClaims;
  log: Logger;
  clipboard: SecretClipboard | undefined;
  changes: ChangeRecorder;
}): DomainServices<'phones'> {
  return {
    'phones.list': (input) => deps.directory.list(Boolean(input?.refresh), input?.limit),
    'phones.password': async ({ account }) => {
      const password = await deps.directory.password(account);
      return password.ok ? ok({ account, password: password.value }) : password;
    },
    ...createPhoneCopyServices(deps),
    'phones.create': createPhoneBatch(deps),
    'phones.exportCsv': createPhonesExport(deps),
    ...createPhoneResetServices(deps),
  };
}
