import { check } from '../codes';
import type { EndpointContext } from '../endpoint';

/** The balance fields, which the vendor puts beside status and reason. Amounts are decimal strings. */
export function getBalance({ state }: EndpointContext) {
  check(!state.accountLocked, '-13');
  return { balance: state.balance.toFixed(2), gift: '0.00', credit: '0.00' };
}
