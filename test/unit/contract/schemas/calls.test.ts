import { describe, expect, it } from 'vitest';
import { callCost, checkOutcomesInput, describeCallRecord, placeCallInput, recordingId, recordStatus, talkTime } from '../../../../contract/schemas/calls';
import type { CallRecord } from '../../../../contract/schemas/calls';
import { callRecord, NOT_ANSWERED } from '../../../support/fixtures/call-records';

const ANSWERED = callRecord();
const unanswered = (terminationCode: string, terminationReason: string, cost = '0'): CallRecord => callRecord({ ...NOT_ANSWERED, terminationCode, terminationReason, cost });

describe('a call record in one line', () => {
  it('gives an answered call its talk time and cost', () => {
    expect(describeCallRecord(ANSWERED)).toBe('Answered · 0:42 · $0.05');
    expect(describeCallRecord({ ...ANSWERED, callDuration: 3725, cost: '1.2345', currency: 'EUR' })).toBe('Answered · 1:02:05 · 1.2345 EUR');
    expect(describeCallRecord({ ...ANSWERED, cost: '0' })).toBe('Answered · 0:42');
  });

  it('names the SIP ending of a call that was not answered, with its code', () => {
    expect(describeCallRecord(unanswered('486', 'Busy here'))).toBe('Busy (486)');
    expect(describeCallRecord(unanswered('480', 'Temporarily unavailable', '0.0500'))).toBe('No answer (480) · $0.05');
    expect(describeCallRecord(unanswered('603', 'Decline'))).toBe('Declined (603)');
    // A code the console does not know keeps the vendor's words.
    expect(describeCallRecord(unanswered('502', 'Bad gateway'))).toBe('Bad gateway (502)');
    expect(describeCallRecord(unanswered('', ''))).toBe('Not answered');
  });

  it('reads "connected" codes in both meanings without calling a call with no talk time answered', () => {
    // Newer pages: SIP 200; the older Chinese page: "0 = success". Either way no answer time means no conversation.
    expect(describeCallRecord(unanswered('200', 'Normal call clearing'))).toBe('Connected, no talk time (200)');
    expect(describeCallRecord(unanswered('0', 'success'))).toBe('Connected, no talk time (0)');
    expect(describeCallRecord({ ...ANSWERED, terminationCode: '0' })).toBe('Answered · 0:42 · $0.05');
  });

  it('formats time and money the way the operator reads them', () => {
    expect([0, 9, 60, 599, 3600].map(talkTime)).toEqual(['0:00', '0:09', '1:00', '9:59', '1:00:00']);
    expect(callCost({ cost: '0.1', currency: 'USD' })).toBe('$0.10');
    expect(callCost({ cost: '12', currency: 'USD' })).toBe('$12.00');
    expect(callCost({ cost: '', currency: 'USD' })).toBeUndefined();
    expect(callCost({ cost: 'n/a', currency: 'USD' })).toBeUndefined();
  });
});

describe('where a call stands with its record', () => {
  const now = Date.UTC(2025, 6, 1, 12, 0, 0);
  const call = (msAgo: number) => ({ at: new Date(now - msAgo).toISOString(), request: 'placed' as const, recordingId: 'rec1' });

  it('watches recent calls, leaves older ones to the operator, and knows ITNIO forgets after two months', () => {
    expect(recordStatus(call(60_000), now)).toBe('watching');
    expect(recordStatus(call(2 * 3_600_000), now)).toBe('watching');
    expect(recordStatus(call(2 * 3_600_000 + 1), now)).toBe('unchecked');
    expect(recordStatus(call(60 * 86_400_000), now)).toBe('unchecked');
    expect(recordStatus(call(62 * 86_400_000), now)).toBe('expired');
    expect(recordStatus({ ...call(60_000), record: ANSWERED }, now)).toBe('filed');
    expect(recordStatus({ at: call(0).at, request: 'failed' }, now)).toBe('no-call');
  });
});

describe('checkOutcomesInput', () => {
  it('takes nothing, all, or ids, and names the rule otherwise', () => {
    expect(checkOutcomesInput.safeParse(undefined).success).toBe(true);
    expect(checkOutcomesInput.safeParse({ all: true }).success).toBe(true);
    expect(checkOutcomesInput.safeParse({ ids: ['a1b2c3d4e5f60718'] }).success).toBe(true);
    const issue = (input: unknown) => {
      const parsed = checkOutcomesInput.safeParse(input);
      return parsed.success ? undefined : { path: parsed.error.issues[0]!.path.join('.'), message: parsed.error.issues[0]!.message };
    };
    expect(issue({ all: true, ids: ['a'] })).toEqual({ path: 'ids', message: 'give either all or ids, not both' });
    expect(issue({ ids: [] })).toEqual({ path: 'ids', message: 'must name at least one call' });
    expect(issue({ ids: ['../x'] })).toEqual({ path: 'ids.0', message: 'must be a history entry id (letters, digits, _ or -)' });
    expect(issue({ all: false })).toEqual({ path: 'all', message: 'must be true when given' });
  });
});

describe('placeCallInput: the schema main and the dialer share', () => {
  const call = { callee: '+44 20 7946 0958', account: '80010001' };

  it('normalises the callee and keeps only the fields given', () => {
    expect(placeCallInput.parse({ ...call, displayNum: '', calledInfo: '  ' })).toEqual({ callee: '442079460958', country: 'GB', account: '80010001', confirmRepeat: false });
    expect(placeCallInput.parse({ callee: '(020) 7946 0958', defaultCountry: 'GB', account: '80010001', displayNum: '447700900123', calledInfo: 'Renewal', confirmRepeat: true })).toEqual({
      callee: '442079460958',
      country: 'GB',
      account: '80010001',
      displayNum: '447700900123',
      calledInfo: 'Renewal',
      confirmRepeat: true,
    });
  });

  const issues = (input: unknown) => placeCallInput.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('names each field and its rule, the callee alongside the others', () => {
    expect(issues({ callee: '123456', account: ' ' })).toEqual(['account: is required: pick the phone that rings first', 'callee: must be 7–15 digits, country code first (this has 6)']);
    expect(issues({ ...call, displayNum: '123456' })).toEqual(['displayNum: must be 7–15 digits, nothing else']);
    expect(issues({ ...call, displayNum: '1234567890123456' })).toEqual(['displayNum: must be 7–15 digits, nothing else']);
    expect(issues({ ...call, displayNum: '+447700900123' })).toEqual(['displayNum: must be 7–15 digits, nothing else']);
    expect(issues({ ...call, calledInfo: 'x'.repeat(1001) })).toEqual(['calledInfo: must be at most 1000 characters']);
    expect(issues({ ...call, defaultCountry: 'UK' })).toEqual(['defaultCountry: is not a country with a known dialling plan']);
  });

  it('accepts the boundaries: caller ID of 7 and 15 digits, a note of 1000 characters', () => {
    expect(placeCallInput.safeParse({ ...call, displayNum: '1234567', calledInfo: 'x'.repeat(1000) }).success).toBe(true);
    expect(placeCallInput.safeParse({ ...call, displayNum: '123456789012345' }).success).toBe(true);
  });
});

describe('recordingId', () => {
  it('takes the ids sendSip answers and nothing that could change the URL path', () => {
    expect(recordingId.parse(' rec-0a1b2c3d4e5f6a7b8c9d ')).toBe('rec-0a1b2c3d4e5f6a7b8c9d');
    expect(recordingId.parse('123.wav')).toBe('123.wav');
    for (const bad of ['', '..', '../x', 'a/b', 'a?b', 'a#b', 'é', 'x'.repeat(65)]) expect(recordingId.safeParse(bad).success, bad).toBe(false);
  });
});
