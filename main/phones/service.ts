import { ok } from '../../contract/result';
import type { Services } from '../router';
import type { PhoneDirectoryCache } from './directory';

export function createPhoneServices(deps: { directory: PhoneDirectoryCache }): Pick<Services, 'phones.list' | 'phones.password'> {
  return {
    'phones.list': (input) => deps.directory.list(Boolean(input?.refresh)),
    'phones.password': async ({ account }) => {
      const password = await deps.directory.password(account);
      return password.ok ? ok({ account, password: password.value }) : password;
    },
  };
}
