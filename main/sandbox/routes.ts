import type { Route } from './endpoint';
import { numberEdit } from './endpoints/number-edit';
import { sendSip } from './endpoints/send-sip';
import { sipAdd } from './endpoints/sip-add';
import { sipQuery } from './endpoints/sip-query';
import { trunkQuery } from './endpoints/trunk-query';
import { trunkUpdate } from './endpoints/trunk-update';

/** Every emulated endpoint. Adding one = a handler in endpoints/ and a line here. */
export const ROUTES: readonly Route[] = [
  { method: 'POST', path: '/voice/sendSip', handle: sendSip },
  { method: 'POST', path: '/voice/sipAdd', handle: sipAdd },
  { method: 'POST', path: '/voice/sipQuery', handle: sipQuery },
  { method: 'POST', path: '/number/edit', handle: numberEdit, disabledKeyCode: '-30' },
  { method: 'POST', path: '/v3/cc/sipTrunk/query', handle: trunkQuery, numericStatus: true },
  { method: 'POST', path: '/v3/cc/sipTrunk/update', handle: trunkUpdate },
];
