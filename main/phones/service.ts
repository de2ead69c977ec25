import { ok } from '../../contract/result';
import type { FileDialogs } from '../files/dialogs';
import type { Logger } from '../log';
import type { Connections } from '../profiles/connections';
import type { Services } from '../router';
import { createPhoneBatch } from './batch';
import type { PhoneDirectoryCache } from './directory';
import { createPhonesExport } from './export';

export function createPhoneServices(deps: { directory: PhoneDirectoryCache }): Pick<Services, 'phones.list' | 'phones.password'> {
  return {
    'phones.list': (input) => deps.directory.list(Boolean(input?.refresh), input?.limit),
    'phones.password': async ({ account }) => {
      const password = await deps.directory.password(account);
      return password.ok ? ok({ account, password: password.value }) : password;
    },
  };
}

/** Provisioning: batches with sipAdd and their CSV sheet; both share the phone list's cache. */
export function createPhoneBatchServices(deps: {
  directory: PhoneDirectoryCache;
  connections: Connections;
  dialogs: FileDialogs;
  log: Logger;
}): Pick<Services, 'phones.create' | 'phones.exportCsv'> {
  return {
    'phones.create': createPhoneBatch(deps),
    'phones.exportCsv': createPhonesExport(deps),
  };
}
