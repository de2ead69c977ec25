import type { NoticeKind, NoticeKinds, NoticeSettings } from '../../contract/schemas/app';
import type { AccountBalance } from '../../contract/schemas/account';
import type { HistoryEntry } from '../../contract/schemas/call-history';
import { callDetailsSaid, callEndingSaid } from '../../contract/schemas/call-record-text';
import type { CallRecord } from '../../contract/schemas/calls';
import type { NavigateTo } from '../../contract/schemas/events';
import { daysUntilDue, EXPIRY_WARNING_DAYS, expiresSoon, type NumberList } from '../../contract/schemas/numbers';
import type { Said } from '../../contract/said';
import { neutralise } from '../../contract/text';
import type { Logger } from '../platform/log';
import { inEnglish } from '../platform/messages';
import type { Say } from '../platform/speech';
import type { JsonStore } from '../platform/storage/json-store';
import type { settingsSchema } from '../platform/storage/settings';
import { realTimers, type Timers } from './timers';

/** One system notification: what it says, and what a click on it opens. */
export interface Notice {
  kind: NoticeKind;
  title: string;
  body: string;
  target: NavigateTo;
}

/** A notice as messages of main's catalog, said in the window's language when it is shown. */
type SaidNotice = Omit<Notice, 'title' | 'body'> & { title: Said; body: Said };

/** The system's notifications (Electron's in the app); the CLI and the preview have none. */
export interface NoticeHost {
  supported(): boolean;
  /** The operator is looking at the window: what a notice would say is on screen already. */
  windowInFront(): boolean;
  show(notice: Notice): void;
}

/** How often the app reads the balance and the numbers by itself, so a notice comes while the window is away. */
export const NOTICE_CHECKS = { firstAfterMs: 60_000, balanceEveryMs: 15 * 60_000, numbersEveryMs: 12 * 3_600_000 } as const;

/** Every kind is on until the operator turns it off. */
const ALL_ON: NoticeKinds = { callOutcome: true, lowBalance: true, numberExpiring: true };

/** Vendor text (phone names, SIP reasons) shows, never acts, and never fills the screen. */
const MAX_LINE = 160;
const line = (text: string) => {
  const shown = neutralise(text).trim();
  return shown.length > MAX_LINE ? `${shown.slice(0, MAX_LINE - 1)}…` : shown;
};

/** Several numbers expiring are one notice; its body names this many. */
const NUMBERS_NAMED = 3;

/** Parts of one line, joined with `key` ("a · b", "a, b"). */
const joined = (key: 'desktop.notices.joined' | 'desktop.notices.numbersExpiring.list', first: Said, rest: readonly (Said | string)[]): Said =>
  rest.reduce<Said>((line, then) => ({ key, values: { first: line, then } }), first);

/** When a number expires: today, tomorrow, in 5 days. */
const when = (days: number): Said =>
  days === 0 ? { key: 'desktop.notices.numberExpiring.today' } : days === 1 ? { key: 'desktop.notices.numberExpiring.tomorrow' } : { key: 'desktop.notices.numberExpiring.inDays', values: { count: days } };

export interface NoticesDeps {
  host: NoticeHost | undefined;
  settings: JsonStore<typeof settingsSchema>;
  /** The profile's name, for the notices about one account's balance and numbers. */
  profileName(profileId: string): Promise<string>;
  log: Logger;
  /** Says a notice in the window's language of the moment (the app's); English unless said. */
  say?: Say;
  now?: () => Date;
  timers?: Timers;
}

export type Notices = ReturnType<typeof createNotices>;

/**
 * What Switchboard tells the operator while its window is away: a call's outcome once filed, the
 * balance going under the warning level, numbers about to expire. Each is told once (per crossing,
 * per number and due date), only while the window is not in front, and only of kinds left on. Notices
 * carry numbers, names and amounts; never a password or a key.
 */
export function createNotices(deps: NoticesDeps) {
  const now = deps.now ?? (() => new Date());
  const timers = deps.timers ?? realTimers;
  const say = deps.say ?? inEnglish;
  const available = () => deps.host?.supported() === true;
  /** Whether each profile's balance was under its level at the last read: a notice comes on the way down only. */
  const lowBefore = new Map<string, boolean>();
  /** Numbers told about, with their due date: a renewed number that nears its new date is told again. */
  const toldExpiring = new Set<string>();

  const kinds = async (): Promise<NoticeKinds> => {
    const chosen = (await deps.settings.read().catch(() => undefined))?.notices;
    return { ...ALL_ON, ...chosen };
  };

  /** Shows the notice when its kind is on and the window is away (in front, the screen says it already). */
  const tell = async (notice: SaidNotice): Promise<void> => {
    const { host } = deps;
    if (!host || !available() || host.windowInFront()) return;
    if (!(await kinds())[notice.kind]) return;
    try {
      host.show({ ...notice, title: line(say(notice.title)), body: line(say(notice.body)) });
      deps.log.info('notice shown', { kind: notice.kind });
    } catch {
      deps.log.error('notice not shown', { kind: notice.kind });
    }
  };

  return {
    settings: async (): Promise<NoticeSettings> => ({ available: available(), kinds: await kinds() }),

    setSettings: async (chosen: Partial<NoticeKinds>): Promise<NoticeSettings> => {
      await deps.settings.update((current) => ({ ...current, notices: { ...current.notices, ...chosen } }));
      return { available: available(), kinds: await kinds() };
    },

    /** A placed call's record was filed: how it ended, opening its row of the history. */
    callFiled: (entry: HistoryEntry, record: CallRecord): Promise<void> => {
      const details = callDetailsSaid(record);
      const fromPhone: Said = { key: 'desktop.notices.callOutcome.fromPhone', values: { account: entry.account } };
      return tell({
        kind: 'callOutcome',
        title: { key: 'desktop.notices.callOutcome.title', values: { ending: callEndingSaid(record).label, callee: entry.callee } },
        body: joined('desktop.notices.joined', fromPhone, [...(details ? [details] : []), ...(entry.profileName ? [entry.profileName] : [])]),
        target: { to: 'call', entryId: entry.id },
      });
    },

    /** The balance went under the profile's level since the last read (or is under it at the first). */
    balanceRead: async (balance: AccountBalance): Promise<void> => {
      // A kept answer, read while ITNIO could not be reached, says nothing new about the money.
      if (balance.stale) return;
      const was = lowBefore.get(balance.profileId);
      lowBefore.set(balance.profileId, balance.low);
      if (!balance.low || was === true || balance.threshold === null) return;
      await tell({
        kind: 'lowBalance',
        title: { key: 'desktop.notices.lowBalance.title', values: { balance: balance.balance } },
        body: { key: 'desktop.notices.lowBalance.body', values: { profile: await deps.profileName(balance.profileId), threshold: balance.threshold.toFixed(2) } },
        target: { to: 'balance' },
      });
    },

    /** Numbers expiring within the warning period that were not told of yet: one notice, the soonest first. */
    numbersRead: async (list: NumberList): Promise<void> => {
      if (list.stale) return;
      const today = now();
      const keyOf = (number: { number: string; dueDate: string }) => `${list.profileId}\n${number.number}\n${number.dueDate}`;
      const fresh = list.numbers
        .filter((number) => expiresSoon(number, today) && !toldExpiring.has(keyOf(number)))
        .map((number) => ({ number: number.number, days: daysUntilDue(number.dueDate, today)! }))
        .sort((a, b) => a.days - b.days);
      for (const number of list.numbers) if (expiresSoon(number, today)) toldExpiring.add(keyOf(number));
      const [first] = fresh;
      if (!first) return;
      const profile = await deps.profileName(list.profileId);
      const [firstNamed, ...named] = fresh.slice(0, NUMBERS_NAMED).map((number): Said => ({ key: 'desktop.notices.numbersExpiring.named', values: { number: number.number, when: when(number.days) } }));
      const listed = joined('desktop.notices.numbersExpiring.list', firstNamed!, named);
      const numbers: Said = fresh.length > NUMBERS_NAMED ? { key: 'desktop.notices.numbersExpiring.more', values: { list: listed, rest: fresh.length - NUMBERS_NAMED } } : listed;
      await tell({
        kind: 'numberExpiring',
        title:
          fresh.length === 1
            ? { key: 'desktop.notices.numberExpiring.title', values: { number: first.number, when: when(first.days) } }
            : { key: 'desktop.notices.numbersExpiring.title', values: { count: fresh.length, days: EXPIRY_WARNING_DAYS } },
        body: fresh.length === 1 ? { key: 'desktop.notices.numberExpiring.body', values: { profile } } : { key: 'desktop.notices.numbersExpiring.body', values: { profile, numbers } },
        target: { to: 'number', number: first.number },
      });
    },

    /**
     * Reads the balance and the numbers now and then through the given reads (which tell of what
     * they find), for the kinds that are on; nothing is read for a kind turned off. Answers a stop.
     */
    startChecks(read: { balance(): Promise<unknown>; numbers(): Promise<unknown> }): () => void {
      if (!deps.host) return () => undefined;
      const check = (kind: NoticeKind, run: () => Promise<unknown>) => async () => {
        if (!available() || !(await kinds())[kind]) return;
        await run().catch(() => deps.log.error('notice check failed', { kind }));
      };
      const balance = check('lowBalance', read.balance);
      const numbers = check('numberExpiring', read.numbers);
      const stops = [
        timers.after(NOTICE_CHECKS.firstAfterMs, () => balance().then(numbers)),
        timers.every(NOTICE_CHECKS.balanceEveryMs, balance),
        timers.every(NOTICE_CHECKS.numbersEveryMs, numbers),
      ];
      return () => stops.forEach((stop) => stop());
    },
  };
}
