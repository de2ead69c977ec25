import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isObject, page, readPage } from '../rules';

export function sipQuery({ state, body }: EndpointContext) {
  const request = readPage(body);
  check(isObject(body.params) && body.params.appId === state.appId, '-22', 'params.appId must be this account’s voice application');
  return page(state.phones, request, ({ groupName, phoneName, account, password, displayNum }) => ({ groupName, phoneName, account, password, displayNum }));
}
