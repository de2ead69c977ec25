import { roundMoney } from './rules';
import {
  addPhoneBatch,
  nextNumberCallId,
  passwordFrom,
  rateFor,
  recordingToken,
  type Call,
  type CallCourse,
  type CallEnding,
  type Credential,
  type NumberCall,
  type Rate,
  type SandboxState,
  type Trunk,
  type VoiceNumber,
} from './state';

export interface SeedOptions {
  /** Extra phones in a group named "Bulk", for big-list benchmarks. */
  extraPhones?: number;
}

const SEED_APP_ID = 'app-7f3c21';
const DEFAULT_PHONE_LIMIT = 2000;
/** Room for a few sipAdd batches on top of whatever was seeded. */
const PHONE_LIMIT_HEADROOM = 50;
/** Long enough that "no record yet" is seen, short enough for a test or a demo to wait it out. */
const DEFAULT_CDR_DELAY_MS = 2_000;
const DEFAULT_RECORDING_LINK_TTL_MS = 5 * 60_000;

/** Platform configuration, not account data: present even in an unseeded sandbox. */
const RATES: Rate[] = [
  { prefix: '1', country: 'United States / Canada', perCall: 0.03 },
  { prefix: '31', country: 'Netherlands', perCall: 0.06 },
  { prefix: '33', country: 'France', perCall: 0.06 },
  { prefix: '34', country: 'Spain', perCall: 0.06 },
  { prefix: '39', country: 'Italy', perCall: 0.06 },
  { prefix: '44', country: 'United Kingdom', perCall: 0.05 },
  { prefix: '49', country: 'Germany', perCall: 0.05 },
  { prefix: '52', country: 'Mexico', perCall: 0.07 },
  { prefix: '55', country: 'Brazil', perCall: 0.08 },
  { prefix: '61', country: 'Australia', perCall: 0.06 },
  { prefix: '62', country: 'Indonesia', perCall: 0.09 },
  { prefix: '63', country: 'Philippines', perCall: 0.1 },
  { prefix: '65', country: 'Singapore', perCall: 0.04 },
  { prefix: '81', country: 'Japan', perCall: 0.07 },
  { prefix: '84', country: 'Vietnam', perCall: 0.08 },
  { prefix: '86', country: 'China', perCall: 0.04 },
  { prefix: '91', country: 'India', perCall: 0.02 },
  { prefix: '234', country: 'Nigeria', perCall: 0.12 },
  { prefix: '27', country: 'South Africa', perCall: 0.09 },
  { prefix: '971', country: 'United Arab Emirates', perCall: 0.11 },
];

/** mulberry32: a fixed stream, so seeded passwords are the same on every run and in screenshots. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A date `days` from today, "yyyy-MM-dd": expiry dates stay as near as seeded whenever it runs. */
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// Numbers come from ranges reserved for drama and documentation (Ofcom 07700 900xxx and
// 020 7946 0xxx, NANP 555-01xx, Berlin 030 23125xxx), so nobody real is ever dialled.
// 13105550117 expires within 30 days, so the list has one to warn about.
const numbers = (): VoiceNumber[] => {
  const plain = {
    outIp: '',
    inIp: '',
    inboundPrefix: '',
    remark: '',
    enableVoicemail: '0',
    voicemailMaxHangup: null,
    greeting: null,
    workspaceDisabled: false,
    numberState: 3,
  } as const;
  return [
    {
      ...plain,
      number: '447700900123',
      ccode: '44',
      country: 'United Kingdom',
      type: 'MOBILE',
      outIp: '198.51.100.10,198.51.100.11',
      inIp: '203.0.113.20:5060',
      remark: 'Reception main line',
      enableVoicemail: '1',
      voicemailMaxHangup: 60,
      greeting: { fileName: 'reception-greeting.mp3', size: 48_213, format: 'mp3' },
      dueDate: inDays(200),
    },
    { ...plain, number: '442079460958', ccode: '44', country: 'United Kingdom', type: 'FIXED', inIp: '203.0.113.21', remark: 'London office', dueDate: inDays(95) },
    { ...plain, number: '12025550143', ccode: '1', country: 'United States', type: 'FIXED', inboundPrefix: '77', remark: 'US support', dueDate: inDays(330) },
    { ...plain, number: '13105550117', ccode: '1', country: 'United States', type: 'MOBILE', dueDate: inDays(12) },
    { ...plain, number: '493023125042', ccode: '49', country: 'Germany', type: 'FIXED', outIp: '2001:db8::15', remark: 'Berlin warehouse', dueDate: inDays(58) },
  ];
};

const AGENT_GROUPS = [
  { voiceGroupId: 101, groupName: 'Reception', callinStrategy: 1, countSeat: 4 },
  { voiceGroupId: 102, groupName: 'Sales EMEA', callinStrategy: 2, countSeat: 6 },
  { voiceGroupId: 103, groupName: 'Sales Americas', callinStrategy: 2, countSeat: 5 },
  { voiceGroupId: 104, groupName: 'Support Tier 1', callinStrategy: 1, countSeat: 8 },
  { voiceGroupId: 105, groupName: 'Support Tier 2', callinStrategy: 1, countSeat: 3 },
  { voiceGroupId: 106, groupName: 'Collections', callinStrategy: 3, countSeat: 2 },
];

/** The vendor's call-centre address customers must allow; one per media node. */
const CC_IP = '192.0.2.80';

// An agent group takes one outgoing and one incoming trunk; 106 is left free for outgoing and
// 103 for incoming, so an update can move a group without first unbinding one.
const trunks = (random: () => number): Trunk[] => {
  const trunk = (keyId: number, name: string, extra: Partial<Trunk>): Trunk => ({
    keyId,
    sipTrunkName: name,
    sipPrefix: null,
    type: 1,
    state: 1,
    sipGatewayIp: null,
    sipWhiteIp: null,
    ccIp: CC_IP,
    sipAccount: null,
    sipPassword: null,
    sipTrunkState: false,
    createTime: '2025-02-11 09:14:05',
    updateTime: '2025-02-11 09:14:05',
    groupList: [],
    ...extra,
  });
  const outgoing = (keyId: number, name: string, gateway: string, groupId: number, extra: Partial<Trunk> = {}) =>
    trunk(keyId, name, { sipGatewayIp: gateway, groupList: [{ voiceGroupId: groupId, number: null }], ...extra });
  const incoming = (keyId: number, name: string, whitelist: string, groups: [number, string][], extra: Partial<Trunk> = {}) =>
    trunk(keyId, name, { type: 2, sipWhiteIp: whitelist, groupList: groups.map(([voiceGroupId, number]) => ({ voiceGroupId, number })), ...extra });
  return [
    outgoing(2001, 'LON-Out-Primary', '198.51.100.10', 101, {
      sipPrefix: '9',
      sipTrunkState: true,
      sipAccount: 'lonout01',
      sipPassword: passwordFrom(random),
      updateTime: '2025-04-02 16:40:12',
    }),
    outgoing(2002, 'LON-Out-Backup', '198.51.100.11', 102, { state: 0, createTime: '2025-02-11 09:20:44', updateTime: '2025-02-11 09:20:44' }),
    outgoing(2003, 'NYC-Out-Primary', '198.51.100.20', 103, {
      sipTrunkState: true,
      sipAccount: 'nycout01',
      sipPassword: passwordFrom(random),
      createTime: '2025-03-03 14:02:51',
      updateTime: '2025-03-19 10:11:37',
    }),
    outgoing(2004, 'FRA-Out-Primary', '198.51.100.30', 104, { sipPrefix: '0049', createTime: '2025-03-07 08:45:00', updateTime: '2025-03-07 08:45:00' }),
    outgoing(2005, 'Legacy PBX Out', '2001:db8::15', 105, { state: 0, createTime: '2024-11-28 17:31:09', updateTime: '2025-01-06 11:02:26' }),
    incoming(2006, 'LON-In-Reception', '203.0.113.40', [[101, '442079460958']], { createTime: '2025-02-12 10:05:19', updateTime: '2025-02-12 10:05:19' }),
    incoming(2007, 'LON-In-Sales', '203.0.113.41', [[102, '447700900456']], { createTime: '2025-02-12 10:09:47', updateTime: '2025-05-20 09:30:02' }),
    incoming(2008, 'NYC-In-Support', '203.0.113.50', [[104, '12025550188'], [105, '12025550189']], {
      sipPrefix: '1',
      createTime: '2025-03-03 14:10:33',
      updateTime: '2025-03-03 14:10:33',
    }),
    incoming(2009, 'BER-In-Collections', '203.0.113.60', [[106, '493023125077']], { state: 0, createTime: '2025-03-07 09:01:58', updateTime: '2025-03-07 09:01:58' }),
    // Its groups were unbound in the console: the vendor lists such a trunk with an empty groupList.
    incoming(2010, 'Lab-In-Test', '2001:db8::40', [], { state: 0, createTime: '2025-06-02 13:27:45', updateTime: '2025-06-02 13:27:45' }),
  ];
};

const DAY_MS = 86_400_000;
/** How far back the seeded number calls go: most of the two months ITNIO keeps. */
const NUMBER_CALL_DAYS = 42;

/**
 * Who calls each seeded number and whom it calls, from the same reserved ranges as the numbers.
 * Only the London office (442079460958) misses calls: the reception line and the others have
 * voicemail or agents, so every incoming call of theirs is answered.
 */
const NUMBER_TRAFFIC: { number: string; callers: string[]; missedShare: number; outgoingShare: number }[] = [
  { number: '447700900123', callers: ['447700900301', '447700900302', '442079460011', '447700900377'], missedShare: 0, outgoingShare: 0.3 },
  { number: '442079460958', callers: ['442079460123', '447700900455', '442079460789', '447700900512'], missedShare: 0.35, outgoingShare: 0.2 },
  { number: '12025550143', callers: ['12025550101', '13105550144', '12025550176'], missedShare: 0, outgoingShare: 0.4 },
  { number: '13105550117', callers: ['13105550132', '12025550119'], missedShare: 0, outgoingShare: 0.7 },
  { number: '493023125042', callers: ['493023125011', '493023125099'], missedShare: 0, outgoingShare: 0.5 },
];

interface Ending {
  sipCode: string;
  hangupReason: string;
  /** Fixed for the calls nobody answered; an answered call rings a few seconds. */
  ringSeconds?: number;
}
const ANSWERED_ENDING: Ending = { sipCode: '200', hangupReason: 'Normal call clearing' };
const UNANSWERED: Ending[] = [
  { sipCode: '480', hangupReason: 'No answer', ringSeconds: 30 },
  { sipCode: '487', hangupReason: 'Request terminated', ringSeconds: 12 },
];
/** Three in four outgoing calls are answered. */
const OUTGOING_ENDINGS: Ending[] = [ANSWERED_ENDING, ANSWERED_ENDING, ANSWERED_ENDING, { sipCode: '486', hangupReason: 'Busy here', ringSeconds: 0 }];

/** A whole-second time `daysAgo` days before `now`, between 08:00 and 18:00 UTC. */
const businessHour = (now: number, daysAgo: number, random: () => number): number => {
  const midnight = Math.floor((now - daysAgo * DAY_MS) / DAY_MS) * DAY_MS;
  return midnight + (8 * 3600 + Math.floor(random() * 10 * 3600)) * 1000;
};

/**
 * Six weeks of calls on the seeded numbers, the same on every run relative to today: each day one
 * to three calls on some of them, incoming mostly, answered ones recorded; the London office's
 * missed calls include one yesterday and one three days ago, so the last week always shows some.
 */
function seedNumberCalls(state: SandboxState, random: () => number, now: number): void {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const add = (traffic: (typeof NUMBER_TRAFFIC)[number], at: number, outcome: 'answered' | 'missed' | 'outgoing') => {
    const callId = nextNumberCallId(state);
    const other = pick(traffic.callers);
    const outgoing = outcome === 'outgoing';
    // Whom we call is sometimes busy or does not answer; a caller nobody answered gave up (487) or rang out (480).
    const ending = outcome === 'missed' ? pick(UNANSWERED) : outgoing ? pick(OUTGOING_ENDINGS) : ANSWERED_ENDING;
    const answered = ending === ANSWERED_ENDING;
    const duration = answered ? 20 + Math.floor(random() * 580) : 0;
    const rate = rateFor(state.rates, outgoing ? other : traffic.number)?.perCall ?? 0.05;
    const call: NumberCall = {
      callId,
      number: traffic.number,
      direction: outgoing ? 'outgoing' : 'incoming',
      caller: outgoing ? traffic.number : other,
      called: outgoing ? other : traffic.number,
      at,
      ringSeconds: ending.ringSeconds ?? 3 + Math.floor(random() * 10),
      duration,
      sipCode: ending.sipCode,
      hangupReason: ending.hangupReason,
      pay: answered ? roundMoney(rate * Math.ceil(duration / 60)) : 0,
      recordingToken: answered ? recordingToken() : null,
    };
    state.numberCalls.push(call);
  };
  for (let daysAgo = NUMBER_CALL_DAYS; daysAgo >= 1; daysAgo--) {
    const count = 1 + Math.floor(random() * 3);
    const times = Array.from({ length: count }, () => businessHour(now, daysAgo, random)).sort((a, b) => a - b);
    for (const at of times) {
      const traffic = pick(NUMBER_TRAFFIC);
      const roll = random();
      add(traffic, at, roll < traffic.outgoingShare ? 'outgoing' : roll < traffic.outgoingShare + traffic.missedShare ? 'missed' : 'answered');
    }
  }
  const london = NUMBER_TRAFFIC[1]!;
  add(london, businessHour(now, 3, random), 'missed');
  add(london, businessHour(now, 1, random), 'missed');
  add(london, businessHour(now, 1, random), 'answered');
  state.numberCalls.sort((a, b) => a.at - b.at);
}

/** How far back the seeded phone calls go: six weeks, most of the two months ITNIO keeps. */
const PHONE_CALL_DAYS = 42;
/** Today's seeded calls end an hour before the sandbox starts, so none is near a call a test places. */
const PHONE_CALL_QUIET_MS = 3_600_000;
const PHONE_CALL_SEED = 0x0d1a11ed;

/**
 * Each phone's usual number of calls on a weekday and at a weekend: some desks are far busier than
 * others, and only Support and the first dock work weekends. About 75 on a weekday in all.
 */
const PHONE_LOAD: { phoneName: string; weekday: number; weekend: number }[] = [
  { phoneName: 'desk-1', weekday: 16, weekend: 0 },
  { phoneName: 'desk-2', weekday: 11, weekend: 0 },
  { phoneName: 'desk-3', weekday: 3, weekend: 0 },
  { phoneName: 'support-1', weekday: 18, weekend: 4 },
  { phoneName: 'support-2', weekday: 13, weekend: 3 },
  { phoneName: 'support-3', weekday: 6, weekend: 0 },
  { phoneName: 'dock-1', weekday: 6, weekend: 2 },
  { phoneName: 'dock-2', weekday: 2, weekend: 0 },
];

// Whom each group calls, as number patterns (x is any digit), a pattern listed twice twice as
// often. Like the numbers above they come from ranges set aside for drama and documentation, and
// from parts of them no test dials: Ofcom 07700 900 6xx and 020 7946 04xx, NANP 555-01xx in
// Chicago, San Francisco and Boston, ARCEP's 01 99 00 and 06 39 98, the Bundesnetzagentur's
// 069 90009, 040 66969 and 0171 39200, and ACMA's 02 5550 and 03 7010.
const CALLEE_PATTERNS: Record<string, string[]> = {
  'Front Office': ['4477009006xx', '4477009006xx', '4420794604xx', '4420794604xx', '3319900xxxx', '496990009xxx', '131255501xx'],
  'Support Team': ['131255501xx', '131255501xx', '141555501xx', '161755501xx', '4420794604xx', '6125550xxxx', '6137010xxxx'],
  Warehouse: ['496990009xxx', '494066969xxx', '4917139200xxx', '4917139200xxx', '3363998xxxx', '3319900xxxx', '4477009006xx'],
};
/** Each group calls the same few dozen customers and suppliers again and again. */
const CALLEES_PER_GROUP = 40;

/** Most calls are answered; the rest ring out, meet a busy line or fail (a dead number, a carrier fault). */
const ENDING_SHARES: [CallEnding, number][] = [
  ['answered', 0.72],
  ['no-answer', 0.14],
  ['busy', 0.09],
  ['not-found', 0.03],
  ['unavailable', 0.02],
];

function courseOf(random: () => number): CallCourse {
  const roll = random();
  let upTo = 0;
  const [ending] = ENDING_SHARES.find(([, share]) => roll < (upTo += share)) ?? ENDING_SHARES[0]!;
  if (ending === 'answered') return { ending, ringSeconds: 3 + Math.floor(random() * 15), talkSeconds: 20 + Math.floor(880 * random() ** 2) };
  return { ending, ringSeconds: ending === 'no-answer' ? 30 : 0, talkSeconds: 0 };
}

/** An id like sendSip's; drawn from the day's stream, so the same call has the same id on every run. */
function dialledCallId(random: () => number): string {
  let id = 'rec-';
  for (let chunk = 0; chunk < 5; chunk++) id += (0x1_0000 + Math.floor(random() * 0x1_0000)).toString(16).slice(1);
  return id;
}

/**
 * Six weeks of calls the seeded phones dialled themselves, up to an hour before `now`: 60 to 90 on
 * a weekday, a handful at weekends, mostly answered. Each day comes from a random stream of its
 * own (days in UTC), so a day holds the same calls whenever the sandbox starts; `random` picks whom
 * each group calls. A phone makes one call at a time.
 */
function seedPhoneCalls(state: SandboxState, random: () => number, now: number): void {
  const digit = () => String(Math.floor(random() * 10));
  const callees = Object.fromEntries(
    Object.entries(CALLEE_PATTERNS).map(([group, patterns]) => {
      const drawn = Array.from({ length: CALLEES_PER_GROUP }, () => patterns[Math.floor(random() * patterns.length)]!.replace(/x/g, digit));
      return [group, [...new Set(drawn)]];
    }),
  );
  const perMinute = new Map(Object.values(callees).flat().map((callee) => [callee, rateFor(state.rates, callee)?.perCall ?? 0]));
  const calls: Call[] = [];
  for (let daysAgo = PHONE_CALL_DAYS; daysAgo >= 0; daysAgo--) {
    const day = Math.floor((now - daysAgo * DAY_MS) / DAY_MS);
    const weekend = [0, 6].includes(new Date(day * DAY_MS).getUTCDay());
    const dayRandom = seededRandom(PHONE_CALL_SEED ^ day);
    const busyness = 0.8 + 0.4 * dayRandom();
    for (const load of PHONE_LOAD) {
      const phone = state.phones.find((candidate) => candidate.phoneName === load.phoneName);
      const pool = phone && callees[phone.groupName];
      if (!phone || !pool) continue;
      const count = Math.round((weekend ? load.weekend : load.weekday) * busyness * (0.85 + 0.3 * dayRandom()));
      const times = Array.from({ length: count }, () => businessHour(now, daysAgo, dayRandom)).sort((a, b) => a - b);
      let free = 0;
      for (const time of times) {
        const course = courseOf(dayRandom);
        const callee = pool[Math.floor(dayRandom() * pool.length)]!;
        const at = Math.max(time, free);
        free = at + (2 + course.ringSeconds + course.talkSeconds + 30) * 1000;
        const cost = course.ending === 'answered' ? roundMoney(perMinute.get(callee)! * Math.ceil(course.talkSeconds / 60)) : 0;
        calls.push({ recordingId: dialledCallId(dayRandom), callee, account: phone.account, displayNum: null, calledInfo: null, cost, at, course });
      }
    }
  }
  state.dialledCalls = calls.filter((call) => call.at <= now - PHONE_CALL_QUIET_MS).sort((a, b) => a.at - b.at);
}

/** `now` is the sandbox clock's: seeded history is laid out back from it. */
export function createState(credentials: Credential[], seed: boolean | SeedOptions, now = Date.now()): SandboxState {
  const state: SandboxState = {
    appId: SEED_APP_ID,
    credentials: credentials.map((credential) => ({ ...credential })),
    balance: 0,
    rates: RATES.map((rate) => ({ ...rate })),
    phones: [],
    numbers: [],
    agentGroups: [],
    trunks: [],
    calls: [],
    dialledCalls: [],
    numberCalls: [],
    ipWhitelist: [],
    limits: { phones: DEFAULT_PHONE_LIMIT },
    accountLocked: false,
    cdrDelayMs: DEFAULT_CDR_DELAY_MS,
    recordingLinkTtlMs: DEFAULT_RECORDING_LINK_TTL_MS,
    recordingLinks: [],
    answerShapes: 'usual',
  };
  if (seed === false) return state;

  const random = seededRandom(0x5b0a4d);
  const password = () => passwordFrom(random);
  addPhoneBatch(state.phones, { groupName: 'Front Office', phoneName: 'desk', quantity: 3, displayNum: '447700900123' }, password);
  addPhoneBatch(state.phones, { groupName: 'Support Team', phoneName: 'support', quantity: 3, displayNum: '12025550143' }, password);
  addPhoneBatch(state.phones, { groupName: 'Warehouse', phoneName: 'dock', quantity: 2, displayNum: '493023125042' }, password);
  const extra = seed === true ? 0 : (seed.extraPhones ?? 0);
  if (extra > 0) addPhoneBatch(state.phones, { groupName: 'Bulk', phoneName: 'bulk', quantity: extra, displayNum: '12025550143' }, password);

  state.balance = 25;
  state.numbers = numbers();
  state.agentGroups = AGENT_GROUPS.map((group) => ({ ...group }));
  state.trunks = trunks(random);
  // A stream of its own, so the passwords above stay what they always were.
  seedNumberCalls(state, seededRandom(0x4ca11), now);
  seedPhoneCalls(state, seededRandom(0x9d1a1), now);
  state.limits.phones = Math.max(DEFAULT_PHONE_LIMIT, state.phones.length + PHONE_LIMIT_HEADROOM);
  return state;
}
