import type { AppError } from '../../../../contract/result';
import { activityInput, type ActivityInput, type ActivityList, type ActivityRecord } from '../../../../contract/schemas/activity';
import { i18n } from '../../i18n';
import { ruleWords } from '../../i18n/said';
import { accountChanged, isCurrentAccount, scopeToAccount } from '../../ui/account-scope';
import { bridge } from '../../ui/bridge';
import { dayOf } from '../../ui/days';
import { fieldMessage } from '../../ui/field-errors';
import { startLatest, type Latest } from '../../ui/latest';
import { useNavigation } from '../../ui/navigation';
import { resettableStore } from '../../ui/resettable';
import { useDialRequests } from './dial-requests';

/** The filter row as the operator sets it: days as the date fields hold them (YYYY-MM-DD), '' for every number. */
export interface ActivityFilters {
  since: string;
  until: string;
  number: string;
  direction: 'all' | 'incoming' | 'outgoing';
  answered: 'all' | 'answered' | 'missed';
}

export type ActivityFilterField = keyof ActivityFilters;

/**
 * A rule a filter's value breaks: the schema's own words, or the row's own rule, kept as such so
 * that it is said in the language of the moment it is shown.
 */
type ActivityProblem = { message: string } | { rule: 'untilBeforeFrom' };

/** A filter field and the rule its value breaks, for the words under it. */
export type ActivityProblems = Partial<Record<ActivityFilterField, ActivityProblem>>;

/** How many days the row shows until the operator picks others: the last week, today included. */
const DEFAULT_DAYS = 7;

const daysBefore = (today: Date, days: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - days);

/** The last week, today included, as the operator's calendar has it. */
const lastWeek = (today = new Date()): Pick<ActivityFilters, 'since' | 'until'> => ({ since: dayOf(daysBefore(today, DEFAULT_DAYS - 1)), until: dayOf(today) });


/** Which filter field each field of the contract's input is shown on: "missed" and "answered" share one choice. */
const FIELD_OF: Readonly<Record<string, ActivityFilterField>> = { since: 'since', until: 'until', number: 'number', direction: 'direction', missed: 'answered', answered: 'answered' };

/** The filter field an error from main is about, if it is about one. */
export const filterFieldOf = (error: AppError | undefined): ActivityFilterField | undefined => (error?.field ? FIELD_OF[error.field.split('.')[0]!] : undefined);

/**
 * The contract's input for what the row holds, in the operator's days (the computer's offset
 * from UTC now), checked with the schema main parses it with. A broken rule is answered per
 * field, and nothing is to be sent.
 */
export function activityInputOf(filters: ActivityFilters, utcOffsetMinutes = -new Date().getTimezoneOffset()): { ok: true; value: ActivityInput } | { ok: false; problems: ActivityProblems } {
  const value: ActivityInput = {
    since: filters.since,
    until: filters.until,
    utcOffsetMinutes,
    ...(filters.number ? { number: filters.number } : {}),
    ...(filters.direction !== 'all' ? { direction: filters.direction } : {}),
    ...(filters.answered === 'missed' ? { missed: true } : filters.answered === 'answered' ? { answered: true } : {}),
  };
  const parsed = activityInput.safeParse(value);
  if (parsed.success) return { ok: true, value };
  const problems: ActivityProblems = {};
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF[String(issue.path[0])];
    if (!field || problems[field]) continue;
    // The schema calls the first day `since`; the field is labelled From.
    problems[field] = field === 'until' && issue.code === 'custom' ? { rule: 'untilBeforeFrom' } : { message: issue.message };
  }
  return { ok: false, problems };
}

/** The recording player's state: the call it plays, and the audio once main has fetched it. */
export type ActivityPlayer =
  | { status: 'loading'; record: ActivityRecord }
  | { status: 'ready'; record: ActivityRecord; url: string }
  | { status: 'failed'; record: ActivityRecord; error: AppError };

interface ActivityState {
  /** What the row holds; the days are '' until the screen first opens (then the last week). */
  filters: ActivityFilters;
  /** Rules the row's values break: nothing was sent. */
  problems: ActivityProblems;
  list: ActivityList | undefined;
  /** The input `list` was read with: a failed read of other filters must not leave it shown under them. */
  listInput: string | undefined;
  loading: boolean;
  /** Main's refusal or the read's failure; shown on its filter field when it names one. */
  error: AppError | undefined;
  /** Changing filters fast sends several reads; only the newest answer is shown. */
  listRequest: Latest;
  player: ActivityPlayer | undefined;
  /** Only the player's latest call may land: the operator may close it and open another before the audio arrives. */
  recordingRequest: Latest;
  /** The screen opens: the last week unless days were picked, read afresh. */
  open(): Promise<void>;
  /** Changes some filters and reads again, unless one of them breaks its rule (it says so on its field). */
  filter(changes: Partial<ActivityFilters>): Promise<void>;
  /** The activity as the filters ask for it. */
  load(): Promise<void>;
  /** Fetches a call's recording through main (the page may not reach the network) and opens the player. */
  play(record: ActivityRecord): Promise<void>;
  closePlayer(): void;
}

const NO_DAYS: ActivityFilters = { since: '', until: '', number: '', direction: 'all', answered: 'all' };

export const useActivity = resettableStore<ActivityState>()((set, get, store) => {
  const releasePlayer = () => {
    const { player } = get();
    if (player?.status === 'ready') URL.revokeObjectURL(player.url);
  };

  return {
    filters: NO_DAYS,
    problems: {},
    list: undefined,
    listInput: undefined,
    loading: false,
    error: undefined,
    listRequest: undefined,
    player: undefined,
    recordingRequest: undefined,

    open: async () => {
      const { filters } = get();
      if (!filters.since && !filters.until) set({ filters: { ...filters, ...lastWeek() } });
      await get().load();
    },

    filter: async (changes) => {
      set(({ filters }) => ({ filters: { ...filters, ...changes } }));
      await get().load();
    },

    load: async () => {
      // Started even for a row that breaks a rule: an answer to the filters before it must not land under it.
      const stillLatest = startLatest(store, 'listRequest');
      const checked = activityInputOf(get().filters);
      if (!checked.ok) {
        set({ problems: checked.problems, error: undefined, loading: false });
        return;
      }
      const input = JSON.stringify(checked.value);
      set({ problems: {}, loading: true });
      const result = await bridge().calls.activity(checked.value);
      if (!stillLatest()) return;
      if (!result.ok) {
        // What was read with these very filters stays, marked by the failure; another filter's calls go.
        const kept = get().listInput === input;
        set({ loading: false, error: accountChanged(result.error) ?? result.error, ...(kept ? {} : { list: undefined, listInput: undefined }) });
      } else if (isCurrentAccount(result.value.profileId)) {
        set({ list: result.value, listInput: input, loading: false, error: undefined });
      } else {
        set({ loading: false });
      }
    },

    play: async (record) => {
      releasePlayer();
      const stillLatest = startLatest(store, 'recordingRequest');
      set({ player: { status: 'loading', record } });
      const profileId = get().list?.profileId;
      const result = await bridge().calls.activityRecording({ callId: record.callId, ...(profileId ? { profileId } : {}) });
      if (!stillLatest()) return;
      if (!result.ok) {
        set({ player: { status: 'failed', record, error: accountChanged(result.error) ?? result.error } });
        return;
      }
      const { bytes, mimeType } = result.value;
      // A blob: URL, which the page's CSP allows for media; the bytes never touch the network again.
      const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: mimeType }));
      set({ player: { status: 'ready', record, url } });
    },

    closePlayer: () => {
      releasePlayer();
      set({ player: undefined, recordingRequest: undefined });
    },
  };
});

/**
 * Every call here is the old account's, and so is a chosen number; the player's recording too.
 * The days start again from the last week when the screen reads the new account's calls.
 */
scopeToAccount(useActivity, ['filters', 'problems', 'list', 'listInput', 'loading', 'error', 'listRequest', 'player', 'recordingRequest'], () => useActivity.getState().closePlayer());

/** The words under a filter field: its broken rule, else main's refusal of it. */
export function problemOn(field: ActivityFilterField, { problems, error }: Pick<ActivityState, 'problems' | 'error'>): string | undefined {
  const problem = problems[field];
  if (problem) return 'message' in problem ? ruleWords(problem.message) : i18n.t(`calls:filters.${problem.rule}`);
  return filterFieldOf(error) === field && error ? fieldMessage(error) : undefined;
}

/** The other end of a call: who called in, or whom the account's number called. */
export const otherParty = (record: ActivityRecord): string => (record.direction === 'incoming' ? record.caller : record.called);

/**
 * Puts the other party's number in the Dialer and goes there; nothing is dialled, the operator
 * presses Call. With its +, an international number in digits reads the same whatever country
 * the Dialer has chosen for local numbers.
 */
export function callBack(record: ActivityRecord): void {
  const number = otherParty(record);
  useDialRequests.setState({ pending: /^\d+$/.test(number) ? `+${number}` : number });
  useNavigation.getState().go('dialer');
}
