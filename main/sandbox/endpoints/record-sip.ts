import { callRecordOf, findCall } from '../call-records';
import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { isText } from '../rules';

/**
 * One call's record by the id sendSip answered. The vendor documents no code for a record that
 * does not exist (yet), so the sandbox answers success with `data: null` until the record is
 * filed, for ids it never issued and for calls older than two months; a malformed id is -22.
 */
export function recordSip({ state, pathParams, now }: EndpointContext) {
  const { voiceId } = pathParams;
  check(isText(voiceId, 1, 64), '-22', 'voiceId must be 1–64 characters');
  const call = findCall(state, voiceId);
  return (call && callRecordOf(state, call, now)) ?? null;
}
