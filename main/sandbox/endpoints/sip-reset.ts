import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isText } from '../rules';
import { randomPassword } from './sip-add';

/** Gives one phone a new SIP password and answers it (the only change the vendor allows on a phone). */
export function sipReset({ state, body }: EndpointContext) {
  const { account, appId } = body;
  check(isText(account, 4, 32), '-22', 'account must be 4–32 characters');
  check(appId === state.appId, '-22', 'appId is not this account’s voice application');
  const phone = state.phones.find((candidate) => candidate.account === account);
  check(phone, '-24', 'no such phone');
  phone.password = randomPassword();
  return { account, password: phone.password };
}
