import { describe, expect, it } from 'vitest';
import { placeCallInput, recordingId } from '../../../../contract/schemas/calls';

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
    expect(issues({ ...call, displayNum: '123456' })).toEqual(['displayNum: must be 7–15 digits, country code first (this has 6)']);
    expect(issues({ ...call, displayNum: '1234567890123456' })).toEqual(['displayNum: must be 7–15 digits, country code first (this has 16)']);
    expect(issues({ ...call, displayNum: '+44 7700 900123 x' })).toEqual(['displayNum: may contain only digits, spaces and + - . ( ) /']);
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
