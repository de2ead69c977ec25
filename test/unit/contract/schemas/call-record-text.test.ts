import { describe, expect, it } from 'vitest';
import { callCost, describeCallRecord, HISTORY_OUTCOME_NAMES, historyOutcome, outcomeLabel, talkTime } from '../../../../contract/schemas/call-record-text';
import { type CallRecord } from '../../../../contract/schemas/calls';
import { HISTORY_OUTCOMES, type HistoryOutcome } from '../../../../contract/schemas/call-history';
import { callRecord, NOT_ANSWERED } from '../../../support/fixtures/call-records';
import { historyEntry } from '../../../support/fixtures/history';

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

describe("a history entry's outcome, as its badge and the history filter name it", () => {
  const placed = historyEntry('e1', '2025-07-01T10:00:00.000Z', { recordingId: 'rec-1' });
  const withRecord = (record: CallRecord) => ({ ...placed, record });

  it('names what happened to the call once ITNIO filed its record, with the SIP code where one was not answered', () => {
    const cases: [CallRecord, HistoryOutcome, string][] = [
      [ANSWERED, 'answered', 'Answered'],
      [unanswered('480', 'Temporarily unavailable', '0.0500'), 'no-answer', 'No answer (480)'],
      [unanswered('408', 'Request timeout'), 'no-answer', 'No answer (408)'],
      [unanswered('200', 'Normal call clearing'), 'no-answer', 'Connected, no talk time (200)'],
      [unanswered('', ''), 'no-answer', 'Not answered'],
      [unanswered('486', 'Busy here'), 'busy', 'Busy (486)'],
      [unanswered('600', 'Busy everywhere'), 'busy', 'Busy (600)'],
      [unanswered('603', 'Decline'), 'declined', 'Declined (603)'],
      [unanswered('487', 'Request terminated'), 'cancelled', 'Cancelled (487)'],
      [unanswered('404', 'Not found'), 'call-failed', 'Number not found (404)'],
      [unanswered('503', 'Service unavailable'), 'call-failed', 'Network unavailable (503)'],
      [unanswered('502', 'Bad gateway'), 'call-failed', 'Bad gateway (502)'],
    ];
    for (const [record, outcome, label] of cases) {
      expect(historyOutcome(withRecord(record)), label).toBe(outcome);
      expect(outcomeLabel(withRecord(record), 'filed')).toBe(label);
    }
  });

  it('says where our request stands until then: placed and checked, placing, unknown, refused by ITNIO, or failed', () => {
    expect(historyOutcome(placed)).toBe('placed');
    expect(outcomeLabel(placed, 'watching')).toBe('Placed — checking outcome…');
    expect(outcomeLabel(placed, 'unchecked')).toBe('Placed — outcome not checked');
    expect(outcomeLabel(placed, 'expired')).toBe('Placed — outcome no longer kept');

    const pending = { ...placed, request: 'pending' as const, recordingId: undefined };
    expect([historyOutcome(pending), outcomeLabel(pending, 'no-call')]).toEqual(['placing', 'Placing']);
    const unknown = { ...pending, request: 'unknown' as const, errorKind: 'timeout' as const };
    expect([historyOutcome(unknown), outcomeLabel(unknown, 'watching')]).toEqual(['unknown', 'Unknown']);

    const refused = { ...pending, request: 'failed' as const, errorKind: 'vendor' as const, errorCode: '-10' };
    expect([historyOutcome(refused), outcomeLabel(refused, 'no-call')]).toEqual(['refused', 'Refused (-10)']);
    const badKey = { ...refused, errorKind: 'auth' as const, errorCode: '-1' };
    expect([historyOutcome(badKey), outcomeLabel(badKey, 'no-call')]).toEqual(['refused', 'Refused (-1)']);
    // Nothing from ITNIO: never sent, or settled as not placed after its answer was lost.
    const unsent = { ...pending, request: 'failed' as const, errorKind: 'network' as const };
    expect([historyOutcome(unsent), outcomeLabel(unsent, 'no-call')]).toEqual(['failed', 'Failed']);
  });

  it('gives every outcome the history can be filtered by a name for the filter', () => {
    expect(HISTORY_OUTCOMES.map((outcome) => HISTORY_OUTCOME_NAMES[outcome])).toEqual([
      'Answered',
      'No answer',
      'Busy',
      'Declined',
      'Cancelled',
      'Call failed',
      'Placed, outcome not known yet',
      'Placing',
      'Unknown',
      'Refused by ITNIO',
      'Failed (not placed)',
    ]);
  });
});
