/**
 * The report's figures against figures worked out by hand on a fixed set of records: four days
 * (the third quiet) for an operator at UTC+1, a record read twice, and calls at 23:30 UTC on both
 * edges of the period, which belong to the operator's next day.
 */
import { describe, expect, it } from 'vitest';
import type { ReportOutcome } from '../../../../../contract/schemas/reports';
import { aggregateReport, type ReportScope } from '../../../../../main/features/reports/aggregate';
import type { NumberCall, PhoneCall } from '../../../../../main/features/reports/records';

const SCOPE: ReportScope = { since: '2026-03-10', until: '2026-03-13', utcOffsetMinutes: 60 };

/** A time on the operator's clock (UTC+1) as epoch ms. */
const local = (time: string): number => Date.parse(`${time}Z`) - 60 * 60_000;

const call = (id: string, at: number, group: string, phone: string, outcome: ReportOutcome, talkSeconds = 0, cost = 0): PhoneCall => ({ id, at, group, phone, outcome, talkSeconds, cost });
const numberCall = (id: string, at: number, number: string, direction: NumberCall['direction'], answered: boolean, cost = 0): NumberCall => ({ id, at, number, direction, answered, cost });

// Phones: Sales 800102 (seen first) and 800101, Support 800201 and 800202, Billing 800301.
const DUPLICATED = call('p3', local('2026-03-10T10:00'), 'Sales', '800101', 'answered', 120, 0.1);
const PHONE_CALLS: PhoneCall[] = [
  // 23:59 on the 9th for the operator: the day before the period.
  call('p16', Date.parse('2026-03-09T22:59Z'), 'Support', '800201', 'answered', 10, 0.5),
  call('p1', local('2026-03-10T09:00'), 'Sales', '800102', 'answered', 60, 0.05),
  call('p2', local('2026-03-10T09:30'), 'Sales', '800102', 'noAnswer'),
  DUPLICATED,
  call('p4', local('2026-03-10T11:00'), 'Support', '800201', 'busy'),
  call('p5', local('2026-03-10T12:00'), 'Support', '800201', 'answered', 30, 0.0125),
  // 23:30 UTC on the 10th is 00:30 on the 11th at UTC+1.
  call('p6', Date.parse('2026-03-10T23:30Z'), 'Sales', '800101', 'answered', 45, 0.0375),
  call('p7', local('2026-03-11T09:00'), 'Sales', '800102', 'failed'),
  call('p8', local('2026-03-11T10:00'), 'Sales', '800102', 'answered', 90, 0.0525),
  call('p9', local('2026-03-11T10:30'), 'Billing', '800301', 'noAnswer'),
  // The 12th is quiet.
  call('p10', local('2026-03-13T08:00'), 'Sales', '800101', 'busy'),
  call('p11', local('2026-03-13T09:00'), 'Sales', '800101', 'answered', 200, 0.25),
  call('p12', local('2026-03-13T09:15'), 'Support', '800201', 'answered', 15, 0.0001),
  call('p13', local('2026-03-13T09:30'), 'Support', '800202', 'noAnswer'),
  call('p14', local('2026-03-13T10:00'), 'Billing', '800301', 'failed'),
  // Read again where two windows meet.
  { ...DUPLICATED },
  // 23:30 UTC on the 13th is already the 14th at UTC+1: after the period.
  call('p15', Date.parse('2026-03-13T23:30Z'), 'Sales', '800102', 'answered', 100, 1),
];

const NUMBER_CALLS: NumberCall[] = [
  numberCall('n1', local('2026-03-10T10:00'), '4930231250001', 'incoming', true, 0.01),
  numberCall('n2', local('2026-03-10T11:00'), '4930231250001', 'incoming', false),
  numberCall('n3', local('2026-03-11T12:00'), '4930231250001', 'outgoing', true, 0.02),
  numberCall('n4', local('2026-03-11T13:00'), '4420794600001', 'incoming', false),
  numberCall('n9', local('2026-03-12T09:00'), '12025550123', 'incoming', true, 0.04),
  numberCall('n10', local('2026-03-12T10:00'), '12025550123', 'incoming', true),
  numberCall('n5', local('2026-03-13T14:00'), '4420794600001', 'incoming', false),
  numberCall('n6', local('2026-03-13T15:00'), '4420794600001', 'incoming', true, 0.03),
  numberCall('n2', local('2026-03-10T11:00'), '4930231250001', 'incoming', false),
  numberCall('n8', Date.parse('2026-03-13T23:30Z'), '15550100', 'incoming', false),
];

const zero = { calls: 0, answered: 0, noAnswer: 0, busy: 0, failed: 0, answerRate: null, talkSeconds: 0, averageTalkSeconds: null, spend: 0 };

describe('a report of the fixed records, unfiltered', () => {
  const report = aggregateReport(PHONE_CALLS, NUMBER_CALLS, SCOPE);

  it('counts each of the 14 calls of the period once', () => {
    // p1–p14: 7 answered (p1 p3 p5 p6 p8 p11 p12), no answer p2 p9 p13, busy p4 p10, failed p7 p14.
    // Talk 60+120+30+45+90+200+15 = 560 s over 7 = 80 s. Spend 0.05+0.10+0.0125+0.0375+0.0525+0.25+0.0001 = 0.5026.
    expect(report.totals).toEqual({ calls: 14, answered: 7, noAnswer: 3, busy: 2, failed: 2, answerRate: 0.5, talkSeconds: 560, averageTalkSeconds: 80, spend: 0.5026 });
  });

  it('gives every day of the period a row, the quiet one too, with the spend to date', () => {
    expect(report.byDay).toEqual([
      // p1 p2 p3 p4 p5: talk 60+120+30 = 210 over 3; spend 0.05+0.10+0.0125.
      { day: '2026-03-10', calls: 5, answered: 3, noAnswer: 1, busy: 1, failed: 0, answerRate: 0.6, talkSeconds: 210, averageTalkSeconds: 70, spend: 0.1625, cumulativeSpend: 0.1625 },
      // p6 (00:30 the operator's time) p7 p8 p9: talk 45+90 = 135 over 2; spend 0.0375+0.0525.
      { day: '2026-03-11', calls: 4, answered: 2, noAnswer: 1, busy: 0, failed: 1, answerRate: 0.5, talkSeconds: 135, averageTalkSeconds: 67.5, spend: 0.09, cumulativeSpend: 0.2525 },
      { day: '2026-03-12', ...zero, cumulativeSpend: 0.2525 },
      // p10–p14: talk 200+15 = 215 over 2; spend 0.25+0.0001.
      { day: '2026-03-13', calls: 5, answered: 2, noAnswer: 1, busy: 1, failed: 1, answerRate: 0.4, talkSeconds: 215, averageTalkSeconds: 107.5, spend: 0.2501, cumulativeSpend: 0.5026 },
    ]);
  });

  it('ranks groups and phones by calls, a tie by name', () => {
    // Sales: 800102 (p1 p2 p7 p8) + 800101 (p3 p6 p10 p11); Support: 800201 (p4 p5 p12) + 800202 (p13); Billing: p9 p14.
    expect(report.byGroup).toEqual([
      { group: 'Sales', calls: 8, answered: 5, noAnswer: 1, busy: 1, failed: 1, answerRate: 0.625, talkSeconds: 515, averageTalkSeconds: 103, spend: 0.49 },
      { group: 'Support', calls: 4, answered: 2, noAnswer: 1, busy: 1, failed: 0, answerRate: 0.5, talkSeconds: 45, averageTalkSeconds: 22.5, spend: 0.0126 },
      { group: 'Billing', calls: 2, answered: 0, noAnswer: 1, busy: 0, failed: 1, answerRate: 0, talkSeconds: 0, averageTalkSeconds: null, spend: 0 },
    ]);
    // 800101 and 800102 both have 4 calls: 800101 first by name, though 800102 was seen first.
    expect(report.byPhone.map(({ phone, group, calls }) => [phone, group, calls])).toEqual([
      ['800101', 'Sales', 4],
      ['800102', 'Sales', 4],
      ['800201', 'Support', 3],
      ['800301', 'Billing', 2],
      ['800202', 'Support', 1],
    ]);
    expect(report.byPhone[0]).toEqual({ phone: '800101', group: 'Sales', calls: 4, answered: 3, noAnswer: 0, busy: 1, failed: 0, answerRate: 0.75, talkSeconds: 365, averageTalkSeconds: 365 / 3, spend: 0.3875 });
  });

  it('counts each number in and out, an incoming call nobody answered as missed', () => {
    // n2 is read twice; n8 is 00:30 on the 14th. 4930231250001 answered n1 of its 2 incoming (n3 is outgoing);
    // 12025550123 and 4930231250001 tie on 2 incoming, so by number.
    expect(report.byNumber).toEqual([
      { number: '4420794600001', incoming: 3, answered: 1, missed: 2, outgoing: 0, spend: 0.03 },
      { number: '12025550123', incoming: 2, answered: 2, missed: 0, outgoing: 0, spend: 0.04 },
      { number: '4930231250001', incoming: 2, answered: 1, missed: 1, outgoing: 1, spend: 0.03 },
    ]);
  });

  it('offers every group, phone and number of the period, sorted, and none from outside it', () => {
    expect(report.choices).toEqual({
      groups: ['Billing', 'Sales', 'Support'],
      phones: [
        { phone: '800101', group: 'Sales' },
        { phone: '800102', group: 'Sales' },
        { phone: '800201', group: 'Support' },
        { phone: '800202', group: 'Support' },
        { phone: '800301', group: 'Billing' },
      ],
      numbers: ['12025550123', '4420794600001', '4930231250001'],
    });
  });
});

describe('the operator\'s days', () => {
  it('puts a call at 23:30 UTC on the next day at UTC+1 and on its own day at UTC', () => {
    const calls = (utcOffsetMinutes: number) => aggregateReport(PHONE_CALLS, [], { ...SCOPE, utcOffsetMinutes }).byDay.map((day) => day.calls);
    expect(calls(60)).toEqual([5, 4, 0, 5]);
    // At UTC, p6 stays on the 10th and p15 (23:30 UTC on the 13th) joins the period.
    expect(calls(0)).toEqual([6, 3, 0, 6]);
  });

  it('sums money in ten-thousandths, so it does not drift', () => {
    // 0.1 + 0.1 + 0.1 in floating point is 0.30000000000000004.
    const dimes = ['a', 'b', 'c'].map((id) => call(id, local('2026-03-10T09:00'), 'Sales', '800101', 'answered', 1, 0.1));
    const report = aggregateReport(dimes, [], SCOPE);
    expect(report.totals.spend).toBe(0.3);
    expect(report.byDay.map((day) => day.cumulativeSpend)).toEqual([0.3, 0.3, 0.3, 0.3]);
  });
});

describe('filters', () => {
  it('keeps one group in the totals, days, groups and phones, but not in the numbers or the choices', () => {
    const report = aggregateReport(PHONE_CALLS, NUMBER_CALLS, { ...SCOPE, group: 'Support' });
    // p4 p5 p12 p13: talk 30+15; spend 0.0125+0.0001.
    expect(report.totals).toEqual({ calls: 4, answered: 2, noAnswer: 1, busy: 1, failed: 0, answerRate: 0.5, talkSeconds: 45, averageTalkSeconds: 22.5, spend: 0.0126 });
    expect(report.byDay.map((day) => [day.calls, day.spend, day.cumulativeSpend])).toEqual([
      [2, 0.0125, 0.0125],
      [0, 0, 0.0125],
      [0, 0, 0.0125],
      [2, 0.0001, 0.0126],
    ]);
    expect(report.byGroup.map((group) => group.group)).toEqual(['Support']);
    expect(report.byPhone.map((phone) => phone.phone)).toEqual(['800201', '800202']);
    expect(report.byNumber).toHaveLength(3);
    expect(report.choices.groups).toEqual(['Billing', 'Sales', 'Support']);
    expect(report.choices.phones).toHaveLength(5);
  });

  it("keeps one phone, its group's row counting only that phone", () => {
    const report = aggregateReport(PHONE_CALLS, NUMBER_CALLS, { ...SCOPE, phone: '800101' });
    // p3 p6 p10 p11.
    expect(report.totals).toMatchObject({ calls: 4, answered: 3, busy: 1, talkSeconds: 365, spend: 0.3875 });
    expect(report.byDay.map((day) => day.calls)).toEqual([1, 1, 0, 2]);
    expect(report.byGroup).toEqual([{ group: 'Sales', ...report.totals }]);
    expect(report.byPhone.map((phone) => phone.phone)).toEqual(['800101']);
  });

  it('shows nothing but empty days for a phone outside the group, and still offers everything', () => {
    const report = aggregateReport(PHONE_CALLS, NUMBER_CALLS, { ...SCOPE, group: 'Sales', phone: '800201' });
    expect(report.totals).toEqual(zero);
    expect(report.byDay.map((day) => day.calls)).toEqual([0, 0, 0, 0]);
    expect([report.byGroup, report.byPhone]).toEqual([[], []]);
    expect(report.choices.phones).toHaveLength(5);
  });

  it('keeps one number in the number figures only', () => {
    const report = aggregateReport(PHONE_CALLS, NUMBER_CALLS, { ...SCOPE, number: '4930231250001' });
    expect(report.byNumber.map((number) => number.number)).toEqual(['4930231250001']);
    expect(report.totals.calls).toBe(14);
    expect(report.choices.numbers).toHaveLength(3);
  });
});
