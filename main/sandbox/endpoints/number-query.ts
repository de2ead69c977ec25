import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isAbsent, isObject, page, readPage } from '../rules';
import type { SandboxState, VoiceNumber } from '../state';

/** The record as the vendor lists it: enableVoicemail an integer here, a string on number/edit. */
const toRecord = (state: SandboxState) => (number: VoiceNumber) => ({
  number: number.number,
  ccode: number.ccode,
  country: number.country,
  dueDate: number.dueDate,
  state: number.numberState,
  inboundPrefix: number.inboundPrefix,
  type: number.type,
  outIp: number.outIp,
  inIp: number.inIp,
  remark: number.remark,
  appId: state.appId,
  enableVoicemail: Number(number.enableVoicemail),
  voicemailFileId: number.greeting ? `vm-${number.number}.${number.greeting.format}` : null,
  voicemailFileName: number.greeting?.fileName ?? null,
  voicemailMaxHangup: number.voicemailMaxHangup,
  // Undocumented, but in the vendor's Chinese sample: clients must take fields they do not know.
  autoRenew: 0,
});

export function numberQuery({ state, body }: EndpointContext) {
  const request = readPage(body);
  const { params } = body;
  check(isAbsent(params) || isObject(params), '-22', 'params must be an object');
  const appId = params?.appId;
  check(isAbsent(appId) || typeof appId === 'string', '-22', 'params.appId must be a string');
  // Every number of the sandbox belongs to its one voice application.
  const numbers = !appId || appId === state.appId ? state.numbers : [];
  return page(numbers, request, toRecord(state));
}
