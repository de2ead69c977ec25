import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPhonesInput, exportPhonesInput, hasPhoneName, listPhonesInput } from '../../../../contract/schemas/phones';

const valid = { groupName: 'Front Desk', phoneName: 'desk', quantity: 5, displayNum: '447700900123' };

/** The operator's "field: rule" for one bad value, as the router and the form show it. */
function ruleFor(change: Record<string, unknown>): string | undefined {
  const parsed = createPhonesInput.safeParse({ ...valid, ...change });
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('phones.create rules (sipAdd)', () => {
  it('accepts a batch within every limit, with or without an app id', () => {
    expect(createPhonesInput.safeParse(valid).success).toBe(true);
    expect(createPhonesInput.safeParse({ ...valid, appId: '' }).success).toBe(true);
    expect(createPhonesInput.safeParse({ ...valid, appId: 'app-7f3c21' }).success).toBe(true);
  });

  it('names 4–32 characters, counted after trimming', () => {
    expect(ruleFor({ groupName: 'abc' })).toBe('groupName: must be 4–32 characters');
    expect(ruleFor({ groupName: '  abc  ' })).toBe('groupName: must be 4–32 characters');
    expect(ruleFor({ groupName: 'abcd' })).toBeUndefined();
    expect(ruleFor({ groupName: 'x'.repeat(32) })).toBeUndefined();
    expect(ruleFor({ groupName: 'x'.repeat(33) })).toBe('groupName: must be 4–32 characters');
    expect(ruleFor({ phoneName: 'sip' })).toBe('phoneName: must be 4–32 characters');
    expect(ruleFor({ phoneName: 'p'.repeat(33) })).toBe('phoneName: must be 4–32 characters');
    expect(createPhonesInput.parse({ ...valid, groupName: '  Front Desk ' }).groupName).toBe('Front Desk');
  });

  it('quantity a whole number 1–50', () => {
    for (const quantity of [0, 51, -1, 2.5, Number.NaN, '5', '', undefined]) {
      expect(ruleFor({ quantity }), String(quantity)).toBe('quantity: must be a whole number from 1 to 50');
    }
    expect(ruleFor({ quantity: 1 })).toBeUndefined();
    expect(ruleFor({ quantity: 50 })).toBeUndefined();
  });

  it('caller ID 7–13 digits, country code first, written any common way', () => {
    expect(ruleFor({ displayNum: '123456' })).toBe('displayNum: must be 7–13 digits, country code first (this has 6)');
    expect(ruleFor({ displayNum: '12345678901234' })).toBe('displayNum: must be 7–13 digits, country code first (this has 14)');
    expect(ruleFor({ displayNum: '' })).toBe('displayNum: is required');
    expect(ruleFor({ displayNum: '1234567' })).toBeUndefined();
    expect(ruleFor({ displayNum: '1234567890123' })).toBeUndefined();
    for (const displayNum of ['+447700900123', '4477 0090 0123', '+44 7700 900123']) expect(createPhonesInput.parse({ ...valid, displayNum }).displayNum, displayNum).toBe('447700900123');
  });

  it('app id, when given, letters, digits, - or _', () => {
    expect(ruleFor({ appId: 'app 1' })).toBe('appId: must be letters, digits, - or _');
    expect(ruleFor({ appId: 'a'.repeat(65) })).toBe('appId: must be at most 64 characters');
  });

  it('agrees with the vendor table for any name length and quantity', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 40 }), fc.integer({ min: -5, max: 60 }), (name, quantity) => {
        const ok = createPhonesInput.safeParse({ ...valid, groupName: name, quantity }).success;
        const trimmed = name.trim().length;
        expect(ok).toBe(trimmed >= 4 && trimmed <= 32 && quantity >= 1 && quantity <= 50);
      }),
    );
  });
});

describe('phones.list and phones.exportCsv inputs', () => {
  it('limit reads one page: 1–100', () => {
    expect(listPhonesInput.safeParse(undefined).success).toBe(true);
    expect(listPhonesInput.safeParse({ limit: 100 }).success).toBe(true);
    expect(listPhonesInput.safeParse({ limit: 101 }).error?.issues[0]?.message).toBe('must be 1–100');
    expect(listPhonesInput.safeParse({ limit: 0 }).error?.issues[0]?.message).toBe('must be 1–100');
  });

  it('an export names its group, or none for every phone', () => {
    expect(exportPhonesInput.safeParse(undefined).success).toBe(true);
    expect(exportPhonesInput.parse({ groupName: ' Front Office ' })).toEqual({ groupName: 'Front Office' });
    expect(exportPhonesInput.safeParse({ groupName: '  ' }).error?.issues[0]?.message).toBe('is required');
  });
});

describe('hasPhoneName', () => {
  it('matches a single phone and the numbered phones of a batch, nothing else', () => {
    expect(hasPhoneName({ phoneName: 'desk' }, 'desk')).toBe(true);
    expect(hasPhoneName({ phoneName: 'desk-3' }, 'desk')).toBe(true);
    expect(hasPhoneName({ phoneName: 'desk-12' }, 'desk')).toBe(true);
    expect(hasPhoneName({ phoneName: 'desk-top' }, 'desk')).toBe(false);
    expect(hasPhoneName({ phoneName: 'desk-' }, 'desk')).toBe(false);
    expect(hasPhoneName({ phoneName: 'desks' }, 'desk')).toBe(false);
    expect(hasPhoneName({ phoneName: 'mydesk-1' }, 'desk')).toBe(false);
  });
});
