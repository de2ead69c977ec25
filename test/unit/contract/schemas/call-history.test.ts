import { describe, expect, it } from 'vitest';
import { checkOutcomesInput, historyExportInput, historyFilter, historyListInput, recordStatus } from '../../../../contract/schemas/call-history';
import { callRecord } from '../../../support/fixtures/call-records';

describe('where a call stands with its record', () => {
  const now = Date.UTC(2025, 6, 1, 12, 0, 0);
  const call = (msAgo: number) => ({ at: new Date(now - msAgo).toISOString(), request: 'placed' as const, recordingId: 'rec1' });

  it('watches recent calls, leaves older ones to the operator, and knows ITNIO forgets after two months', () => {
    expect(recordStatus(call(60_000), now)).toBe('watching');
    expect(recordStatus(call(2 * 3_600_000), now)).toBe('watching');
    expect(recordStatus(call(2 * 3_600_000 + 1), now)).toBe('unchecked');
    expect(recordStatus(call(60 * 86_400_000), now)).toBe('unchecked');
    expect(recordStatus(call(62 * 86_400_000), now)).toBe('expired');
    expect(recordStatus({ ...call(60_000), record: callRecord() }, now)).toBe('filed');
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

describe('historyFilter: one filter for the history list and its export', () => {
  const issues = (schema: typeof historyFilter | typeof historyListInput | typeof historyExportInput, input: unknown) =>
    schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('takes a search, a time range, an outcome, a phone and a profile, in the list and the export alike', () => {
    const filter = { query: ' busy ', from: '2025-06-30T22:00:00.000Z', to: '2025-07-02T22:00:00.000Z', outcome: 'no-answer', phone: '80010001', profileId: 'sandbox' };
    expect(historyFilter.parse(filter)).toEqual({ ...filter, query: 'busy' });
    expect(historyListInput.parse({ ...filter, limit: 200 })).toEqual({ ...filter, query: 'busy', limit: 200 });
    expect(historyExportInput.parse(filter)).toEqual({ ...filter, query: 'busy' });
    expect(historyListInput.parse(undefined)).toBeUndefined();
    expect(historyExportInput.parse(undefined)).toBeUndefined();
    // A range of one day, as the operator picks it: from its midnight to the next.
    expect(historyFilter.safeParse({ from: '2025-07-01T00:00:00+02:00', to: '2025-07-02T00:00:00+02:00' }).success).toBe(true);
  });

  it('names the field and its rule for anything else', () => {
    for (const schema of [historyFilter, historyListInput, historyExportInput]) {
      expect(issues(schema, { outcome: 'placed-ok' })).toEqual([
        'outcome: must be one of answered, no-answer, busy, declined, cancelled, call-failed, placed, placing, unknown, refused, failed',
      ]);
      expect(issues(schema, { from: '2025-07-01' })).toEqual(['from: must be a date and time with its offset, such as 2025-07-01T00:00:00+02:00']);
      expect(issues(schema, { from: '2025-07-02T00:00:00Z', to: '2025-07-01T00:00:00Z' })).toEqual(['to: must be later than from']);
      expect(issues(schema, { from: '2025-07-02T00:00:00Z', to: '2025-07-02T00:00:00Z' })).toEqual(['to: must be later than from']);
      expect(issues(schema, { phone: '' })).toEqual(['phone: is required when given']);
      expect(issues(schema, { phone: 'x'.repeat(65) })).toEqual(['phone: must be at most 64 characters']);
      expect(issues(schema, { query: 'x'.repeat(101) })).toEqual(['query: must be at most 100 characters']);
    }
  });
});
