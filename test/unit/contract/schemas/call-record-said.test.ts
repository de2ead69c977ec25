import { describe, expect, it } from 'vitest';
import { englishOf } from '../../../../contract/messages/english';
import { CALL_NOTES, callDetails, callDetailsSaid, describeCallRecord, describeCallRecordSaid, outcomeLabel, outcomeSaid } from '../../../../contract/schemas/call-record-text';
import type { RecordStatus } from '../../../../contract/schemas/call-history';
import { type CallRecord } from '../../../../contract/schemas/calls';
import { inEnglish } from '../../../../main/platform/messages';
import { callRecord, NOT_ANSWERED } from '../../../support/fixtures/call-records';
import { historyEntry } from '../../../support/fixtures/history';

const ANSWERED = callRecord();
const unanswered = (terminationCode: string, terminationReason: string, cost = '0'): CallRecord => callRecord({ ...NOT_ANSWERED, terminationCode, terminationReason, cost });
const placed = historyEntry('e1', '2025-07-01T10:00:00.000Z', { recordingId: 'rec-1' });
const pending = { ...placed, request: 'pending' as const, recordingId: undefined };

describe("a call's outcome as keys, for the window to say in its language", () => {
  it('gives the ending, the details and the line as messages of the catalog, the vendor’s words and the numbers as values', () => {
    expect(describeCallRecordSaid(ANSWERED)).toEqual({
      key: 'calls.ending.joined',
      values: { first: { key: 'calls.ending.answered' }, then: { key: 'calls.ending.joined', values: { first: { key: 'calls.ending.verbatim', values: { text: '0:42' } }, then: '$0.05' } } },
    });
    expect(callDetailsSaid(unanswered('486', 'Busy here'))).toBeUndefined();
    expect(describeCallRecordSaid(unanswered('480', 'Temporarily unavailable', '0.0500'))).toEqual({
      key: 'calls.ending.joined',
      values: { first: { key: 'calls.ending.withCode', values: { ending: { key: 'calls.ending.noAnswer' }, code: '480' } }, then: { key: 'calls.ending.verbatim', values: { text: '$0.05' } } },
    });
    expect(outcomeSaid({ ...placed, record: unanswered('502', 'Bad gateway') }, 'filed')).toEqual({
      key: 'calls.ending.withCode',
      values: { ending: { key: 'calls.ending.verbatim', values: { text: 'Bad gateway' } }, code: '502' },
    });
    expect(outcomeSaid(placed, 'watching')).toEqual({ key: 'calls.request.watching' });
    expect(outcomeSaid({ ...pending, request: 'failed', errorKind: 'vendor', errorCode: '-10' }, 'no-call')).toEqual({
      key: 'calls.ending.withCode',
      values: { ending: { key: 'calls.request.refused' }, code: '-10' },
    });
    expect(outcomeSaid({ ...pending, request: 'failed', errorKind: 'network' }, 'no-call')).toEqual({ key: 'calls.request.failed' });
  });

  it('writes the same English as the CLI and the CSV print, as main writes its catalog', () => {
    const records = [
      ANSWERED,
      callRecord({ callDuration: 3725, cost: '1.2345', currency: 'EUR' }),
      unanswered('480', 'Temporarily unavailable', '0.0500'),
      unanswered('200', 'Normal call clearing'),
      unanswered('502', 'Bad gateway'),
      unanswered('', ''),
      unanswered('', 'Odd $& words {{x}}'),
    ];
    for (const record of records) {
      const line = describeCallRecordSaid(record);
      expect([englishOf(line), inEnglish(line)]).toEqual([describeCallRecord(record), describeCallRecord(record)]);
      const details = callDetailsSaid(record);
      expect(details ? inEnglish(details) : '').toBe(callDetails(record));
    }
    expect(describeCallRecord(unanswered('', 'Odd $& words {{x}}'))).toBe('Odd $& words {{x}}');
    const entries = [
      { ...placed, record: ANSWERED },
      placed,
      pending,
      { ...pending, request: 'unknown' as const, errorKind: 'timeout' as const },
      { ...pending, request: 'failed' as const, errorKind: 'vendor' as const, errorCode: '-10' },
      { ...pending, request: 'failed' as const, errorKind: 'network' as const },
    ];
    const statuses: RecordStatus[] = ['filed', 'watching', 'unchecked', 'expired', 'no-call'];
    for (const entry of entries) for (const status of statuses) expect(inEnglish(outcomeSaid(entry, status))).toBe(outcomeLabel(entry, status));
  });

  it('keeps the words main writes into a call’s data as the catalog’s', () => {
    expect(englishOf(CALL_NOTES.stoppedBeforeAnswer)).toBe('Switchboard stopped before ITNIO answered: the phone may have rung. Check the call records in the ITNIO console before calling again.');
    expect(englishOf(CALL_NOTES.notPlaced)).toBe('ITNIO has no record of this call an hour after it was sent: it was not placed.');
    expect(englishOf(CALL_NOTES.historyNotSaved)).toBe('The call is not in the history: the history file could not be written. Check the free space of your home folder.');
  });
});
