import { createEventHub, EVENTS, type EventHub, type EventName, type EventPayload } from '../../../contract/events';
import { buildBridge, METHODS, type MethodName } from '../../../contract/methods';
import type { Result } from '../../../contract/result';

let events: EventHub | undefined;

/** Installs window.switchboard answering from `answers`; records every call. */
export function installBridge(answers: Partial<Record<MethodName, (input: unknown) => Result<unknown>>>) {
  const calls: { method: MethodName; input: unknown }[] = [];
  events = createEventHub(EVENTS);
  window.switchboard = buildBridge(
    METHODS,
    async (method, input) => {
      calls.push({ method, input });
      const answer = answers[method];
      if (!answer) throw new Error(`unexpected bridge call ${method}`);
      return answer(input);
    },
    events.on,
  );
  return calls;
}

/** Pushes an event to the page as main would, through the installed bridge's hub. */
export function sendEvent<E extends EventName>(event: E, payload: EventPayload<E>): void {
  if (!events) throw new Error('no bridge installed');
  events.deliver(event, payload);
}

export const NO_POLICY = { path: '/etc/switchboard/policy.json', state: 'none' as const, baseUrl: null, hideSandbox: false, presets: [], updateFeed: null };

/** Updates where no policy names a feed: never looked for. */
export const NO_UPDATES = { feed: null, available: false, checks: 'daily' as const, lastCheckedAt: null, version: '0.1.0', progress: { step: 'idle' as const } };

/** What main answers on a first run: only the built-in sandbox, active. */
export const FIRST_RUN_PROFILES = {
  activeId: 'sandbox',
  profiles: [
    { id: 'sandbox', name: 'Sandbox', baseUrl: 'http://127.0.0.1:4010', appId: 'app-7f3c21', apiKeyMasked: 'sbx…9f', sandbox: true },
  ],
};

/** The sandbox's seeded balance, with no low-balance warning set. */
/** Two of the sandbox's phones, as the Dialer's phone picker reads them. */
export const DIALER_PHONES = {
  profileId: 'sandbox',
  fetchedAt: '2025-07-01T10:00:00.000Z',
  phones: [
    { account: '80010001', phoneName: 'desk-1', groupName: 'Front Office', displayNum: '447700900123' },
    { account: '80010004', phoneName: 'support-1', groupName: 'Support Team', displayNum: '12025550143' },
  ],
};

export const SANDBOX_BALANCE = { profileId: 'sandbox', balance: '25.00', gift: '0.00', credit: '0.00', fetchedAt: '2025-07-01T10:00:00.000Z', threshold: null, low: false };

export const shellAnswers = (version = '1') => ({
  'app.info': () => ({ ok: true as const, value: { name: 'Switchboard', version, platform: 'linux' } }),
  // No machine policy, as on most workstations; the Profiles and Settings screens ask.
  'app.policy': () => ({ ok: true as const, value: NO_POLICY }),
  'profiles.list': () => ({ ok: true as const, value: FIRST_RUN_PROFILES }),
  // The Dialer, the first screen, reads the phones and the call history on open.
  'phones.list': () => ({ ok: true as const, value: { profileId: 'sandbox', fetchedAt: '2025-07-01T10:00:00.000Z', phones: [] } }),
  'calls.history': () => ({ ok: true as const, value: { entries: [], total: 0, matched: 0, phones: [], profiles: [] } }),
  // The history asks main which calls' outcomes are still to come; none on a first run.
  'calls.checkOutcomes': () => ({ ok: true as const, value: { checked: 0, filed: 0, watching: 0, deferred: 0, nextCheckInMs: null } }),
  'trunks.list': () => ({ ok: true as const, value: { profileId: 'sandbox', fetchedAt: '2025-07-01T10:00:00.000Z', total: 0, current: 1, size: 20, pages: 0, records: [] } }),
  'numbers.recent': () => ({ ok: true as const, value: { profileId: 'sandbox', numbers: [] } }),
  // The Dialer's type-ahead and the names beside numbers read the address book; empty on a first run.
  'contacts.list': () => ({ ok: true as const, value: { contacts: [] } }),
  // The Numbers screen starts from the account's numbers.
  'numbers.list': () => ({ ok: true as const, value: { profileId: 'sandbox', fetchedAt: '2025-07-01T10:00:00.000Z', numbers: [] } }),
  // Activity reads the numbers' calls of the last week, Call lists the profile's lists; none on a first run.
  'calls.activity': () => ({ ok: true as const, value: { profileId: 'sandbox', fetchedAt: '2025-07-01T10:00:00.000Z', since: '2025-06-24', until: '2025-07-01', records: [] } }),
  'contacts.callLists': () => ({ ok: true as const, value: { profileId: 'sandbox', lists: [] } }),
  // The Changes screen reads this computer's change journal; empty on a first run.
  'changes.list': () => ({ ok: true as const, value: { entries: [] } }),
  // Settings reads how this computer is set up: links, the dial shortcut, the tray, notices, updates.
  'app.linkHandler': () => ({ ok: true as const, value: { available: true, schemes: [{ scheme: 'tel', handled: false }, { scheme: 'callto', handled: false }] } }),
  'app.dialShortcut': () => ({ ok: true as const, value: { available: true, accelerator: null, registered: false } }),
  'app.desktopSettings': () => ({ ok: true as const, value: { keepInTray: false } }),
  'app.language': () => ({ ok: true as const, value: { choice: 'system' as const, system: ['en-US'] } }),
  'app.notifications': () => ({ ok: true as const, value: { available: true, kinds: { callOutcome: true, lowBalance: true, numberExpiring: true } } }),
  'app.updates': () => ({ ok: true as const, value: NO_UPDATES }),
  // The header shows the active profile's balance.
  'account.balance': () => ({ ok: true as const, value: SANDBOX_BALANCE }),
  // Reports reads the last week's calls and the balance reads; none on a first run.
  'reports.calls': (input: unknown) => ({ ok: true as const, value: emptyReport(input as { since: string; until: string }) }),
  'account.balanceHistory': () => ({ ok: true as const, value: { profileId: 'sandbox', points: [], threshold: null, forecast: null, noForecast: 'few-reads' as const } }),
});

const NO_CALLS = { calls: 0, answered: 0, noAnswer: 0, busy: 0, failed: 0, answerRate: null, talkSeconds: 0, averageTalkSeconds: null, spend: 0 };

/** The report of a period without calls, as main answers it for the sandbox on a first run. */
export const emptyReport = ({ since, until }: { since: string; until: string }) => ({
  profileId: 'sandbox',
  fetchedAt: '2025-07-01T10:00:00.000Z',
  since,
  until,
  utcOffsetMinutes: 0,
  totals: NO_CALLS,
  byDay: [],
  byGroup: [],
  byPhone: [],
  byNumber: [],
  choices: { groups: [], phones: [], numbers: [] },
  daysRead: 0,
  daysKept: 0,
});
