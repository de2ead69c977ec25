import { fail, invalidField, ok } from '../../../contract/result';
import { activityList, earliestKeptDay, type ActivityRecord } from '../../../contract/schemas/activity';
import { recordsKeptSince } from '../../../contract/schemas/call-history';
import { RECORDING_MAX_BYTES } from '../../../contract/schemas/calls';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE, shown, type NumberCallRecord } from '../../platform/itnio';
import { offsetTime, voiceWindows } from '../../platform/itnio/voice-windows';
import type { Connections } from '../../platform/connections/connections';
import type { KeepRead } from '../../platform/connections/kept-reads';
import type { Logger } from '../../platform/log';
import { spoken } from '../../platform/messages';
import type { Services } from '../../router';
import { downloadAudio } from './recording-download';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Room for ITNIO's clock running ahead of ours where what it keeps begins: a window starting there would be refused. */
const KEPT_MARGIN_MS = MINUTE_MS;
const DOWNLOAD_TIMEOUT_MS = 60_000;
/** Recording links kept per profile: far more than a screen shows, short of holding every read for ever. */
const MAX_KEPT_LINKS = 20_000;
const CALL_SOURCE: Readonly<Record<number, ActivityRecord['direction']>> = { 2: 'incoming', 3: 'outgoing' };

const isoOrEmpty = (ms: number | null): string => (ms === null ? '' : new Date(ms).toISOString());

/** The vendor's record for the renderer, or undefined for a call source the docs do not name. */
export function toActivityRecord(record: NumberCallRecord): ActivityRecord | undefined {
  const direction = record.callSource === null ? undefined : CALL_SOURCE[record.callSource];
  if (!direction) return undefined;
  const duration = record.callDuration ?? 0;
  const sipCode = shown(record.sipCode);
  // A talk time is the surest sign; a 200 with no duration still reached someone.
  const answered = duration > 0 || sipCode === '200';
  const callId = shown(record.callid);
  return {
    callId,
    number: shown(record.number),
    direction,
    caller: shown(record.caller),
    called: shown(record.called),
    country: shown(record.country),
    startTime: isoOrEmpty(record.startTime),
    endTime: isoOrEmpty(record.endTime),
    duration,
    chargedDuration: record.chargedDuration ?? 0,
    cost: record.pay ?? '',
    sipCode,
    hangupReason: shown(record.hangupReason),
    answered,
    missed: direction === 'incoming' && !answered,
    hasRecording: record.recordingFileUrl !== null && callId !== '',
  };
}

const KEPT_HINT = 'ITNIO keeps number call records for two months. Nothing was sent.';

/**
 * The account's number call history (`/number/record/queryPage`) over the operator's days, and the
 * recordings it links to. ITNIO takes 31 days at a time within the last two months, so a range is
 * read window by window, each window page by page, then merged, filtered and sorted newest first.
 * The recordings' links stay in main (per profile, this process only): the page asks by call id.
 */
export function createActivityServices(deps: {
  connections: Pick<Connections, 'active' | 'activeId'>;
  keep: KeepRead;
  log: Logger;
  now?: () => Date;
}): Pick<Services, 'calls.activity' | 'calls.activityRecording'> {
  const now = deps.now ?? (() => new Date());
  /** profile id → call id → the recording's link (null: read, and nothing was recorded). */
  const links = new Map<string, Map<string, string | null>>();

  const remember = (profileId: string, records: readonly NumberCallRecord[]) => {
    const byCall = links.get(profileId) ?? new Map<string, string | null>();
    links.set(profileId, byCall);
    for (const record of records) {
      const callId = shown(record.callid);
      if (!callId) continue;
      byCall.delete(callId);
      byCall.set(callId, record.recordingFileUrl);
    }
    // Oldest reads first out: a Map iterates in insertion order.
    for (const callId of byCall.keys()) {
      if (byCall.size <= MAX_KEPT_LINKS) break;
      byCall.delete(callId);
    }
  };

  return {
    'calls.activity': (input) =>
      deps.keep({ method: 'calls.activity', input, schema: activityList }, async () => {
        const at = now();
        const offset = input.utcOffsetMinutes ?? -at.getTimezoneOffset();
        const earliest = earliestKeptDay(at.getTime(), offset);
        if (input.since < earliest) return invalidField('since', `must be on or after ${earliest}: ITNIO keeps number call records for two months`, KEPT_HINT);
        const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`) - offset * MINUTE_MS;
        // The first day may have begun before what ITNIO keeps (two months back to the minute).
        const kept = Math.ceil((recordsKeptSince(at.getTime()) + KEPT_MARGIN_MS) / 1000) * 1000;
        const start = Math.max(dayStart(input.since), kept);
        const end = dayStart(input.until) + DAY_MS - 1000;

        const active = await deps.connections.active();
        if (!active.ok) return active;
        const { client, target } = active.value;
        const read: NumberCallRecord[] = [];
        // One window after another, each with the pages' own polite concurrency.
        for (const window of voiceWindows(start, end)) {
          const params = { strTime: offsetTime(window.from, offset), endTime: offsetTime(window.to, offset) };
          const pages = await fetchAllPages((current) => client.request(ENDPOINTS.numberRecordQuery, { current, size: MAX_PAGE_SIZE, params }));
          if (!pages.ok) return pages;
          read.push(...pages.value.records);
        }
        remember(target.profileId, read);

        const seen = new Set<string>();
        let unknownSource = 0;
        const records: ActivityRecord[] = [];
        for (const vendorRecord of read) {
          const record = toActivityRecord(vendorRecord);
          if (!record) {
            unknownSource++;
            continue;
          }
          if (record.callId && seen.has(record.callId)) continue;
          seen.add(record.callId);
          records.push(record);
        }
        if (unknownSource > 0) deps.log.error('calls.activity.unknownSource', { records: unknownSource });
        const wanted = records
          .filter((record) => input.number === undefined || record.number.replace(/\D/g, '') === input.number)
          .filter((record) => input.direction === undefined || record.direction === input.direction)
          .filter((record) => !input.missed || record.missed)
          .filter((record) => !input.answered || record.answered)
          .sort((a, b) => (Date.parse(b.startTime) || 0) - (Date.parse(a.startTime) || 0));
        return ok({ profileId: target.profileId, fetchedAt: at.toISOString(), since: input.since, until: input.until, records: wanted });
      }),

    'calls.activityRecording': async ({ callId, profileId }) => {
      const owner = profileId === undefined ? await deps.connections.activeId() : ok(profileId);
      if (!owner.ok) return owner;
      const byCall = links.get(owner.value);
      if (!byCall?.has(callId)) {
        return invalidField('callId', 'is not a call of the activity read in this session', 'Read the activity again, then play the recording from its row. Nothing was sent.');
      }
      const link = byCall.get(callId);
      if (!link) return fail({ kind: 'vendor', field: 'callId', ...spoken({ key: 'calls.recording.none' }, { key: 'calls.recording.checkAnswered' }) });
      if (!/^https?:\/\//i.test(link)) {
        return fail({ kind: 'server', ...spoken({ key: 'calls.recording.notWebLink' }, { key: 'calls.supportHint' }) });
      }
      const started = performance.now();
      const audio = await downloadAudio(link, { maxBytes: RECORDING_MAX_BYTES, timeoutMs: DOWNLOAD_TIMEOUT_MS });
      const ms = Math.round(performance.now() - started);
      // The link may be a credential of its own: only the outcome, the size and the time reach the log.
      if (!audio.ok) {
        deps.log.error('activity.recording.download', { kind: audio.error.kind, ms });
        return audio;
      }
      deps.log.info('activity.recording.download', { bytes: audio.value.bytes.length, ms });
      const { bytes, mimeType, extension } = audio.value;
      return ok({ recordingId: callId, bytes, mimeType, fileName: `call-${callId.replace(/[^\w-]/g, '_')}.${extension}` });
    },
  };
}
