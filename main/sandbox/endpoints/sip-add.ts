import { randomBytes } from 'node:crypto';
import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isDigits, isIntegerIn, isText } from '../rules';
import { addPhoneBatch, isPhoneNameUsed, passwordFrom } from '../state';

export const randomPassword = () => passwordFrom(() => randomBytes(4).readUInt32BE() / 2 ** 32);

export function sipAdd({ state, body }: EndpointContext): null {
  const { groupName, phoneName, quantity, displayNum, appId } = body;
  check(isText(groupName, 4, 32), '-22', 'groupName must be 4–32 characters');
  check(isText(phoneName, 4, 32), '-22', 'phoneName must be 4–32 characters');
  check(isIntegerIn(quantity, 1, 50), '-22', 'quantity must be an integer 1–50');
  check(isDigits(displayNum, 7, 13), '-22', 'displayNum must be 7–13 digits');
  check(appId === state.appId, '-22', 'appId is not this account’s voice application');
  check(!state.phones.some((phone) => phone.groupName === groupName), '-20', 'groupName already exists');
  check(!isPhoneNameUsed(state.phones, phoneName), '-20', 'phoneName already exists');
  check(state.phones.length + quantity <= state.limits.phones, '-23', `at most ${state.limits.phones} phones`);

  addPhoneBatch(state.phones, { groupName, phoneName, quantity, displayNum }, randomPassword);
  return null;
}
