import { randomBytes } from 'node:crypto';
import { fail, ok, type AppError, type Result } from '../../../contract/result';
import type { PlaceCall, PlacedCall } from '../../../contract/schemas/calls';
import type { HistoryEntry } from '../../../contract/schemas/calls';
import { ENDPOINTS } from '../../platform/itnio';
import type { Logger } from '../../platform/log';
import type { Connections } from '../../platform/connections/connections';
import type { CallHistory } from './history-store';
import { REPEAT_WINDOW_MS, type RepeatGuard } from './repeat-guard';

export interface PlaceCallDeps {
  connections: Pick<Connections, 'activeId' | 'active'>;
  history: CallHistory;
  guard: RepeatGuard;
  /** The name the operator knows a profile by, for the history. */
  profileName: (profileId: string) => Promise<string>;
  log: Logger;
  now?: () => Date;
}

const repeatRefused = (call: PlaceCall, lastAttemptMs: number, inFlight: boolean): Result<never> =>
  fail({
    kind: 'invalid-input',
    field: 'confirmRepeat',
    message: inFlight
      ? `A call to ${call.callee} from phone ${call.account} is already being placed. Nothing more was sent.`
      : `You called ${call.callee} from phone ${call.account} ${Math.max(1, Math.round(lastAttemptMs / 1000))} s ago. Nothing was sent, so they are not rung twice.`,
    hint: `To ring them again, confirm the repeat call (switchboard call --confirm-repeat), or wait ${REPEAT_WINDOW_MS / 1000} seconds.`,
  });

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
      return 'The call is not in the history: the history file could not be written. Check the free space of your home folder.';
    }
  };

  return async (call: PlaceCall): Promise<Result<PlacedCall>> => {
    const profileId = await deps.connections.activeId();
    if (!profileId.ok) return profileId;
    const recordedAt = call.confirmRepeat ? undefined : await lastRecordedAttempt(deps.history, profileId.value, call);
    // No await between the guard's check and the request's start: a racing second call sees the claim.
    const claim = deps.guard.claim(JSON.stringify([profileId.value, call.callee, call.account]), call.confirmRepeat, recordedAt);
    if (!claim.ok) return repeatRefused(call, claim.lastAttemptMs, claim.inFlight);

    try {
      const at = now().toISOString();
      const answer = await send(deps.connections, call);
      const entry: HistoryEntry = {
        id: randomBytes(8).toString('hex'),
        at,
        profileId: profileId.value,
        profileName: await deps.profileName(profileId.value),
        callee: call.callee,
        ...(call.country ? { country: call.country } : {}),
        account: call.account,
        ...(call.displayNum ? { displayNum: call.displayNum } : {}),
        ...(call.calledInfo ? { calledInfo: call.calledInfo } : {}),
        ...(answer.ok ? { request: 'placed', recordingId: answer.value } : { request: 'failed', ...errorFields(answer.error) }),
      };
      const historyWarning = await record(entry);
      deps.log.info('call', { request: entry.request, kind: entry.errorKind, code: entry.errorCode });
      if (!answer.ok) return answer;
      return ok({
        recordingId: answer.value,
        callee: call.callee,
        ...(call.country ? { country: call.country } : {}),
        account: call.account,
        at,
        ...(historyWarning ? { historyWarning } : {}),
      });
    } finally {
      claim.release();
    }
  };
}

/** When this callee was last called from this phone, by this process or another (the CLI). */
async function lastRecordedAttempt(history: CallHistory, profileId: string, call: PlaceCall): Promise<number | undefined> {
  const entries = await history.entries().catch(() => []);
  const last = entries.find((entry) => entry.profileId === profileId && entry.callee === call.callee && entry.account === call.account);
  return last ? Date.parse(last.at) : undefined;
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
      message: 'The server accepted the call but sent no recording id.',
      hint: 'The call may be ringing: check your phone and the call records in the ITNIO console before calling again.',
    });
  }
  return recordingId;
}

const errorFields = (error: AppError) => ({
  errorKind: error.kind,
  ...(error.code ? { errorCode: error.code } : {}),
  errorMessage: error.message,
});
