import type { CallReport, CallTotals, ReportOutcome } from '../../../contract/schemas/reports';
import type { NumberCall, PhoneCall } from './records';

/** The period and filters a report counts: days in the operator's time zone, both included. */
export interface ReportScope {
  since: string;
  until: string;
  /** Minutes east of UTC of the operator's days. */
  utcOffsetMinutes: number;
  group?: string;
  phone?: string;
  number?: string;
}

export type ReportFigures = Pick<CallReport, 'totals' | 'byDay' | 'byGroup' | 'byPhone' | 'byNumber' | 'choices'>;

const DAY_MS = 86_400_000;
/** Money is summed in whole ten-thousandths: 50 000 float additions of 0.0525 drift in the last cents. */
const MONEY_UNITS = 10_000;

const units = (amount: number): number => Math.round(amount * MONEY_UNITS);
const money = (sum: number): number => sum / MONEY_UNITS;

/** Phone calls counted by outcome; the outcome names are the figures' own field names. */
interface Tally extends Record<ReportOutcome, number> {
  calls: number;
  talkSeconds: number;
  spendUnits: number;
}

const tally = (): Tally => ({ calls: 0, answered: 0, noAnswer: 0, busy: 0, failed: 0, talkSeconds: 0, spendUnits: 0 });

function count(into: Tally, call: PhoneCall): void {
  into.calls++;
  into[call.outcome]++;
  if (call.outcome === 'answered') into.talkSeconds += call.talkSeconds;
  into.spendUnits += units(call.cost);
}

function add(into: Tally, from: Tally): void {
  into.calls += from.calls;
  into.answered += from.answered;
  into.noAnswer += from.noAnswer;
  into.busy += from.busy;
  into.failed += from.failed;
  into.talkSeconds += from.talkSeconds;
  into.spendUnits += from.spendUnits;
}

function figures(from: Tally): CallTotals {
  return {
    calls: from.calls,
    answered: from.answered,
    noAnswer: from.noAnswer,
    busy: from.busy,
    failed: from.failed,
    answerRate: from.calls > 0 ? from.answered / from.calls : null,
    talkSeconds: from.talkSeconds,
    averageTalkSeconds: from.answered > 0 ? from.talkSeconds / from.answered : null,
    spend: money(from.spendUnits),
  };
}

/** One phone's calls over the period, all of them; `shown` when the group and phone filters let it into the figures. */
interface PhoneTally extends Tally {
  phone: string;
  group: string;
  shown: boolean;
}

interface NumberTally {
  number: string;
  incoming: number;
  /** Incoming calls answered, so that incoming = answered + missed. */
  answered: number;
  outgoing: number;
  spendUnits: number;
}

const byName = (a: string, b: string): number => a.localeCompare(b);

/**
 * A report's figures from the records of its period, in one pass. The filters are properties of a
 * phone or a number, so every phone's and number's calls are counted unfiltered (which gives the
 * choices) and a filter then keeps or drops whole rows; only the days need the filter per record.
 * A record's day comes from its offset to the period's first day, not from a Date per record.
 * A record read twice is the same record on the same day, so each day keeps the ids it counted:
 * a Set per day took a third less time in `npm run bench` than one Set of 60 000 ids, forever growing.
 */
export function aggregateReport(phoneCalls: readonly PhoneCall[], numberCalls: readonly NumberCall[], scope: ReportScope): ReportFigures {
  const first = Date.parse(scope.since);
  const dayCount = Math.max(0, Math.round((Date.parse(scope.until) - first) / DAY_MS) + 1);
  // `at` shifted into the operator's zone, less the first day's midnight there: the day's index.
  const origin = first - scope.utcOffsetMinutes * 60_000;
  const dayOf = (at: number): number => Math.floor((at - origin) / DAY_MS);

  const days = Array.from({ length: dayCount }, tally);
  const groups = new Map<string, Map<string, PhoneTally>>();
  const phoneCallsSeen = Array.from({ length: dayCount }, () => new Set<string>());
  for (const call of phoneCalls) {
    const day = dayOf(call.at);
    if (!(day >= 0 && day < dayCount)) continue;
    const seen = phoneCallsSeen[day]!;
    if (seen.has(call.id)) continue;
    seen.add(call.id);
    let phones = groups.get(call.group);
    if (!phones) groups.set(call.group, (phones = new Map()));
    let phone = phones.get(call.phone);
    if (!phone) phones.set(call.phone, (phone = phoneTally(call, scope)));
    count(phone, call);
    if (phone.shown) count(days[day]!, call);
  }

  const numbers = new Map<string, NumberTally>();
  const numberCallsSeen = Array.from({ length: dayCount }, () => new Set<string>());
  for (const call of numberCalls) {
    const day = dayOf(call.at);
    if (!(day >= 0 && day < dayCount)) continue;
    const seen = numberCallsSeen[day]!;
    if (seen.has(call.id)) continue;
    seen.add(call.id);
    let number = numbers.get(call.number);
    if (!number) numbers.set(call.number, (number = { number: call.number, incoming: 0, answered: 0, outgoing: 0, spendUnits: 0 }));
    if (call.direction === 'incoming') {
      number.incoming++;
      if (call.answered) number.answered++;
    } else number.outgoing++;
    number.spendUnits += units(call.cost);
  }

  const totals = tally();
  let spentSoFar = 0;
  const byDay = days.map((day, index) => {
    add(totals, day);
    spentSoFar += day.spendUnits;
    return { day: new Date(first + index * DAY_MS).toISOString().slice(0, 10), ...figures(day), cumulativeSpend: money(spentSoFar) };
  });

  const phones = [...groups.values()].flatMap((phones) => [...phones.values()]);
  const shownGroups = new Map<string, Tally>();
  for (const phone of phones.filter((phone) => phone.shown)) {
    let group = shownGroups.get(phone.group);
    if (!group) shownGroups.set(phone.group, (group = tally()));
    add(group, phone);
  }
  const mostCalls = (a: { calls: number }, b: { calls: number }) => b.calls - a.calls;

  return {
    totals: figures(totals),
    byDay,
    byGroup: [...shownGroups]
      .map(([group, calls]) => ({ group, ...figures(calls) }))
      .sort((a, b) => mostCalls(a, b) || byName(a.group, b.group)),
    byPhone: phones
      .filter((phone) => phone.shown)
      .map((phone) => ({ phone: phone.phone, group: phone.group, ...figures(phone) }))
      .sort((a, b) => mostCalls(a, b) || byName(a.phone, b.phone) || byName(a.group, b.group)),
    byNumber: [...numbers.values()]
      .filter((number) => scope.number === undefined || number.number === scope.number)
      .map(({ number, incoming, answered, outgoing, spendUnits }) => ({ number, incoming, answered, missed: incoming - answered, outgoing, spend: money(spendUnits) }))
      .sort((a, b) => b.incoming - a.incoming || byName(a.number, b.number)),
    choices: {
      groups: [...groups.keys()].sort(byName),
      phones: phones.map(({ phone, group }) => ({ phone, group })).sort((a, b) => byName(a.phone, b.phone) || byName(a.group, b.group)),
      numbers: [...numbers.keys()].sort(byName),
    },
  };
}

function phoneTally(call: PhoneCall, scope: ReportScope): PhoneTally {
  const shown = (scope.group === undefined || call.group === scope.group) && (scope.phone === undefined || call.phone === scope.phone);
  return { ...tally(), phone: call.phone, group: call.group, shown };
}
