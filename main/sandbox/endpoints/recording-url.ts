import { callRecordOf, findCall } from '../call-records';
import { check } from '../codes';
import type { EndpointContext } from '../endpoint';
import { createRecordingLink } from '../recordings';
import { isText } from '../rules';

/**
 * A short-lived link to a recording. The sandbox records phone calls only, so the vendor's default
 * source type (group) finds nothing: a client must send sourceType=sip, as the spec says.
 */
export function recordingUrl({ state, body, now, origin }: EndpointContext) {
  const { recordingFileId, sourceType = 'group' } = body;
  check(isText(recordingFileId, 1, 128), '-22', 'recordingFileId is required');
  check(sourceType === 'group' || sourceType === 'sip', '-22', 'sourceType must be group or sip');
  const call = findCall(state, recordingFileId.replace(/\.wav$/, ''));
  const recorded = sourceType === 'sip' && call !== undefined && callRecordOf(state, call, now)?.recordingFileId === recordingFileId;
  check(recorded, '-22', `no ${sourceType} recording ${recordingFileId}`);
  return createRecordingLink(state, recordingFileId, now, origin);
}
