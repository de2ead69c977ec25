import { describe, expect, it } from 'vitest';
import { callCost, describeCallRecord, talkTime } from '../../../../contract/schemas/call-record-text';
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
