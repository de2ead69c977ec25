/** The seeded account's call history: the numbers' calls and the phones' calls of the last six weeks. */
import { roundMoney } from './rules';
import { nextNumberCallId, rateFor, recordingToken, type Call, type CallCourse, type CallEnding, type NumberCall, type SandboxState } from './state';

/** mulberry32: a fixed stream, so seeded passwords are the same on every run and in screenshots. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
export function seedNumberCalls(state: SandboxState, random: () => number, now: number): void {
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
export function seedPhoneCalls(state: SandboxState, random: () => number, now: number): void {
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
