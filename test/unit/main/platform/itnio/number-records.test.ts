/**
 * The number call history's answer (`/number/record/queryPage`, wider API §5.3) as the client reads
 * it: the table calls its times "timestamp strings", so ISO text and epoch seconds or milliseconds
 * (digits or numbers) are all read; callSource and pay may come as strings; the rest is refused.
 */
import { describe, expect, it } from 'vitest';
import { numberCallRecord, numberRecordQueryAnswer } from '../../../../../main/platform/itnio/vendor/numbers';

const RECORD = {
  callid: 'ncr00000042',
  number: '442079460958',
  type: 'FIXED',
  caller: '447700900455',
  called: '442079460958',
  ccode: '44',
  country: 'United Kingdom',
  callSource: 2,
  callDuration: 0,
  chargedDuration: 0,
  startTime: '1763632800',
  endTime: '1763632825',
  pay: 0,
  sipCode: '487',
  recordingFileUrl: '',
  hangupReason: 'Request terminated',
  appId: 'app-7f3c21',
  chargedPeriod: '60+60',
  customerRate: '0.0000',
};
const START_MS = 1_763_632_800_000;

describe('a number call record', () => {
  it('reads the documented shape: epoch-second strings, an integer callSource, a Double pay, an empty URL as none', () => {
    expect(numberCallRecord.parse(RECORD)).toMatchObject({ callid: 'ncr00000042', callSource: 2, startTime: START_MS, endTime: START_MS + 25_000, pay: '0', recordingFileUrl: null });
  });

  it.each([
    ['ISO-8601 with an offset', '2025-11-20T18:00:00+08:00'],
    ['ISO-8601 in UTC with milliseconds', '2025-11-20T10:00:00.000Z'],
    ['epoch seconds as a number', 1_763_632_800],
    ['epoch milliseconds as digits', '1763632800000'],
    ['epoch milliseconds as a number', START_MS],
  ])('reads a time given as %s', (_, startTime) => {
    expect(numberCallRecord.parse({ ...RECORD, startTime }).startTime).toBe(START_MS);
  });

  it('reads empty or absent times as none', () => {
    expect(numberCallRecord.parse({ ...RECORD, startTime: '', endTime: null })).toMatchObject({ startTime: null, endTime: null });
  });

  it('reads callSource and pay given as strings, and keeps the URL exactly as sent', () => {
    const url = 'https://media.example.com/rec/ncr42.wav?sig=a%2Fb&exp=1';
    expect(numberCallRecord.parse({ ...RECORD, callSource: '3', pay: '0.0600', sipCode: 200, recordingFileUrl: url })).toMatchObject({
      callSource: 3,
      pay: '0.0600',
      sipCode: '200',
      recordingFileUrl: url,
    });
    expect(numberCallRecord.parse({ ...RECORD, pay: 0.06 }).pay).toBe('0.06');
  });

  it('neutralises control characters in the text it shows', () => {
    expect(numberCallRecord.parse({ ...RECORD, hangupReason: 'No\u001b[2Janswer' }).hangupReason).toBe('No\u241b[2Janswer');
  });

  it.each([
    ['a zone-less time', { startTime: '2025-11-20 18:00:00' }],
    ['a time that is words', { endTime: 'yesterday' }],
    ['a negative epoch', { startTime: -5 }],
    ['a pay that is not a number', { pay: '12 USD' }],
    ['a callid longer than 128 characters', { callid: 'x'.repeat(129) }],
    ['a recording URL of 5 000 characters', { recordingFileUrl: `https://x.example/${'a'.repeat(5_000)}` }],
    ['a hangup reason of 2 000 characters', { hangupReason: 'r'.repeat(2_000) }],
  ])('refuses %s', (_, fields) => {
    expect(numberCallRecord.safeParse({ ...RECORD, ...fields }).success).toBe(false);
  });

  it('reads a page of them, and a page whose counts do not add up is refused', () => {
    expect(numberRecordQueryAnswer.parse({ total: 1, size: 100, current: 1, pages: 1, records: [RECORD] }).records).toHaveLength(1);
    expect(numberRecordQueryAnswer.safeParse({ total: 500, size: 100, current: 1, pages: 1, records: [RECORD] }).success).toBe(false);
  });
});
