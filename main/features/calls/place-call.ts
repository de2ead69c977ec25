import { randomBytes } from 'node:crypto';
import { fail, ok, type AppError, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import { CALL_NOTES } from '../../../contract/schemas/call-record-text';
import type { PlaceCall, PlacedCall } from '../../../contract/schemas/calls';
import type { HistoryEntry } from '../../../contract/schemas/call-history';
import { ENDPOINTS } from '../../platform/itnio';
import type { Logger } from '../../platform/log';
import { inEnglish, spoken } from '../../platform/messages';
import { pickedUnderAnotherProfile, type Connections } from '../../platform/connections/connections';
import type { CallHistory, LastAttempt, Refusal } from './history-store';

/** The same callee from the same phone within this long after the last attempt ended needs the operator's yes. */
export const REPEAT_WINDOW_MS = 5_000;

export interface PlaceCallDeps {
  connections: Pick<Connections, 'activeId' | 'active'>;
  history: CallHistory;
  /** The name the operator knows a profile by, for the history. */
  profileName: (profileId: string) => Promise<string>;
  log: Logger;
  now?: () => Date;
}

const repeatRefused = (call: PlaceCall, refusal: Refusal): Result<never> =>
  fail({
    kind: 'invalid-input',
    field: 'confirmRepeat',
    ...spoken(
      refusal.inFlight
        ? { key: 'calls.place.inFlight', values: { callee: call.callee, account: call.account } }
        : refusal.unknown
          ? { key: 'calls.place.mayHaveGone', values: { callee: call.callee, account: call.account, ago: ago(refusal.lastAttemptMs) } }
          : refusal.recordingId
            ? { key: 'calls.place.placedWithId', values: { callee: call.callee, account: call.account, ago: ago(refusal.lastAttemptMs), recordingId: refusal.recordingId } }
            : { key: 'calls.place.placed', values: { callee: call.callee, account: call.account, ago: ago(refusal.lastAttemptMs) } },
      refusal.unknown ? { key: 'calls.place.checkingHint' } : { key: 'calls.place.repeatHint', values: { seconds: REPEAT_WINDOW_MS / 1000 } },
    ),
  });

const ago = (ms: number): Said => {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 120 ? { key: 'calls.place.secondsAgo', values: { seconds } } : { key: 'calls.place.minutesAgo', values: { minutes: Math.round(seconds / 60) } };
};

/**
 * Places one call through sendSip and records the attempt. Sent once, never retried: the vendor
 * may have rung the phone even when no answer came back.
 */
export function createPlaceCall(deps: PlaceCallDeps) {
  const now = deps.now ?? (() => new Date());

  const record = async (entry: HistoryEntry): Promise<string | undefined> => {
    try {
      await deps.history.append(entry);
      return undefined;
    } catch (error) {
      deps.log.error('call history not saved', { code: (error as NodeJS.ErrnoException).code ?? 'unknown' });
      return inEnglish(CALL_NOTES.historyNotSaved);
    }
  };

  return async (call: PlaceCall): Promise<Result<PlacedCall>> => {
    const profileId = await deps.connections.activeId();
    if (!profileId.ok) return profileId;
    const elsewhere = pickedUnderAnotherProfile(
      call.profileId,
      profileId.value,
      { key: 'calls.place.phonePicked', values: { account: call.account } },
      { key: 'calls.place.pickAgainHint' },
    );
    if (elsewhere) return elsewhere;
    const pending = {
      id: randomBytes(8).toString('hex'),
      at: now().toISOString(),
      profileId: profileId.value,
      profileName: await deps.profileName(profileId.value),
      callee: call.callee,
      ...(call.country ? { country: call.country } : {}),
      account: call.account,
      ...(call.displayNum ? { displayNum: call.displayNum } : {}),
      ...(call.calledInfo ? { calledInfo: call.calledInfo } : {}),
    };
    // Claimed in the shared history before sending: no window or process can send its twin meanwhile.
    // A claim that cannot be written throws: the router answers with what the data folder said.
    const claim = await deps.history.claim(pending, (last) => (call.confirmRepeat ? undefined : repeatOf(last, now().getTime())));
    if (!claim.ok) return repeatRefused(call, claim.refusal);

    const answer = await send(deps.connections, call);
    const entry: HistoryEntry = {
      ...pending,
      ...(answer.ok
        ? { request: 'placed', recordingId: answer.value }
        : // A call whose answer never came or broke may have rung: it stays unknown until ITNIO's records say.
          { request: answer.error.reachedItnio === 'maybe' ? 'unknown' : 'failed', ...errorFields(answer.error) }),
    };
    const historyWarning = await record(entry);
    deps.log.info('call', { request: entry.request, kind: entry.errorKind, code: entry.errorCode });
    if (!answer.ok) return answer;
    return ok({
      recordingId: answer.value,
      callee: call.callee,
      ...(call.country ? { country: call.country } : {}),
      account: call.account,
      at: pending.at,
      ...(historyWarning ? { historyWarning } : {}),
    });
  };
}

/**
 * A call that may have rung holds the callee: one still being sent, one ITNIO placed less than the
 * window ago (a slow answer is when a second click is most likely), or one of unknown outcome until
 * its record is found or the history settles it. A call that failed rang nobody: it holds nothing.
 */
function repeatOf(last: LastAttempt | undefined, nowMs: number): Refusal | undefined {
  if (!last) return undefined;
  const sinceEnd = nowMs - last.endedAtMs;
  if (last.inFlight) return { inFlight: true, lastAttemptMs: nowMs - Date.parse(last.entry.at) };
  if (last.entry.request === 'unknown') return { inFlight: false, unknown: true, lastAttemptMs: nowMs - Date.parse(last.entry.at) };
  if (last.entry.request !== 'placed') return undefined;
  const { recordingId } = last.entry;
  return sinceEnd >= 0 && sinceEnd < REPEAT_WINDOW_MS ? { inFlight: false, lastAttemptMs: sinceEnd, ...(recordingId ? { recordingId } : {}) } : undefined;
}

async function send(connections: PlaceCallDeps['connections'], call: PlaceCall): Promise<Result<string>> {
  const active = await connections.active();
  if (!active.ok) return active;
  const { target, client } = active.value;
  const recordingId = await client.request(ENDPOINTS.sendSip, {
    callee: call.callee,
    account: call.account,
    appId: target.appId,
    ...(call.displayNum ? { displayNum: call.displayNum } : {}),
    ...(call.calledInfo ? { calledInfo: call.calledInfo } : {}),
  });
  if (recordingId.ok && (typeof recordingId.value !== 'string' || !recordingId.value)) {
    return fail({
      kind: 'server',
      reachedItnio: 'maybe',
      ...spoken({ key: 'calls.place.noRecordingId.message' }, { key: 'calls.place.noRecordingId.hint' }),
    });
  }
  return recordingId;
}

const errorFields = (error: AppError) => ({
  errorKind: error.kind,
  ...(error.code ? { errorCode: error.code } : {}),
  errorMessage: error.message,
  ...(error.say ? { say: { errorMessage: error.say.message } } : {}),
});
