import { ok, type Result } from '../../../contract/result';
import { recordingId as recordingIdRule, type CallRecord } from '../../../contract/schemas/calls';
import { recordsKeptSince } from '../../../contract/schemas/call-history';
import { ENDPOINTS, fetchAllPages, MAX_PAGE_SIZE } from '../../platform/itnio';
import type { Connections } from '../../platform/connections/connections';
import { callConnection } from './call-connection';
import { toCallRecord } from './call-records';

/**
 * How far from our attempt's time ITNIO's record of the call may say it was submitted: the
 * vendor's clock and ours differ, and a slow request reaches it late.
 */
export const MATCH_WINDOW_MS = 5 * 60_000;

/** A call of the history whose answer never came: it may or may not have reached ITNIO. */
export interface UnknownCall {
  profileId: string;
  /** ISO time of the attempt. */
  at: string;
  callee: string;
}

export type FoundCall = { found: false } | { found: true; recordingId: string; checkedAt: string; record: CallRecord };

/**
 * Looks for an unknown call among the phone call records ITNIO filed around its time
 * (`recordSipQuery`): the record with the same callee submitted nearest to the attempt, and not
 * already the record of another call of the history (`taken` recording ids). Records are filed
 * once a call ends, so a call still ringing or talking is not found yet.
 */
export function createUnknownCallLookup(deps: { connections: Pick<Connections, 'active' | 'resolveTarget' | 'clientFor'>; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return async (call: UnknownCall, taken: ReadonlySet<string>): Promise<Result<FoundCall>> => {
    const connection = await callConnection(deps.connections, call.profileId);
    if (!connection.ok) return connection;
    const nowMs = now().getTime();
    const at = Date.parse(call.at);
    const start = Math.max(at - MATCH_WINDOW_MS, recordsKeptSince(nowMs));
    const end = Math.max(start, Math.min(nowMs, at + MATCH_WINDOW_MS));
    // Whole seconds: the end is rounded up, so a call submitted within the last second is inside.
    const params = { strTime: vendorTime(start), endTime: vendorTime(Math.ceil(end / 1000) * 1000) };
    const pages = await fetchAllPages((current) => connection.value.client.request(ENDPOINTS.recordSipQuery, { current, size: MAX_PAGE_SIZE, params }));
    if (!pages.ok) return pages;
    const checkedAt = new Date(nowMs).toISOString();
    const distance = (submitTime: string | null) => Math.abs((submitTime ? Date.parse(submitTime) : Number.NaN) - at);
    const [match] = pages.value.records
      .filter((record) => record.callee?.replace(/\D/g, '') === call.callee && recordingIdRule.safeParse(record.voiceId).success && !taken.has(record.voiceId!))
      .filter((record) => distance(record.submitTime) <= MATCH_WINDOW_MS)
      .sort((a, b) => distance(a.submitTime) - distance(b.submitTime));
    return ok(match ? { found: true, recordingId: match.voiceId!, checkedAt, record: toCallRecord(match) } : { found: false });
  };
}

export type UnknownCallLookup = ReturnType<typeof createUnknownCallLookup>;

/** ISO-8601 with an offset and whole seconds, as the vendor's examples write it. */
const vendorTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
