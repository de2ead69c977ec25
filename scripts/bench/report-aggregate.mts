/**
 * A month of a busy account's records counted into a report (main/features/reports: days, groups,
 * phones, numbers, choices) against a bare loop over the same records that only sums their cost and
 * counts the answered ones: p50 per pass, interleaved in one run.
 */
import { REPORT_OUTCOMES } from '../../contract/schemas/reports';
import { aggregateReport, type ReportScope } from '../../main/features/reports/aggregate';
import type { NumberCall, PhoneCall } from '../../main/features/reports/records';
import { seededRandom } from '../../main/sandbox/seed-calls';
import { pairedP50, type Figure } from './stats.mts';

const PHONE_CALLS = 50_000;
const NUMBER_CALLS = 10_000;
const DAYS = 31;
const GROUPS = 8;
const PHONES_PER_GROUP = 40;
const NUMBERS = 20;
const SCOPE: ReportScope = { since: '2026-01-01', until: '2026-01-31', utcOffsetMinutes: 60 };

function records(): { phoneCalls: PhoneCall[]; numberCalls: NumberCall[] } {
  const random = seededRandom(0x2e9027);
  // The period's first midnight at UTC+1, so every record falls inside it.
  const start = Date.parse(SCOPE.since) - SCOPE.utcOffsetMinutes * 60_000;
  const at = () => start + Math.floor(random() * DAYS * 86_400_000);
  const pick = (n: number) => Math.floor(random() * n);
  const phoneCalls = Array.from({ length: PHONE_CALLS }, (_, i): PhoneCall => {
    const group = pick(GROUPS);
    const outcome = REPORT_OUTCOMES[random() < 0.6 ? 0 : pick(REPORT_OUTCOMES.length)]!;
    const answered = outcome === 'answered';
    return {
      id: `v${i}`,
      at: at(),
      group: `Group ${group}`,
      phone: `80${group}${String(pick(PHONES_PER_GROUP)).padStart(3, '0')}`,
      outcome,
      talkSeconds: answered ? 5 + pick(600) : 0,
      cost: answered ? pick(5000) / 10_000 : 0,
    };
  });
  const numberCalls = Array.from({ length: NUMBER_CALLS }, (_, i): NumberCall => ({
    id: `n${i}`,
    at: at(),
    number: `4930231250${String(pick(NUMBERS)).padStart(3, '0')}`,
    direction: random() < 0.7 ? 'incoming' : 'outgoing',
    answered: random() < 0.8,
    cost: pick(1000) / 10_000,
  }));
  return { phoneCalls, numberCalls };
}

export async function reportAggregate(rounds = 40): Promise<Figure> {
  const { phoneCalls, numberCalls } = records();
  let sink = 0;
  const aggregate = () => {
    const report = aggregateReport(phoneCalls, numberCalls, SCOPE);
    if (report.totals.calls !== PHONE_CALLS) throw new Error('the report benchmark counted the wrong number of calls');
    sink += report.totals.spend;
  };
  const bare = () => {
    let cost = 0;
    let answered = 0;
    for (const call of phoneCalls) {
      cost += call.cost;
      if (call.outcome === 'answered') answered++;
    }
    for (const call of numberCalls) {
      cost += call.cost;
      if (call.answered) answered++;
    }
    sink += cost + answered;
  };
  const p50 = await pairedP50(aggregate, bare, rounds, 5);
  // Reading the sums keeps either pass from being optimised away.
  if (!Number.isFinite(sink)) throw new Error('the report benchmark summed nothing');
  return {
    name: `${PHONE_CALLS.toLocaleString('en')} phone calls + ${NUMBER_CALLS.toLocaleString('en')} number calls over ${DAYS} days, ${GROUPS}×${PHONES_PER_GROUP} phones, p50 of ${rounds}`,
    subject: 'aggregateReport (main/features/reports)',
    baseline: 'bare loop summing cost and counting answered',
    subjectValue: p50.subject,
    baselineValue: p50.baseline,
    unit: 'ms',
  };
}
