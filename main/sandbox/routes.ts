import type { Route } from './endpoint';
import { agentGroupQuery } from './endpoints/agent-group-query';
import { getBalance } from './endpoints/get-balance';
import { numberEdit } from './endpoints/number-edit';
import { numberQuery } from './endpoints/number-query';
import { numberRecordQuery } from './endpoints/number-record-query';
import { recordSip } from './endpoints/record-sip';
import { recordSipQuery } from './endpoints/record-sip-query';
import { recordingUrl } from './endpoints/recording-url';
import { sendSip } from './endpoints/send-sip';
import { sipAdd } from './endpoints/sip-add';
import { sipQuery } from './endpoints/sip-query';
import { sipReset } from './endpoints/sip-reset';
import { trunkQuery } from './endpoints/trunk-query';
import { trunkUpdate } from './endpoints/trunk-update';

/** Every emulated endpoint. Adding one = a handler in endpoints/ and a line here. */
const ROUTES: readonly Route[] = [
  { method: 'POST', path: '/voice/sendSip', handle: sendSip },
  { method: 'POST', path: '/voice/sipAdd', handle: sipAdd },
  { method: 'POST', path: '/voice/sipQuery', handle: sipQuery },
  { method: 'POST', path: '/voice/sipReset', handle: sipReset },
  { method: 'GET', path: '/voice/recordSip/:voiceId', handle: recordSip },
  { method: 'POST', path: '/voice/recordSipQuery', handle: recordSipQuery },
  { method: 'GET', path: '/voice/getRecordingFileUrl', handle: recordingUrl },
  { method: 'POST', path: '/number/edit', handle: numberEdit, disabledKeyCode: '-30' },
  { method: 'POST', path: '/number/queryPage', handle: numberQuery },
  { method: 'POST', path: '/number/record/queryPage', handle: numberRecordQuery },
  { method: 'POST', path: '/v3/cc/sipTrunk/query', handle: trunkQuery, numericStatus: true },
  { method: 'POST', path: '/v3/cc/sipTrunk/update', handle: trunkUpdate },
  { method: 'POST', path: '/v3/cc/seatGroup/query', handle: agentGroupQuery },
  { method: 'GET', path: '/sms/getBalance', handle: getBalance, fieldsAtTopLevel: true },
];

/** The route a path names, with its path parameters decoded; undefined when none matches. */
export function matchRoute(path: string): { route: Route; pathParams: Record<string, string> } | undefined {
  const segments = path.split('/');
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) continue;
    const pathParams: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? '';
      if (!part.startsWith(':')) return part === segment;
      if (segment === '') return false;
      try {
        pathParams[part.slice(1)] = decodeURIComponent(segment);
        return true;
      } catch {
        return false;
      }
    });
    if (matches) return { route, pathParams };
  }
  return undefined;
}
